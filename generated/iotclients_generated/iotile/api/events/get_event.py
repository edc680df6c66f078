"""GET /api/v1/event/{id}/ — Get an event"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_event",
    method="GET",
    path="/api/v1/event/{id}/",
    idempotent=True,
    summary="Get an event",
    params=(
        Param(argument="id", wire_name="id", location="path", required=True, schema={"type": "integer"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.Event,
            }
        ),
    },
    errors={
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
