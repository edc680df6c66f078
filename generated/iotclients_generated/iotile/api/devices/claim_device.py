"""POST /api/v1/device/claim/ — Claim a device into a project"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="claim_device",
    method="POST",
    path="/api/v1/device/claim/",
    idempotent=False,
    summary="Claim a device into a project",
    body=Body(argument="device_claim", content_type="application/json", type=lambda: _m.DeviceClaim),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.Device,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
        403: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
