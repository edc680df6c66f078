"""GET /api/v1/organizations/{orgId}/events/active/count — How many events are active"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="count_active_events",
    method="GET",
    path="/api/v1/organizations/{orgId}/events/active/count",
    idempotent=True,
    summary="How many events are active",
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
                "application/json": lambda: _m.Count,
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
