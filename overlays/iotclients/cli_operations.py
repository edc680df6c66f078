"""``iotclients ops VENDOR``: every operation a vendor's client offers, with its one-line summary.

The list comes from the generated descriptors (``Operation`` for the HTTP APIs, ``Procedure`` for
the One Platform's JSON-RPC), so it is exactly what the client can call.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import sys
from dataclasses import dataclass
from typing import Final

from .core.operation import Operation

__all__ = ["HTTP_VENDORS", "OPERATION_VENDORS", "OperationLine", "http_operations", "main"]

# Vendor name on the command line -> package of its generated HTTP client.
HTTP_VENDORS: Final = {
    "oden": "oden",
    "iotile": "iotile",
    "iotticket": "iotticket",
    "exosite-provision": "exosite_provision",
}
OPERATION_VENDORS: Final = (*HTTP_VENDORS, "exosite")


@dataclass(frozen=True)
class OperationLine:
    name: str
    summary: str
    route: str


def http_operations(vendor: str) -> list[Operation]:
    """The descriptors of a vendor's HTTP operations, sorted by name."""
    package = importlib.import_module(f"iotclients_generated.{HTTP_VENDORS[vendor]}.api")
    found: list[Operation] = []
    for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        if module.ispkg:
            continue
        descriptor = getattr(importlib.import_module(module.name), "OPERATION", None)
        if isinstance(descriptor, Operation):
            found.append(descriptor)
    return sorted(found, key=lambda op: op.name)


def _rpc_lines() -> list[OperationLine]:
    from iotclients_generated.exosite.client import GeneratedOnePlatformClient
    from iotclients_generated.exosite.procedures import procedures

    lines = []
    for name in sorted(procedures()):
        method = getattr(GeneratedOnePlatformClient, name, None)
        doc = inspect.getdoc(method) if method is not None else None
        lines.append(OperationLine(name, (doc or "").strip().splitlines()[0] if doc else "", "JSON-RPC"))
    return lines


def operation_lines(vendor: str) -> list[OperationLine]:
    if vendor == "exosite":
        return _rpc_lines()
    return [
        OperationLine(op.name, op.summary or "", f"{op.method} {op.path}") for op in http_operations(vendor)
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="iotclients ops", description="List a vendor's operations with their one-line summaries."
    )
    parser.add_argument("vendor", choices=OPERATION_VENDORS)
    parser.add_argument("--routes", action="store_true", help="also show each operation's method and path")
    args = parser.parse_args(argv)
    lines = operation_lines(args.vendor)
    width = max((len(line.name) for line in lines), default=0)
    for line in lines:
        route = f"  [{line.route}]" if args.routes else ""
        sys.stdout.write(f"{line.name.ljust(width)}  {line.summary}{route}".rstrip() + "\n")
    return 0
