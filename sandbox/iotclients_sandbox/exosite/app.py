"""Build the One Platform sandbox application."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from iotclients_sandbox.app import SandboxApp
from iotclients_sandbox.coverage import Coverage, not_implemented_message
from iotclients_sandbox.exosite.backend import IMPLEMENTED, OnePlatformBackend
from iotclients_sandbox.exosite.http import OnePlatformHTTP, onep_fault_body
from iotclients_sandbox.exosite.provision import DEMO_VENDOR_TOKEN
from iotclients_sandbox.exosite.provision_http import IMPLEMENTED as PROVISION_IMPLEMENTED
from iotclients_sandbox.exosite.provision_http import ProvisionHTTP
from iotclients_sandbox.exosite.rpcspec import RpcSpec
from iotclients_sandbox.exosite.seed import DEMO_CIK, DEVICE_CIK
from iotclients_sandbox.faults import FaultController
from iotclients_sandbox.journal import RequestJournal
from iotclients_sandbox.specs import load_spec
from iotclients_sandbox.validation import OpenAPIValidator, shared_validator

__all__ = ["SPEC_FILE", "create_app"]

SPEC_FILE: Final = "exosite.openrpc.yaml"
PROVISION_SPEC_FILE: Final = "exosite-provision.openapi.yaml"

_specs: dict[str | Path, RpcSpec] = {}


def _provision_not_implemented(operation: str) -> tuple[int, bytes, str]:
    # Provisioning answers errors as plain text, as the vendor does.
    return 501, not_implemented_message(operation).encode(), "text/plain; charset=utf-8"


def _operation_at(forms: OpenAPIValidator, method: str, path: str) -> str | None:
    """The Provisioning operation at ``path``; JSON-RPC procedures are answered per call instead."""
    found = forms.find(method, path) if path.startswith("/provision/") else None
    return found[0].operation_id if found is not None else None


def provision_validator(name: str | Path = PROVISION_SPEC_FILE) -> OpenAPIValidator:
    return shared_validator(name)


def rpc_spec(name: str | Path = SPEC_FILE) -> RpcSpec:
    # Compiled once per process and shared by every app built.
    spec = _specs.get(name)
    if spec is None:
        spec = _specs.setdefault(name, RpcSpec(load_spec(name)))
    return spec


def create_app(
    *,
    cik: str | None = None,
    faults: FaultController | None = None,
    journal: RequestJournal | None = None,
    requests_per_connection: int = 100,
    validate_responses: bool = False,
    spec: str | Path = SPEC_FILE,
    provision_spec: str | Path = PROVISION_SPEC_FILE,
) -> SandboxApp:
    """A One Platform (and Provisioning) sandbox with the demo tree.

    The root client's CIK is ``cik`` or the demo one; ``validate_responses`` checks every result.
    """
    key = (cik or DEMO_CIK).lower()
    if len(key) != 40 or any(c not in "0123456789abcdef" for c in key):
        raise ValueError("a CIK is 40 hexadecimal characters")
    procedures = rpc_spec(spec)
    backend = OnePlatformBackend(procedures, cik=key)
    forms = provision_validator(provision_spec)
    provision = ProvisionHTTP(lambda: backend.provision, forms)
    http = OnePlatformHTTP(backend, provision=provision, requests_per_connection=requests_per_connection)
    app = SandboxApp(
        vendor="exosite",
        app=http,
        backend=backend,
        faults=faults,
        journal=journal,
        fault_responder=onep_fault_body,
        credentials={"cik": key, "device_cik": DEVICE_CIK, "vendor_token": DEMO_VENDOR_TOKEN},
        validate_responses=validate_responses,
        coverage=Coverage.of(procedures.methods, IMPLEMENTED)
        + Coverage.of((o.operation_id for o in forms.operations), PROVISION_IMPLEMENTED),
        not_implemented=_provision_not_implemented,
        find_operation=lambda method, path: _operation_at(forms, method, path),
    )
    # With validate_responses on, every JSON-RPC result is checked against the method's result
    # schema and every Provisioning answer against its operation; a mismatch is recorded in
    # app.violations (this app answers both protocols itself, past the framework's middleware).
    backend.violations = provision.violations = app.violations
    backend.check_replies = provision.check_replies = lambda: app.validate_responses
    return app
