"""POST /v2/maintenance_work_order/delete — Delete a maintenance work order"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="delete_maintenance_work_order",
    method="POST",
    path="/v2/maintenance_work_order/delete",
    idempotent=False,
    summary="Delete a maintenance work order",
    body=Body(
        argument="maintenance_work_order",
        content_type="application/json",
        type=lambda: _m.MaintenanceWorkOrder,
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.MaintenanceWorkOrder],
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
