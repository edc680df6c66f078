"""PUT /api/v1/organizations/{orgId}/ml-services/{serviceId} — Update an ML service"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="replace_ml_service",
    method="PUT",
    path="/api/v1/organizations/{orgId}/ml-services/{serviceId}",
    idempotent=True,
    summary="Update an ML service",
    body=Body(argument="ml_service_update", content_type="application/json", type=lambda: _m.MLServiceUpdate),
    params=(
        Param(
            argument="org_id",
            wire_name="orgId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="service_id",
            wire_name="serviceId",
            location="path",
            required=True,
            schema={"type": "string"},
        ),
    ),
    replies={
        204: Reply({}),
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
