"""GET /api/v1/organizations/{orgId}/asset-templates — The asset templates"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_asset_templates",
    method="GET",
    path="/api/v1/organizations/{orgId}/asset-templates",
    idempotent=True,
    summary="The asset templates",
    params=(
        Param(
            argument="org_id",
            wire_name="orgId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(argument="name", wire_name="name", location="query", required=False, schema={"type": "string"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.AssetTemplate],
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
