"""Build the Oden sandbox application."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Final

from iotclients_sandbox.app import SandboxApp
from iotclients_sandbox.coverage import Coverage, json_answer, not_implemented_message
from iotclients_sandbox.faults import FaultController
from iotclients_sandbox.journal import RequestJournal
from iotclients_sandbox.oden.backend import OdenBackend
from iotclients_sandbox.oden.responses import Access, OdenHTTP, oden_fault_body
from iotclients_sandbox.oden.seed import DEMO_API_KEY, READ_ONLY_API_KEY
from iotclients_sandbox.validation import shared_validator

__all__ = ["SPEC_FILE", "create_app"]

SPEC_FILE: Final = "oden.openapi.yaml"
# Spec operations without an implementation answer this, naming the operation.
_NOT_IMPLEMENTED = json_answer(501, lambda op: {"error": not_implemented_message(op), "retryable": False})


def create_app(
    *,
    api_key: str | None = None,
    read_only_api_key: str | None = READ_ONLY_API_KEY,
    validate_responses: bool = False,
    faults: FaultController | None = None,
    journal: RequestJournal | None = None,
    backend: OdenBackend | None = None,
    spec: str | Path = SPEC_FILE,
) -> SandboxApp:
    """An Oden sandbox with the demo data; ``api_key`` defaults to ``oden-demo-key``.

    ``read_only_api_key`` is accepted for searches but refused (403) for writes; ``None``
    disables it. ``validate_responses`` checks every response against the spec.
    """
    key = api_key or DEMO_API_KEY
    keys: dict[str, Access] = {key: Access.FULL}
    credentials: Mapping[str, str] = {"api_key": key}
    if read_only_api_key:
        if read_only_api_key == key:
            raise ValueError("the read-only API key must differ from the API key")
        keys[read_only_api_key] = Access.READ_ONLY
        credentials = {**credentials, "read_only_api_key": read_only_api_key}
    state = backend if backend is not None else OdenBackend()
    # Oden reads the first of repeated JSON keys, unlike Python's json module.
    validator = shared_validator(spec, first_duplicate_key_wins=True)
    http = OdenHTTP(state, validator, keys)
    return SandboxApp(
        vendor="oden",
        app=http.build(),
        backend=state,
        validator=validator,
        coverage=Coverage.of((o.operation_id for o in validator.operations), state.operation_ids),
        not_implemented=_NOT_IMPLEMENTED,
        faults=faults,
        journal=journal,
        validate_responses=validate_responses,
        fault_responder=oden_fault_body,
        credentials=credentials,
    )
