"""GET /api/v1/organizations/{orgId}/attributes/{attributeId}/timesignals/{timesignalId} — One timesignal of an attribute"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="read_timesignal",
    method="GET",
    path="/api/v1/organizations/{orgId}/attributes/{attributeId}/timesignals/{timesignalId}",
    idempotent=True,
    summary="One timesignal of an attribute",
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
            argument="timesignal_id",
            wire_name="timesignalId",
            location="path",
            required=True,
            schema={"type": "string"},
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.Timesignal,
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
