"""POST /provision/activate — A device activates its serial number and receives its CIK (unauthenticated)."""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)

OPERATION = Operation(
    name="activate_serial_number",
    method="POST",
    path="/provision/activate",
    idempotent=False,
    summary="A device activates its serial number and receives its CIK (unauthenticated).",
    body=Body(
        argument="activation", content_type="application/x-www-form-urlencoded", type=lambda: _m.Activation
    ),
    replies={
        200: Reply(
            {
                "text/plain": None,
            }
        ),
    },
    errors={},
)
