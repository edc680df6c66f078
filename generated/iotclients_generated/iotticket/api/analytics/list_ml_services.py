"""GET /api/v1/organizations/{orgId}/ml-services — Registered ML services (basic fields filled, the others null)"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_ml_services",
    method="GET",
    path="/api/v1/organizations/{orgId}/ml-services",
    idempotent=True,
    summary="Registered ML services (basic fields filled, the others null)",
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
        200: Reply(
            {
                "application/json": lambda: list[_m.MLServiceDetail],
            }
        ),
    },
    errors={
        401: lambda: _m.Error,
        403: lambda: _m.Error,
        404: lambda: _m.Error,
    },
    security=((_s["OAuth2"],),),
)
