"""PUT /http-adapter/telemetry/{orgId}/{deviceId} — Write telemetry data, a telemetry data set or timesignals (confirmed)"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="put_device_telemetry",
    method="PUT",
    path="/http-adapter/telemetry/{orgId}/{deviceId}",
    idempotent=True,
    summary="Write telemetry data, a telemetry data set or timesignals (confirmed)",
    body=Body(
        argument="telemetry_payload", content_type="application/json", type=lambda: _m.TelemetryPayload
    ),
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
