"""Clients generated from small specs (``widgets``, ``unions``, ``rules``), for testing the generator's forms.

The specs use every body, response, paging and union form the generator supports; generating them here
(not committing the output) keeps the test honest about what the templates produce today.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.core.union_specs import PROBE, oden_shaped_probe

SPEC = Path(__file__).parent / "specs" / "widgets.openapi.yaml"
PACKAGE = "widgets_generated"


RULES_SPEC = Path(__file__).parent / "specs" / "rules.openapi.yaml"


def generate(root: Path, spec: Path, package: str, name: str, client: str) -> Iterator[ModuleType]:
    """Generate ``spec`` as ``<package>.<name>`` under ``root``, import it, and unload it after."""
    from generator.vendors import Vendor
    from tests.generated_package import generated_package

    vendor = Vendor(
        name=name,
        spec=str(spec),
        kind="openapi",
        facade_module=name,
        sync_base=f"{client}Client",
        async_base=f"Async{client}Client",
    )
    with generated_package(vendor, root, package) as module:
        yield module


@pytest.fixture(scope="session")
def widgets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated ``widgets`` package (models, api and client modules importable)."""
    yield from generate(tmp_path_factory.mktemp("generated"), SPEC, PACKAGE, "widgets", "Widgets")


@pytest.fixture(scope="session")
def unions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The package generated from the union probe spec (``tests/generator/specs/unions.openapi.yaml``)."""
    yield from generate(tmp_path_factory.mktemp("generated"), PROBE, "unions_generated", "unions", "Unions")


@pytest.fixture(scope="session")
def oden_unions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The probe extended with interval metadata as Oden publishes it (``union_specs``)."""
    root = tmp_path_factory.mktemp("generated")
    yield from generate(root, oden_shaped_probe(root), "unions_oden_generated", "unions_oden", "UnionsOden")


@pytest.fixture(scope="session")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated ``rules`` package: every value rule and parameter style of the probe spec."""
    yield from generate(tmp_path_factory.mktemp("generated"), RULES_SPEC, "rules_generated", "rules", "Rules")
