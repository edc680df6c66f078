"""POST /v2/metric_group/search — Search metric groups"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="search_metric_groups",
    method="POST",
    path="/v2/metric_group/search",
    idempotent=True,
    summary="Search metric groups",
    body=Body(argument="metric_group", content_type="application/json", type=lambda: _m.MetricGroup),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.MetricGroup],
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
