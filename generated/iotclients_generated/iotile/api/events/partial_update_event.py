"""PATCH /api/v1/event/{id}/ — Change the extra data of an event"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="partial_update_event",
    method="PATCH",
    path="/api/v1/event/{id}/",
    idempotent=True,
    summary="Change the extra data of an event",
    body=Body(argument="event_patch", content_type="application/json", type=lambda: _m.EventPatch),
    params=(
        Param(argument="id", wire_name="id", location="path", required=True, schema={"type": "integer"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.Event,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
        403: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
