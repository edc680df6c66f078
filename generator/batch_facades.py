"""Batch operations need a facade method: the generated client only has ``_send_<name>``.

For an operation with ``x-iotclients-batch`` the generator emits a private single-request
``_send_<name>``, and the vendor facade defines the public ``<name>`` (splitting any amount of input
into requests the server accepts, with its own result type). A generated public method would be
overridden with an incompatible signature, so instead every batch operation must have its public
method, sync and async, in the facade package; otherwise the operation would silently vanish
from the client.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic
from .spec_walk import iter_operations, operation_pointer
from .vendors import ROOT, Vendor

OVERLAYS = ROOT / "overlays"


def _facade_methods(package: Path) -> tuple[set[str], set[str]]:
    """Names of the sync and the async methods defined in classes of the facade package."""
    sync: set[str] = set()
    coroutines: set[str] = set()
    files = sorted(package.rglob("*.py")) if package.is_dir() else [package.with_suffix(".py")]
    for file in files:
        if not file.is_file():
            continue
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.AsyncFunctionDef):
                        coroutines.add(item.name)
                    elif isinstance(item, ast.FunctionDef):
                        sync.add(item.name)
    return sync, coroutines


def unwrapped_batch_operations(vendor: Vendor, document: dict[str, Any]) -> Iterator[Diagnostic]:
    package = OVERLAYS.joinpath(*vendor.facade_module.split("."))
    sync, coroutines = _facade_methods(package)
    for path, method, operation in iter_operations(document):
        if operation.get("x-iotclients-batch") is None:
            continue
        name = str(operation.get("operationId"))
        missing = [
            kind for kind, defined in (("def", sync), ("async def", coroutines)) if name not in defined
        ]
        if missing:
            yield Diagnostic(
                f"{operation_pointer(path, method)}/x-iotclients-batch",
                f"x-iotclients-batch leaves only a private _send_{name} in the generated client, and "
                f"{vendor.facade_module} defines no {' nor '.join(f'`{k} {name}`' for k in missing)} "
                "to wrap it: the operation would have no public method",
                f"write {name} in the facade classes of {vendor.facade_module} (calling "
                f"self._send_{name} per request), or remove x-iotclients-batch",
                operation=name,
            )
