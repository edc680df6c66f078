"""Local fake servers ("sandboxes") for the IoT clouds that ``iotclients`` talks to.

Each sandbox speaks its vendor's wire protocol, keeps state in memory, validates every
request against the project's spec, and can inject faults (errors, 429s, latency, dropped
connections)::

    from iotclients_sandbox import Sandbox, Fault

    with Sandbox("oden", validate_responses=True) as sandbox:
        sandbox.faults.script(Fault.status(503), Fault.ok())
        ...  # point a client at sandbox.url with the key "oden-demo-key"
        assert sandbox.journal.count("search_lines") == 2

Names are imported lazily, so ``import iotclients_sandbox`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from iotclients_sandbox.app import SandboxApp
    from iotclients_sandbox.cli import run
    from iotclients_sandbox.contract import ContractViolation
    from iotclients_sandbox.faults import Fault, FaultController, FaultKind, FaultSettings
    from iotclients_sandbox.journal import JournalEntry, RequestJournal
    from iotclients_sandbox.server import HostNotAllowedError, Sandbox, serve_forever
    from iotclients_sandbox.specs import load_spec, spec_path
    from iotclients_sandbox.validation import OpenAPIValidator, ValidationIssue
    from iotclients_sandbox.vendors import VENDORS, create_app

__all__ = [
    "VENDORS",
    "ContractViolation",
    "Fault",
    "FaultController",
    "FaultKind",
    "FaultSettings",
    "HostNotAllowedError",
    "JournalEntry",
    "OpenAPIValidator",
    "RequestJournal",
    "Sandbox",
    "SandboxApp",
    "ValidationIssue",
    "create_app",
    "load_spec",
    "run",
    "serve_forever",
    "spec_path",
]

_HOMES = {
    "SandboxApp": "app",
    "run": "cli",
    "ContractViolation": "contract",
    "Fault": "faults",
    "FaultController": "faults",
    "FaultKind": "faults",
    "FaultSettings": "faults",
    "JournalEntry": "journal",
    "RequestJournal": "journal",
    "HostNotAllowedError": "server",
    "Sandbox": "server",
    "serve_forever": "server",
    "load_spec": "specs",
    "spec_path": "specs",
    "OpenAPIValidator": "validation",
    "ValidationIssue": "validation",
    "VENDORS": "vendors",
    "create_app": "vendors",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'iotclients_sandbox' has no attribute {name!r}")
    try:
        module = importlib.import_module(f"iotclients_sandbox.{home}")
    except ModuleNotFoundError as exc:
        from iotclients_sandbox.extra import missing_extra

        named = missing_extra(exc, f"iotclients_sandbox.{name}")
        if named is None:
            raise
        raise named from exc
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
