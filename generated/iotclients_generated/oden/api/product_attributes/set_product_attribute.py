"""POST /v2/product_attribute/set — Set a product attribute"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="set_product_attribute",
    method="POST",
    path="/v2/product_attribute/set",
    idempotent=True,
    summary="Set a product attribute",
    body=Body(
        argument="product_attribute", content_type="application/json", type=lambda: _m.ProductAttribute
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.ProductAttribute],
            }
        ),
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
