"""GET /api/v1/streamer/report/{id}/ — Get a streamer report"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_streamer_report",
    method="GET",
    path="/api/v1/streamer/report/{id}/",
    idempotent=True,
    summary="Get a streamer report",
    params=(
        Param(
            argument="id",
            wire_name="id",
            location="path",
            required=True,
            schema={"format": "uuid", "type": "string"},
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.StreamerReport,
            }
        ),
    },
    errors={
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
