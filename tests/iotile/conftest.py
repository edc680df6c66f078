"""Fixtures of the IOTile tests: one loopback sandbox per module, reset before every test."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from iotclients.iotile import IOTileClient
from iotclients_sandbox import Sandbox
from iotclients_sandbox.iotile import DEMO_EMAIL, DEMO_PASSWORD, create_app


@pytest.fixture(scope="module")
def iotile_server() -> Iterator[Sandbox]:
    # Response validation is on: every response the sandbox emits in these tests is checked.
    with Sandbox(create_app(validate_responses=True), shutdown_timeout=3.0) as sandbox:
        yield sandbox


@pytest.fixture
def iotile(iotile_server: Sandbox) -> Iterator[Sandbox]:
    iotile_server.reset()
    yield iotile_server
    violations = iotile_server.violations.items
    iotile_server.reset()
    assert not violations, "\n".join(str(violation) for violation in violations)


@pytest.fixture
def api(iotile: Sandbox) -> Iterator[httpx.Client]:
    """Raw HTTP at ``/api/v1/``, logged in as the demo user."""
    with httpx.Client(base_url=iotile.url + "/api/v1/", timeout=10.0) as http:
        login = http.post("auth/login/", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD})
        assert login.status_code == 200, login.text
        http.headers["Authorization"] = f"JWT {login.json()['jwt']}"
        yield http


@pytest.fixture
def cloud(iotile: Sandbox) -> Iterator[IOTileClient]:
    """The typed client, logged in as the demo user."""
    with IOTileClient(base_url=iotile.url) as client:
        client.login(email=DEMO_EMAIL, password=DEMO_PASSWORD)
        yield client
