"""POST /v2/interval_type/search — Search interval types"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="search_interval_types",
    method="POST",
    path="/v2/interval_type/search",
    idempotent=True,
    summary="Search interval types",
    body=Body(argument="interval_type", content_type="application/json", type=lambda: _m.IntervalType),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.IntervalType],
            }
        ),
    },
    errors={
        400: lambda: _m.ParameterError,
        401: lambda: _m.GenericError,
        404: lambda: _m.GenericError,
        409: lambda: _m.NotUniqueError,
        500: lambda: _m.InternalError,
        501: lambda: _m.GenericError,
    },
    security=((_s["APIKeyAuth"],),),
)
