"""The pytest plugin's fixtures: a reset sandbox per test, clients holding its credentials."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from iotclients.core.errors import ServiceUnavailableError
from iotclients.oden.models import Factory, Match
from iotclients.pytest_plugin import missing_sandbox_modules
from iotclients_sandbox import Fault, Sandbox

FACTORIES = ["Factory A", "Factory B"]


def _names(factories: list[Factory]) -> list[str]:
    return sorted(str(factory.name) for factory in factories)


def test_oden_client_reaches_the_oden_sandbox_and_the_journal_sees_it(
    oden_sandbox: Sandbox, oden_client: Any
) -> None:
    assert _names(oden_client.search_factories(Factory(match=Match.ALL))) == FACTORIES
    assert oden_sandbox.journal.count("search_factories") == 1


def test_a_scripted_fault_reaches_the_client_and_is_gone_for_the_next_test(
    oden_sandbox: Sandbox, oden_client: Any
) -> None:
    oden_sandbox.faults.script(*[Fault.status(503)] * 10)
    with pytest.raises(ServiceUnavailableError):
        oden_client.with_options(max_retries=0).search_factories(Factory(match=Match.ALL))
    assert oden_sandbox.faults.pending == 9


def test_each_test_starts_from_a_reset_sandbox(oden_sandbox: Sandbox, oden_client: Any) -> None:
    # The test before left nine faults scripted and one request journaled.
    assert oden_sandbox.faults.pending == 0
    assert oden_sandbox.journal.total == 0
    assert _names(oden_client.search_factories(Factory(match=Match.ALL))) == FACTORIES


async def test_async_oden_client_reaches_the_same_sandbox(
    oden_sandbox: Sandbox, async_oden_client: Any
) -> None:
    assert _names(await async_oden_client.search_factories(Factory(match=Match.ALL))) == FACTORIES
    assert oden_sandbox.journal.count("search_factories") == 1


def test_iotile_client_is_logged_in(iotile_sandbox: Sandbox, iotile_client: Any) -> None:
    projects = iotile_client.list_projects()
    assert list(projects.results)
    assert iotile_sandbox.journal.count() >= 2  # login, then the listing


async def test_async_iotile_client_is_logged_in(async_iotile_client: Any) -> None:
    assert list((await async_iotile_client.list_projects()).results)


def test_iotticket_client_holds_the_demo_organization(iotticket_client: Any) -> None:
    assert iotticket_client.get_devices()


async def test_async_iotticket_client_holds_the_demo_organization(async_iotticket_client: Any) -> None:
    assert await async_iotticket_client.get_devices()


def test_exosite_clients_share_one_sandbox(
    exosite_sandbox: Sandbox, exosite_client: Any, exosite_provision_client: Any
) -> None:
    assert exosite_client.info({"alias": ""}, {"basic": True})
    assert exosite_provision_client.list_models() is not None
    assert exosite_sandbox.journal.total == 2


async def test_async_exosite_clients(async_exosite_client: Any, async_exosite_provision_client: Any) -> None:
    assert await async_exosite_client.info({"alias": ""}, {"basic": True})
    assert await async_exosite_provision_client.list_models() is not None


def test_the_extra_check_names_a_missing_module(monkeypatch: pytest.MonkeyPatch) -> None:
    assert missing_sandbox_modules() == []
    monkeypatch.setitem(sys.modules, "jsonschema", None)
    assert missing_sandbox_modules() == ["jsonschema"]


def test_without_the_extra_a_fixture_fails_with_the_install_command(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text("import sys\nsys.modules['uvicorn'] = None\n", encoding="utf-8")
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            def test_uses_the_sandbox(oden_client):
                pass
            """
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "iotclients.pytest_plugin", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "the oden_sandbox fixture needs the sandbox extra (uvicorn missing)" in result.stdout
    assert "pip install 'iotclients[sandbox]'" in result.stdout
