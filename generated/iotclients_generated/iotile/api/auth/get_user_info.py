"""GET /api/v1/auth/user-info/ — The logged-in account"""

from iotclients.core.operation import Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_user_info",
    method="GET",
    path="/api/v1/auth/user-info/",
    idempotent=True,
    summary="The logged-in account",
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.LoginResponse,
            }
        ),
    },
    errors={
        401: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
