"""POST /api/v1/auth/api-jwt-auth/ — Get a JSON Web Token"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)

OPERATION = Operation(
    name="obtain_jwt",
    method="POST",
    path="/api/v1/auth/api-jwt-auth/",
    idempotent=False,
    summary="Get a JSON Web Token",
    body=Body(argument="jwt_credentials", content_type="application/json", type=lambda: _m.JWTCredentials),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.JWTToken,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
    },
)
