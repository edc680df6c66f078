"""POST /v2/interval_type/set — Create or update a custom interval type"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="set_interval_type",
    method="POST",
    path="/v2/interval_type/set",
    idempotent=False,
    summary="Create or update a custom interval type",
    body=Body(argument="interval_type_set", content_type="application/json", type=lambda: _m.IntervalTypeSet),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.IntervalType,
            }
        ),
    },
    errors={
        400: lambda: _m.ParameterError,
        401: lambda: _m.GenericError,
        403: lambda: _m.GenericError,
        404: lambda: _m.GenericError,
        500: lambda: _m.InternalError,
        501: lambda: _m.GenericError,
    },
    security=((_s["APIKeyAuth"],),),
)
