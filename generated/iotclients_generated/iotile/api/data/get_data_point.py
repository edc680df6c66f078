"""GET /api/v1/data/{id}/ — One stored data point (staff only)"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_data_point",
    method="GET",
    path="/api/v1/data/{id}/",
    idempotent=True,
    summary="One stored data point (staff only)",
    params=(
        Param(argument="id", wire_name="id", location="path", required=True, schema={"type": "integer"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.StreamData,
            }
        ),
    },
    errors={
        401: lambda: _m.ErrorDetail,
        403: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
