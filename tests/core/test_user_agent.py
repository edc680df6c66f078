"""Every client names itself in ``User-Agent``: library, vendor, Python and httpx versions."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import iotclients
from iotclients.exosite import OnePlatformClient, ProvisionClient
from iotclients.iotile import IOTileClient
from iotclients.iotticket import IoTTicketClient
from iotclients.oden import OdenClient
from iotclients.oden.models import Factory, Match
from iotclients_sandbox import Sandbox

PYTHON = "{}.{}.{}".format(*sys.version_info[:3])


def expected(vendor: str) -> str:
    return f"iotclients/{iotclients.__version__} ({vendor}) python/{PYTHON} httpx/{httpx.__version__}"


class Seen:
    def __init__(self) -> None:
        self.agents: list[str] = []

    def __call__(self, request: httpx.Request) -> None:
        self.agents.append(request.headers.get("User-Agent", ""))


@pytest.fixture
def seen() -> Seen:
    return Seen()


@pytest.fixture
def http(seen: Seen) -> Iterator[httpx.Client]:
    with httpx.Client(event_hooks={"request": [seen]}, timeout=10.0) as client:
        yield client


def _oden(sandbox: Sandbox, http: httpx.Client) -> Callable[[], Any]:
    client = OdenClient(sandbox.credentials["api_key"], base_url=sandbox.url, http_client=http)
    return lambda: client.search_factories(Factory(match=Match.ALL))


def test_oden(oden_sandbox: Sandbox, http: httpx.Client, seen: Seen) -> None:
    _oden(oden_sandbox, http)()
    assert seen.agents == [expected("oden")]


def test_iotile_login_and_calls(iotile_sandbox: Sandbox, http: httpx.Client, seen: Seen) -> None:
    client = IOTileClient(base_url=iotile_sandbox.url, http_client=http)
    client.login(email=iotile_sandbox.credentials["email"], password=iotile_sandbox.credentials["password"])
    client.list_projects()
    assert seen.agents == [expected("iotile")] * 2


def test_iotticket_token_and_calls(iotticket_sandbox: Sandbox, http: httpx.Client, seen: Seen) -> None:
    credentials = iotticket_sandbox.credentials
    client = IoTTicketClient(
        credentials["client_id"],
        credentials["client_secret"],
        organization_id="demo-org",
        base_url=iotticket_sandbox.url,
        http_client=http,
    )
    client.get_devices()
    assert len(seen.agents) >= 2  # the token, then the call
    assert set(seen.agents) == {expected("iotticket")}


def test_exosite_rpc_and_provisioning(exosite_sandbox: Sandbox, http: httpx.Client, seen: Seen) -> None:
    cik = exosite_sandbox.credentials["cik"]
    OnePlatformClient(cik, base_url=exosite_sandbox.url, http_client=http).info(
        {"alias": ""}, {"basic": True}
    )
    ProvisionClient(cik, base_url=exosite_sandbox.url, http_client=http).list_models()
    assert seen.agents == [expected("exosite")] * 2


def test_extra_headers_override_it(oden_sandbox: Sandbox, http: httpx.Client, seen: Seen) -> None:
    client = OdenClient(oden_sandbox.credentials["api_key"], base_url=oden_sandbox.url, http_client=http)
    client.with_options(extra_headers={"User-Agent": "line-monitor/2.1"}).search_factories(
        Factory(match=Match.ALL)
    )
    client.search_factories(Factory(match=Match.ALL))
    assert seen.agents == ["line-monitor/2.1", expected("oden")]
