"""POST /api/v1/auth/login/ — Log in with email and password"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)

OPERATION = Operation(
    name="login",
    method="POST",
    path="/api/v1/auth/login/",
    idempotent=False,
    summary="Log in with email and password",
    body=Body(argument="login_request", content_type="application/json", type=lambda: _m.LoginRequest),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.LoginResponse,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: str | dict[str, Any],
        403: lambda: _m.ErrorDetail,
    },
)
