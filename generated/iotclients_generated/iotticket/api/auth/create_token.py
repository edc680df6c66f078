"""POST /oauth2/token — Get an access token (client credentials)"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)

OPERATION = Operation(
    name="create_token",
    method="POST",
    path="/oauth2/token",
    idempotent=True,
    summary="Get an access token (client credentials)",
    body=Body(
        argument="token_request",
        content_type="application/x-www-form-urlencoded",
        type=lambda: _m.TokenRequest,
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.TokenResponse,
            }
        ),
    },
    errors={
        400: lambda: _m.OAuthError,
        401: lambda: _m.OAuthError,
    },
)
