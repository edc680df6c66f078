"""POST /provision/manage/model/ — Create a model from a template client, named by RID or by share code."""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_model",
    method="POST",
    path="/provision/manage/model/",
    idempotent=False,
    summary="Create a model from a template client, named by RID or by share code.",
    body=Body(
        argument="model_create", content_type="application/x-www-form-urlencoded", type=lambda: _m.ModelCreate
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
