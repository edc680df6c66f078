"""Fixtures for the IoT-TICKET tests: one loopback sandbox per module, reset before every test."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from iotclients.iotticket import IoTTicketClient
from iotclients_sandbox import Sandbox
from iotclients_sandbox.iotticket import create_app

# The test modules import their shared helpers from iotticket_support, whatever pytest's import mode.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from iotticket_support import fetch_token


@pytest.fixture(scope="module")
def iotticket_server() -> Iterator[Sandbox]:
    # Response validation is on: every response the sandbox emits in these tests is checked.
    with Sandbox(create_app(validate_responses=True), shutdown_timeout=3.0) as sandbox:
        yield sandbox


@pytest.fixture
def sandbox(iotticket_server: Sandbox) -> Iterator[Sandbox]:
    iotticket_server.reset()
    yield iotticket_server
    violations = iotticket_server.violations.items
    iotticket_server.reset()
    assert not violations, "\n".join(str(violation) for violation in violations)


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A raw HTTP client holding a demo-organization token."""
    with httpx.Client(base_url=sandbox.url, timeout=10.0) as http:
        http.headers["Authorization"] = f"Bearer {fetch_token(http)}"
        yield http


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[IoTTicketClient]:
    from iotticket_support import demo_client_kwargs

    with IoTTicketClient(**demo_client_kwargs(sandbox.url)) as iot:
        yield iot
