"""Generate a spec into a temporary package and import it, for tests of what the generator writes."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from generator.__main__ import build
from generator.vendors import Vendor


@contextmanager
def generated_package(vendor: Vendor, root: Path, package: str) -> Iterator[ModuleType]:
    """``vendor`` rendered into ``root/package`` and imported (models, client) as ``package.<name>``."""
    build([vendor], root / package)
    sys.path.insert(0, str(root))
    try:
        for module in ("models", "client"):  # bound as attributes of the package once imported
            importlib.import_module(f"{package}.{vendor.name}.{module}")
        yield importlib.import_module(f"{package}.{vendor.name}")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]
