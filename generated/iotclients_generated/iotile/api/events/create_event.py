"""POST /api/v1/event/ — Add an event"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_event",
    method="POST",
    path="/api/v1/event/",
    idempotent=False,
    summary="Add an event",
    body=Body(argument="event_write", content_type="application/json", type=lambda: _m.EventWrite),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.Event,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
        403: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
