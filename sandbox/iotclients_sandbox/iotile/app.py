"""Build the IOTile Cloud sandbox application."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

from iotclients_sandbox.app import SandboxApp
from iotclients_sandbox.coverage import Coverage, json_answer, not_implemented_message
from iotclients_sandbox.faults import FaultController
from iotclients_sandbox.iotile.backend import IOTileBackend
from iotclients_sandbox.iotile.responses import IOTileHTTP, iotile_fault_body
from iotclients_sandbox.iotile.seed import DEMO_EMAIL, DEMO_PASSWORD
from iotclients_sandbox.iotile.tokens import DEFAULT_LIFETIME
from iotclients_sandbox.journal import RequestJournal
from iotclients_sandbox.validation import shared_validator

__all__ = ["SPEC_FILE", "create_app"]

SPEC_FILE: Final = "iotile.openapi.yaml"
# Spec operations without an implementation answer this, naming the operation.
_NOT_IMPLEMENTED = json_answer(501, lambda op: {"detail": not_implemented_message(op)})


def create_app(
    *,
    email: str | None = None,
    password: str | None = None,
    token_lifetime: float = DEFAULT_LIFETIME,
    clock: Callable[[], float] | None = None,
    validate_responses: bool = False,
    faults: FaultController | None = None,
    journal: RequestJournal | None = None,
    backend: IOTileBackend | None = None,
    spec: str | Path = SPEC_FILE,
) -> SandboxApp:
    """An IOTile Cloud sandbox at ``/api/v1/`` with the demo data.

    The demo user logs in with ``email``/``password`` (default ``demo@iotile.test`` /
    ``iotile-demo``); its tokens expire after ``token_lifetime`` seconds (7 days by default).
    """
    if backend is None:
        backend = IOTileBackend(
            email=email or DEMO_EMAIL,
            password=password or DEMO_PASSWORD,
            token_lifetime=token_lifetime,
            clock=clock or time.time,
        )
    validator = shared_validator(spec)
    return SandboxApp(
        vendor="iotile",
        app=IOTileHTTP(backend, validator).build(),
        backend=backend,
        validator=validator,
        coverage=Coverage.of((o.operation_id for o in validator.operations), backend.operation_ids),
        not_implemented=_NOT_IMPLEMENTED,
        faults=faults,
        journal=journal,
        validate_responses=validate_responses,
        fault_responder=iotile_fault_body,
        credentials={"email": backend.email, "password": backend.password},
    )
