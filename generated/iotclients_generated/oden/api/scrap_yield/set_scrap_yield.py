"""POST /v2/scrap_yield/set — Create or update a scrap and yield record"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="set_scrap_yield",
    method="POST",
    path="/v2/scrap_yield/set",
    idempotent=False,
    summary="Create or update a scrap and yield record",
    body=Body(
        argument="scrap_yield_set_request",
        content_type="application/json",
        type=lambda: _m.ScrapYieldSetRequest,
    ),
    replies={
        200: Reply({}),
    },
    errors={
        400: lambda: _m.ParameterError,
        401: lambda: _m.GenericError,
        403: lambda: _m.GenericError,
        404: lambda: _m.GenericError,
        409: lambda: _m.NotUniqueError,
        500: lambda: _m.InternalError,
        501: lambda: _m.GenericError,
    },
    security=((_s["APIKeyAuth"],),),
)
