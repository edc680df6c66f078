"""GET /api/v1/auth/token/ — The user's Django REST framework key and a fresh JSON Web Token"""

from iotclients.core.operation import Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_tokens",
    method="GET",
    path="/api/v1/auth/token/",
    idempotent=True,
    summary="The user's Django REST framework key and a fresh JSON Web Token",
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.TokenPair,
            }
        ),
    },
    errors={
        401: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
