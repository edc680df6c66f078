"""POST /api/v1/account/{slug}/set_password/ — Change the user's own password"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="set_account_password",
    method="POST",
    path="/api/v1/account/{slug}/set_password/",
    idempotent=True,
    summary="Change the user's own password",
    body=Body(argument="set_password", content_type="application/json", type=lambda: _m.SetPassword),
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.ActionResult,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
        403: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
