"""PUT /http-adapter/event/{orgId}/{deviceId} — Write device events (confirmed)"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="put_device_events",
    method="PUT",
    path="/http-adapter/event/{orgId}/{deviceId}",
    idempotent=True,
    summary="Write device events (confirmed)",
    body=Body(argument="event_payload", content_type="application/json", type=lambda: _m.EventPayload),
    params=(
        Param(
            argument="org_id",
            wire_name="orgId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="device_id",
            wire_name="deviceId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
    ),
    replies={
        202: Reply({}),
    },
    errors={
        400: lambda: _m.Error,
        401: lambda: _m.Error,
        403: lambda: _m.Error,
        404: lambda: _m.Error,
        413: lambda: _m.Error,
    },
    security=((_s["DeviceBasic"],),),
)
