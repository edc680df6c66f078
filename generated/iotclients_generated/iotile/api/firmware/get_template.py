"""GET /api/v1/dt/{slug}/ — Get a device template by slug"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_template",
    method="GET",
    path="/api/v1/dt/{slug}/",
    idempotent=True,
    summary="Get a device template by slug",
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.DeviceTemplate,
            }
        ),
    },
    errors={
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
