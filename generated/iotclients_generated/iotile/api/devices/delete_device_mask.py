"""DELETE /api/v1/device/{slug}/mask/ — Remove the data mask of a device"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="delete_device_mask",
    method="DELETE",
    path="/api/v1/device/{slug}/mask/",
    idempotent=True,
    summary="Remove the data mask of a device",
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
    ),
    replies={
        204: Reply({}),
    },
    errors={
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
