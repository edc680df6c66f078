"""POST /api/v1/device/claimable/ — Whether a device can be claimed"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="check_device_claimable",
    method="POST",
    path="/api/v1/device/claimable/",
    idempotent=True,
    summary="Whether a device can be claimed",
    body=Body(argument="device_claimable", content_type="application/json", type=lambda: _m.DeviceClaimable),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.DeviceClaimableResult,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
