"""Build the IoT-TICKET sandbox application."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

from iotclients_sandbox.app import SandboxApp
from iotclients_sandbox.coverage import Coverage, json_answer, not_implemented_message
from iotclients_sandbox.faults import FaultController
from iotclients_sandbox.iotticket.backend import IoTTicketBackend
from iotclients_sandbox.iotticket.responses import IoTTicketHTTP, iotticket_fault_body
from iotclients_sandbox.iotticket.seed import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_DEVICES, DEMO_ORG
from iotclients_sandbox.journal import RequestJournal
from iotclients_sandbox.validation import shared_validator

__all__ = ["SPEC_FILE", "create_app"]

SPEC_FILE: Final = "iotticket.openapi.yaml"
# Spec operations without an implementation answer this, naming the operation.
_NOT_IMPLEMENTED = json_answer(
    501, lambda op: {"code": "not_implemented", "message": not_implemented_message(op)}
)


def create_app(
    *,
    client_id: str | None = None,
    client_secret: str | None = None,
    token_ttl: float = 3600.0,
    clock: Callable[[], float] | None = None,
    validate_responses: bool = False,
    faults: FaultController | None = None,
    journal: RequestJournal | None = None,
    backend: IoTTicketBackend | None = None,
    spec: str | Path = SPEC_FILE,
) -> SandboxApp:
    """An IoT-TICKET sandbox with the demo data.

    ``client_id``/``client_secret`` are the API client credentials the token endpoint accepts for
    the demo organization (default ``iotticket-demo-client`` / ``iotticket-demo-secret``).
    """
    if backend is None:
        backend = IoTTicketBackend(
            client_id=client_id or DEMO_CLIENT_ID,
            client_secret=client_secret or DEMO_CLIENT_SECRET,
            token_ttl=token_ttl,
            clock=clock or time.time,
        )
    credentials = {
        "client_id": backend.client_id,
        "client_secret": client_secret or DEMO_CLIENT_SECRET,
        "organization": DEMO_ORG,
        **{
            f"device {device}": f"{device}@{DEMO_ORG} / {password}"
            for device, password in DEMO_DEVICES.items()
        },
    }
    validator = shared_validator(spec)
    return SandboxApp(
        vendor="iotticket",
        app=IoTTicketHTTP(backend, validator).build(),
        backend=backend,
        validator=validator,
        coverage=Coverage.of((o.operation_id for o in validator.operations), backend.operation_ids),
        not_implemented=_NOT_IMPLEMENTED,
        faults=faults,
        journal=journal,
        validate_responses=validate_responses,
        fault_responder=iotticket_fault_body,
        credentials=credentials,
    )
