"""POST /api/v1/auth/password/reset/ — Send a password-reset email"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)

OPERATION = Operation(
    name="request_password_reset",
    method="POST",
    path="/api/v1/auth/password/reset/",
    idempotent=False,
    summary="Send a password-reset email",
    body=Body(argument="password_reset", content_type="application/json", type=lambda: _m.PasswordReset),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.ActionResult,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
    },
)
