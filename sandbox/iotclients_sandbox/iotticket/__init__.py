"""The IoT-TICKET sandbox: a stateful fake of the device http-adapter and the management API."""

from __future__ import annotations

from iotclients_sandbox.iotticket.app import create_app
from iotclients_sandbox.iotticket.backend import IoTTicketBackend
from iotclients_sandbox.iotticket.seed import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_DEVICES,
    DEMO_ORG,
    OTHER_CLIENT_ID,
    OTHER_CLIENT_SECRET,
    OTHER_ORG,
)

__all__ = [
    "DEMO_CLIENT_ID",
    "DEMO_CLIENT_SECRET",
    "DEMO_DEVICES",
    "DEMO_ORG",
    "OTHER_CLIENT_ID",
    "OTHER_CLIENT_SECRET",
    "OTHER_ORG",
    "IoTTicketBackend",
    "create_app",
]
