"""POST /v2/dashboard/execute — Execute a dashboard"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="execute_dashboard",
    method="POST",
    path="/v2/dashboard/execute",
    idempotent=True,
    summary="Execute a dashboard",
    body=Body(
        argument="dashboard_execute_request",
        content_type="application/json",
        type=lambda: _m.DashboardExecuteRequest,
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.DashboardExecuteResult],
            }
        ),
    },
    errors={
        400: lambda: _m.ParameterError,
        401: lambda: _m.GenericError,
        403: lambda: _m.GenericError,
        404: lambda: _m.GenericError,
        429: lambda: _m.GenericError,
        500: lambda: _m.InternalError,
        501: lambda: _m.GenericError,
    },
    security=((_s["APIKeyAuth"],),),
)
