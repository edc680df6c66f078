"""POST /v2/scrap_yield/search — Search the scrap and yield records of an interval"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="search_scrap_yield",
    method="POST",
    path="/v2/scrap_yield/search",
    idempotent=True,
    summary="Search the scrap and yield records of an interval",
    body=Body(
        argument="scrap_yield_request", content_type="application/json", type=lambda: _m.ScrapYieldRequest
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.ScrapYieldData],
            }
        ),
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
