"""POST /v2/intervals/delete — Delete intervals in bulk"""

from iotclients.core.operation import BatchLimits, Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="bulk_delete_intervals",
    method="POST",
    path="/v2/intervals/delete",
    idempotent=False,
    summary="Delete intervals in bulk",
    body=Body(
        argument="interval_bulk_delete", content_type="application/json", type=lambda: _m.IntervalBulkDelete
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.BulkDeleteIntervalsResponse,
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
    batch=BatchLimits(
        max_items=15000,
        max_window_days=30,
    ),
)
