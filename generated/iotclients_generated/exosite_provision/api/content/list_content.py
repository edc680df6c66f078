"""GET /provision/manage/content/{model}/ — List the content ids of a model, one per line."""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_content",
    method="GET",
    path="/provision/manage/content/{model}/",
    idempotent=True,
    summary="List the content ids of a model, one per line.",
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
                "text/csv": None,
            }
        ),
    },
    errors={},
    security=(
        (_s["cik"],),
        (_s["token"],),
    ),
)
