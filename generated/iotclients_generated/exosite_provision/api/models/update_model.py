"""PUT /provision/manage/model/{model} — Change a model's template client and options."""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="update_model",
    method="PUT",
    path="/provision/manage/model/{model}",
    idempotent=True,
    summary="Change a model's template client and options.",
    body=Body(
        argument="model_update", content_type="application/x-www-form-urlencoded", type=lambda: _m.ModelUpdate
    ),
    params=(
        Param(
            argument="model",
            wire_name="model",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
    ),
    replies={
        205: Reply({}),
    },
    errors={},
    security=(
        (_s["cik"],),
        (_s["token"],),
    ),
)
