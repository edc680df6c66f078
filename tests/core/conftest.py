"""A client generated from tests/core/specs/widgets.openapi.yaml, for testing the generator's forms.

The spec uses every body, response and paging form the generator supports; generating it here
(not committing the output) keeps the test honest about what the templates produce today.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

SPEC = Path(__file__).parent / "specs" / "widgets.openapi.yaml"
PACKAGE = "widgets_generated"


@pytest.fixture(scope="session")
def widgets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated ``widgets`` package (models, api and client modules importable)."""
    import importlib

    from generator.__main__ import build
    from generator.vendors import Vendor

    root = tmp_path_factory.mktemp("generated")
    vendor = Vendor(
        name="widgets",
        spec=str(SPEC),
        kind="openapi",
        facade_module="widgets",
        sync_base="WidgetsClient",
        async_base="AsyncWidgetsClient",
    )
    build([vendor], root / PACKAGE)
    sys.path.insert(0, str(root))
    try:
        for module in ("models", "client"):  # bound as attributes of the package once imported
            importlib.import_module(f"{PACKAGE}.widgets.{module}")
        yield importlib.import_module(f"{PACKAGE}.widgets")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]
