"""POST /api/v1/organizations/{orgId}/ml-services — Register an ML service"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_ml_service",
    method="POST",
    path="/api/v1/organizations/{orgId}/ml-services",
    idempotent=False,
    summary="Register an ML service",
    body=Body(argument="ml_service_create", content_type="application/json", type=lambda: _m.MLServiceCreate),
    params=(
        Param(
            argument="org_id",
            wire_name="orgId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
    ),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.CreatedId,
            }
        ),
    },
    errors={
        400: lambda: _m.Error,
        401: lambda: _m.Error,
        403: lambda: _m.Error,
        404: lambda: _m.Error,
        409: lambda: _m.Error,
    },
    security=((_s["OAuth2"],),),
)
