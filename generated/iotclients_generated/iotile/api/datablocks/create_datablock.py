"""POST /api/v1/datablock/ — Archive a device's data into a new block"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_datablock",
    method="POST",
    path="/api/v1/datablock/",
    idempotent=False,
    summary="Archive a device's data into a new block",
    body=Body(argument="data_block_write", content_type="application/json", type=lambda: _m.DataBlockWrite),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.DataBlock,
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
