"""GET /api/v1/property/{id}/ — Get a property"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_property",
    method="GET",
    path="/api/v1/property/{id}/",
    idempotent=True,
    summary="Get a property",
    params=(
        Param(argument="id", wire_name="id", location="path", required=True, schema={"type": "integer"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.Property,
            }
        ),
    },
    errors={
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
