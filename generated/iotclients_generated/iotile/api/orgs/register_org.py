"""POST /api/v1/org/{slug}/register/ — Register with an organisation"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="register_org",
    method="POST",
    path="/api/v1/org/{slug}/register/",
    idempotent=False,
    summary="Register with an organisation",
    body=Body(argument="action_request", content_type="application/json", type=lambda: _m.ActionRequest),
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
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
