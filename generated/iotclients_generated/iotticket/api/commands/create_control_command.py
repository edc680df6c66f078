"""POST /api/v1/organizations/{orgId}/attributes/{attributeId}/control-commands — Drive a Command attribute towards a desired value"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_control_command",
    method="POST",
    path="/api/v1/organizations/{orgId}/attributes/{attributeId}/control-commands",
    idempotent=False,
    summary="Drive a Command attribute towards a desired value",
    body=Body(
        argument="control_command_request",
        content_type="application/json",
        type=lambda: _m.ControlCommandRequest,
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
        202: Reply(
            {
                "application/json": lambda: _m.CommandAccepted,
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
