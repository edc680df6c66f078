"""POST /api/v1/device/{slug}/upgrade/ — Schedule a firmware upgrade of a device"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="upgrade_device",
    method="POST",
    path="/api/v1/device/{slug}/upgrade/",
    idempotent=False,
    summary="Schedule a firmware upgrade of a device",
    body=Body(argument="device_upgrade", content_type="application/json", type=lambda: _m.DeviceUpgrade),
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
    ),
    replies={
        202: Reply(
            {
                "application/json": lambda: _m.ActionResult,
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
