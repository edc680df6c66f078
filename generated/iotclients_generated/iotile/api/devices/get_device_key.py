"""GET /api/v1/device/{slug}/key/ — A key of a device"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_device_key",
    method="GET",
    path="/api/v1/device/{slug}/key/",
    idempotent=True,
    summary="A key of a device",
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
        Param(
            argument="type_", wire_name="type", location="query", required=False, schema={"type": "string"}
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.DeviceKey,
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
