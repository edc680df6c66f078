"""POST /api/v1/device/{slug}/reset/ — Delete the stream data and events of a device"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="reset_device",
    method="POST",
    path="/api/v1/device/{slug}/reset/",
    idempotent=False,
    summary="Delete the stream data and events of a device",
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
