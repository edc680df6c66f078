"""GET /provision/manage/model/ — List the vendor's model names, one per line."""

from iotclients.core.operation import Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_models",
    method="GET",
    path="/provision/manage/model/",
    idempotent=True,
    summary="List the vendor's model names, one per line.",
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
