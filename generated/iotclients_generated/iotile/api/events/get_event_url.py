"""GET /api/v1/event/{id}/url/ — A temporary download URL of an event's data file"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_event_url",
    method="GET",
    path="/api/v1/event/{id}/url/",
    idempotent=True,
    summary="A temporary download URL of an event's data file",
    params=(
        Param(argument="id", wire_name="id", location="path", required=True, schema={"type": "integer"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.EventUrl,
            }
        ),
    },
    errors={
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
