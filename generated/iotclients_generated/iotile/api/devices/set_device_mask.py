"""PATCH /api/v1/device/{slug}/mask/ — Set the data mask of a device"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="set_device_mask",
    method="PATCH",
    path="/api/v1/device/{slug}/mask/",
    idempotent=True,
    summary="Set the data mask of a device",
    body=Body(argument="data_mask", content_type="application/json", type=lambda: _m.DataMask),
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.DataMask,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
