"""GET /api/v1/organizations/{orgId}/events/active — Active asset events"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_active_events",
    method="GET",
    path="/api/v1/organizations/{orgId}/events/active",
    idempotent=True,
    summary="Active asset events",
    params=(
        Param(
            argument="org_id",
            wire_name="orgId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="asset_ids",
            wire_name="assetIds",
            location="query",
            required=False,
            schema={"type": "string"},
        ),
        Param(
            argument="type_",
            wire_name="type",
            location="query",
            required=False,
            schema={"enum": ["Alarm", "Notification", "Warning"], "type": "string"},
        ),
        Param(
            argument="start",
            wire_name="start",
            location="query",
            required=False,
            schema={"format": "date-time", "type": "string"},
        ),
        Param(
            argument="acknowledged",
            wire_name="acknowledged",
            location="query",
            required=False,
            schema={"type": "boolean"},
        ),
        Param(
            argument="limit",
            wire_name="limit",
            location="query",
            required=False,
            schema={"maximum": 10000, "minimum": 1, "type": "integer"},
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.ActiveAssetEvent],
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
