"""POST /api/v1/organizations/{orgId}/attributes/{attributeId}/calculated — Write values to a Calculated attribute"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_calculated_values",
    method="POST",
    path="/api/v1/organizations/{orgId}/attributes/{attributeId}/calculated",
    idempotent=True,
    summary="Write values to a Calculated attribute",
    body=Body(
        argument="calculated_values", content_type="application/json", type=lambda: _m.CalculatedValues
    ),
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
    ),
    replies={
        202: Reply({}),
    },
    errors={
        400: lambda: _m.Error,
        401: lambda: _m.Error,
        403: lambda: _m.Error,
        404: lambda: _m.Error,
    },
    security=((_s["OAuth2"],),),
)
