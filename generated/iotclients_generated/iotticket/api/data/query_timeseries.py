"""POST /api/v1/organizations/{orgId}/timeseries/query — Values of up to 50 attributes in one call"""

from iotclients.core.operation import BatchLimits, Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="query_timeseries",
    method="POST",
    path="/api/v1/organizations/{orgId}/timeseries/query",
    idempotent=True,
    summary="Values of up to 50 attributes in one call",
    body=Body(argument="timeseries_query", content_type="application/json", type=lambda: _m.TimeseriesQuery),
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
                "application/json": lambda: list[_m.AttributeTimeseries],
            }
        ),
    },
    errors={
        400: lambda: _m.Error,
        401: lambda: _m.Error,
        403: lambda: _m.Error,
        404: lambda: _m.Error,
        413: lambda: _m.Error,
    },
    security=((_s["OAuth2"],),),
    batch=BatchLimits(
        items="attributeIds",
        max_items=50,
    ),
)
