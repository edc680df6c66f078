"""POST /api/v1/data/ — Add data points"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_data",
    method="POST",
    path="/api/v1/data/",
    idempotent=False,
    summary="Add data points",
    body=Body(argument="body", content_type="application/json", type=lambda: list[_m.StreamDataWrite]),
    replies={
        201: Reply(
            {
                "application/json": lambda: list[_m.StreamData],
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
