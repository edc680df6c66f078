"""GET /api/v1/stream/{slug}/csv/ — The data points of a stream as CSV"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_stream_csv",
    method="GET",
    path="/api/v1/stream/{slug}/csv/",
    idempotent=True,
    summary="The data points of a stream as CSV",
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
        Param(
            argument="start", wire_name="start", location="query", required=False, schema={"type": "string"}
        ),
        Param(argument="end", wire_name="end", location="query", required=False, schema={"type": "string"}),
    ),
    replies={
        200: Reply(
            {
                "text/csv": None,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
