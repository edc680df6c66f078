"""Build the One Platform sandbox application."""

from __future__ import annotations

from typing import Final

from iotclients_sandbox.app import SandboxApp
from iotclients_sandbox.exosite.backend import OnePlatformBackend
from iotclients_sandbox.exosite.http import OnePlatformHTTP, onep_fault_body
from iotclients_sandbox.exosite.rpcspec import RpcSpec
from iotclients_sandbox.exosite.seed import DEMO_CIK, DEVICE_CIK
from iotclients_sandbox.faults import FaultController
from iotclients_sandbox.journal import RequestJournal
from iotclients_sandbox.specs import load_spec

__all__ = ["SPEC_FILE", "create_app"]

SPEC_FILE: Final = "exosite.openrpc.yaml"

_specs: dict[str, RpcSpec] = {}


def rpc_spec(name: str = SPEC_FILE) -> RpcSpec:
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
) -> SandboxApp:
    """A One Platform sandbox with the demo tree; the root client's CIK is ``cik`` or the demo one."""
    key = (cik or DEMO_CIK).lower()
    if len(key) != 40 or any(c not in "0123456789abcdef" for c in key):
        raise ValueError("a CIK is 40 hexadecimal characters")
    backend = OnePlatformBackend(rpc_spec(), cik=key)
    http = OnePlatformHTTP(backend, requests_per_connection=requests_per_connection)
    return SandboxApp(
        vendor="exosite",
        app=http,
        backend=backend,
        faults=faults,
        journal=journal,
        fault_responder=onep_fault_body,
        credentials={"cik": key, "device_cik": DEVICE_CIK},
    )
