"""POST /api/v1/property/ — Add a property to a target"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_property",
    method="POST",
    path="/api/v1/property/",
    idempotent=False,
    summary="Add a property to a target",
    body=Body(argument="property_write", content_type="application/json", type=lambda: _m.PropertyWrite),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.Property,
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
