"""POST /provision/register — Register a vendor name for the key's client, or with `delete=true` unregister it."""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="register_vendor",
    method="POST",
    path="/provision/register",
    idempotent=False,
    summary="Register a vendor name for the key's client, or with `delete=true` unregister it.",
    body=Body(
        argument="vendor_registration",
        content_type="application/x-www-form-urlencoded",
        type=lambda: _m.VendorRegistration,
    ),
    replies={
        205: Reply({}),
    },
    errors={},
    security=(
        (_s["cik"],),
        (_s["token"],),
    ),
)
