"""DELETE /api/v1/property/{id}/ — Delete a property"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="delete_property",
    method="DELETE",
    path="/api/v1/property/{id}/",
    idempotent=True,
    summary="Delete a property",
    params=(
        Param(argument="id", wire_name="id", location="path", required=True, schema={"type": "integer"}),
    ),
    replies={
        204: Reply({}),
    },
    errors={
        401: lambda: _m.ErrorDetail,
        403: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
