"""POST /v2/product/set — Create or rename a product"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="set_product",
    method="POST",
    path="/v2/product/set",
    idempotent=False,
    summary="Create or rename a product",
    body=Body(argument="product", content_type="application/json", type=lambda: _m.Product),
    replies={
        200: Reply({}),
    },
    errors={
        400: lambda: _m.ParameterError,
        401: lambda: _m.GenericError,
        403: lambda: _m.GenericError,
        409: lambda: _m.NotUniqueError,
        500: lambda: _m.InternalError,
        501: lambda: _m.GenericError,
    },
    security=((_s["APIKeyAuth"],),),
)
