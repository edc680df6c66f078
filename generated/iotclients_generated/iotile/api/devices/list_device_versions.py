"""GET /api/v1/device/{slug}/versions/ — The firmware and software versions a device reported"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_device_versions",
    method="GET",
    path="/api/v1/device/{slug}/versions/",
    idempotent=True,
    summary="The firmware and software versions a device reported",
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.DeviceVersion],
            }
        ),
    },
    errors={
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
