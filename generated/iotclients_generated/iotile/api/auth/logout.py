"""POST /api/v1/auth/logout/ — Log out"""

from iotclients.core.operation import Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="logout",
    method="POST",
    path="/api/v1/auth/logout/",
    idempotent=True,
    summary="Log out",
    replies={
        204: Reply({}),
    },
    errors={
        401: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
