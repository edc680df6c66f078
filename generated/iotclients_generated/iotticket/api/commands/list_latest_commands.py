"""GET /api/v1/organizations/{orgId}/assets/{assetId}/commands/latest — The latest command log entry of each Command attribute of an asset"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_latest_commands",
    method="GET",
    path="/api/v1/organizations/{orgId}/assets/{assetId}/commands/latest",
    idempotent=True,
    summary="The latest command log entry of each Command attribute of an asset",
    params=(
        Param(
            argument="org_id",
            wire_name="orgId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="asset_id",
            wire_name="assetId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="identifier_name",
            wire_name="identifierName",
            location="query",
            required=False,
            schema={"type": "string"},
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.SimpleCommandLogData],
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
