"""GET /api/v1/organizations/{orgId}/assets/{assetId}/attributes — The attributes of an asset, optionally of one type"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_asset_attributes",
    method="GET",
    path="/api/v1/organizations/{orgId}/assets/{assetId}/attributes",
    idempotent=True,
    summary="The attributes of an asset, optionally of one type",
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
            argument="type_",
            wire_name="type",
            location="query",
            required=False,
            schema={
                "enum": [
                    "AssetEvent",
                    "Calculated",
                    "Command",
                    "DeviceEvent",
                    "Number",
                    "String",
                    "TelemetryData",
                    "TimeSignal",
                ],
                "type": "string",
            },
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.AssetAttribute],
            }
        ),
    },
    errors={
        400: lambda: _m.Error,
        401: lambda: _m.Error,
        403: lambda: _m.Error,
        404: lambda: _m.Error,
    },
    security=((_s["OAuth2"],),),
)
