"""POST /v2/product_mapping/search — Search product mappings"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="search_product_mappings",
    method="POST",
    path="/v2/product_mapping/search",
    idempotent=True,
    summary="Search product mappings",
    body=Body(argument="product_mapping", content_type="application/json", type=lambda: _m.ProductMapping),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.ProductMapping],
            }
        ),
    },
    errors={
        400: lambda: _m.ParameterError,
        401: lambda: _m.GenericError,
        409: lambda: _m.NotUniqueError,
        500: lambda: _m.InternalError,
        501: lambda: _m.GenericError,
    },
    security=((_s["APIKeyAuth"],),),
)
