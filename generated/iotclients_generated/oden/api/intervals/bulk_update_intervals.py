"""POST /v2/intervals/update — Update intervals in bulk"""

from iotclients.core.operation import BatchLimits, Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="bulk_update_intervals",
    method="POST",
    path="/v2/intervals/update",
    idempotent=True,
    summary="Update intervals in bulk",
    body=Body(
        argument="interval_bulk_update", content_type="application/json", type=lambda: _m.IntervalBulkUpdate
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.BulkUpdateIntervalsResponse,
            }
        ),
    },
    errors={
        400: lambda: _m.ParameterError,
        401: lambda: _m.GenericError,
        403: lambda: _m.GenericError,
        409: lambda: _m.NotUniqueError,
        500: lambda: _m.InternalError,
        501: lambda: _m.GenericError,
    },
    security=((_s["APIKeyAuth"],),),
    batch=BatchLimits(
        items="intervals",
        max_items=2500,
    ),
)
