"""GET /provision/manage/model/{model} — The model's template (`rid=...` or `code=...`) and `options[]=...`, form-encoded."""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="read_model",
    method="GET",
    path="/provision/manage/model/{model}",
    idempotent=True,
    summary="The model's template (`rid=...` or `code=...`) and `options[]=...`, form-encoded.",
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
        200: Reply(
            {
                "text/plain": None,
            }
        ),
    },
    errors={},
    security=(
        (_s["cik"],),
        (_s["token"],),
    ),
)
