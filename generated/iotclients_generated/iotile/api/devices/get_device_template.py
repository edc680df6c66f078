"""GET /api/v1/device/{slug}/template/ — The device template of a device"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_device_template",
    method="GET",
    path="/api/v1/device/{slug}/template/",
    idempotent=True,
    summary="The device template of a device",
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.DeviceTemplateRef,
            }
        ),
    },
    errors={
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
