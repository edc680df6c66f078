"""A client generated from tests/core/specs/widgets.openapi.yaml, for testing the generator's forms.

The spec uses every body, response and paging form the generator supports; generating it here
(not committing the output) keeps the test honest about what the templates produce today.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

SPEC = Path(__file__).parent / "specs" / "widgets.openapi.yaml"
PACKAGE = "widgets_generated"


@pytest.fixture(scope="session")
def widgets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated ``widgets`` package (models, api and client modules importable)."""
    from generator.vendors import Vendor
    from tests.generated_package import generated_package

    vendor = Vendor(
        name="widgets",
        spec=str(SPEC),
        kind="openapi",
        facade_module="widgets",
        sync_base="WidgetsClient",
        async_base="AsyncWidgetsClient",
    )
    with generated_package(vendor, tmp_path_factory.mktemp("generated"), PACKAGE) as package:
        yield package
