"""Clients generated from tests/core/specs/*.openapi.yaml, for testing the generator's forms.

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


RULES_SPEC = Path(__file__).parent / "specs" / "rules.openapi.yaml"


def _generated(
    tmp_path_factory: pytest.TempPathFactory, spec: Path, package: str, name: str, sync_base: str
) -> Iterator[ModuleType]:
    """Generate ``spec`` into a temporary ``package`` and yield its vendor module ``name``."""
    import importlib

    from generator.__main__ import build
    from generator.vendors import Vendor

    root = tmp_path_factory.mktemp("generated")
    vendor = Vendor(
        name=name,
        spec=str(spec),
        kind="openapi",
        facade_module=name,
        sync_base=sync_base,
        async_base="Async" + sync_base,
    )
    build([vendor], root / package)
    sys.path.insert(0, str(root))
    try:
        for module in ("models", "client"):  # bound as attributes of the package once imported
            importlib.import_module(f"{package}.{name}.{module}")
        yield importlib.import_module(f"{package}.{name}")
    finally:
        sys.path.remove(str(root))
        for loaded in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[loaded]


@pytest.fixture(scope="session")
def widgets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated ``widgets`` package (models, api and client modules importable)."""
    yield from _generated(tmp_path_factory, SPEC, PACKAGE, "widgets", "WidgetsClient")


@pytest.fixture(scope="session")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated ``rules`` package: every value rule and parameter style of the probe spec."""
    yield from _generated(tmp_path_factory, RULES_SPEC, "rules_generated", "rules", "RulesClient")
