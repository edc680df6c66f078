"""DELETE /api/v1/datablock/{slug}/ — Delete a data block"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="delete_datablock",
    method="DELETE",
    path="/api/v1/datablock/{slug}/",
    idempotent=True,
    summary="Delete a data block",
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
