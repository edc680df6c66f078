"""POST /api/v1/fleet/{slug}/register/ — Add a device to a fleet"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="register_fleet_device",
    method="POST",
    path="/api/v1/fleet/{slug}/register/",
    idempotent=True,
    summary="Add a device to a fleet",
    body=Body(argument="fleet_member", content_type="application/json", type=lambda: _m.FleetMember),
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
    ),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.FleetMember,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
        403: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
