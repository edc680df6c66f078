"""GET /api/v1/organizations/{orgId}/attributes/{attributeId}/timeseries — Values of one TelemetryData or Calculated attribute"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="read_timeseries",
    method="GET",
    path="/api/v1/organizations/{orgId}/attributes/{attributeId}/timeseries",
    idempotent=True,
    summary="Values of one TelemetryData or Calculated attribute",
    params=(
        Param(
            argument="org_id",
            wire_name="orgId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="attribute_id",
            wire_name="attributeId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="start",
            wire_name="start",
            location="query",
            required=False,
            schema={"format": "date-time", "type": "string"},
        ),
        Param(
            argument="end",
            wire_name="end",
            location="query",
            required=False,
            schema={"format": "date-time", "type": "string"},
        ),
        Param(
            argument="order",
            wire_name="order",
            location="query",
            required=False,
            schema={"enum": ["asc", "desc"], "type": "string"},
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
                "application/json": lambda: _m.AttributeTimeseries,
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
