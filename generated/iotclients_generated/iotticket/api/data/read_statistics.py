"""GET /api/v1/organizations/{orgId}/attributes/{attributeId}/statistics — Statistics of one attribute by period and dimension"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="read_statistics",
    method="GET",
    path="/api/v1/organizations/{orgId}/attributes/{attributeId}/statistics",
    idempotent=True,
    summary="Statistics of one attribute by period and dimension",
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
            argument="period",
            wire_name="period",
            location="query",
            required=True,
            schema={
                "enum": [
                    "CurrentMoment",
                    "CurrentDay",
                    "PreviousDay",
                    "CurrentWeek",
                    "PreviousWeek",
                    "CurrentMonth",
                    "PreviousMonth",
                    "CurrentQuarter",
                    "PreviousQuarter",
                    "CurrentYear",
                    "PreviousYear",
                    "Custom",
                ],
                "type": "string",
            },
        ),
        Param(
            argument="dimension",
            wire_name="dimension",
            location="query",
            required=True,
            schema={"enum": ["Minute", "Hour", "Day", "Week", "Quarter", "Month", "Year"], "type": "string"},
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
                "application/json": lambda: list[_m.StatisticsValue],
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
