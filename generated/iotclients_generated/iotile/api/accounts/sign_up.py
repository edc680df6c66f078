"""POST /api/v1/account/ — Create an account (sign up)"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)

OPERATION = Operation(
    name="sign_up",
    method="POST",
    path="/api/v1/account/",
    idempotent=False,
    summary="Create an account (sign up)",
    body=Body(argument="account_signup", content_type="application/json", type=lambda: _m.AccountSignup),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.Account,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
    },
)
