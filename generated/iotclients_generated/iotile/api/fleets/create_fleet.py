"""POST /api/v1/fleet/ — Create a fleet"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_fleet",
    method="POST",
    path="/api/v1/fleet/",
    idempotent=False,
    summary="Create a fleet",
    body=Body(argument="fleet_write", content_type="application/json", type=lambda: _m.FleetWrite),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.Fleet,
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
