"""DELETE /api/v1/fleet/{slug}/ — Delete a fleet"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="delete_fleet",
    method="DELETE",
    path="/api/v1/fleet/{slug}/",
    idempotent=True,
    summary="Delete a fleet",
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
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
