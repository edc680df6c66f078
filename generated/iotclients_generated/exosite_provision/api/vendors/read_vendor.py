"""GET /provision/register — The vendor name registered for the key."""

from iotclients.core.operation import Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="read_vendor",
    method="GET",
    path="/provision/register",
    idempotent=True,
    summary="The vendor name registered for the key.",
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
