"""POST /api/v1/stream/ — Create a stream"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_stream",
    method="POST",
    path="/api/v1/stream/",
    idempotent=False,
    summary="Create a stream",
    body=Body(argument="stream_write", content_type="application/json", type=lambda: _m.StreamWrite),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.Stream,
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
