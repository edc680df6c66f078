"""Fixtures for the sandbox tests: one real loopback server per module, reset before every test."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

try:
    import iotclients_sandbox  # noqa: F401
except ImportError:  # a source checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "sandbox"))
# The test modules import their shared names from sandbox_support, whatever pytest's import mode.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from iotclients_sandbox import Sandbox
from iotclients_sandbox.oden import DEMO_API_KEY, READ_ONLY_API_KEY


@pytest.fixture(scope="module")
def oden_server() -> Iterator[Sandbox]:
    # Response validation is on: every response the sandbox emits in these tests is checked.
    with Sandbox("oden", validate_responses=True, shutdown_timeout=3.0) as sandbox:
        yield sandbox


@pytest.fixture
def oden(oden_server: Sandbox) -> Iterator[Sandbox]:
    oden_server.reset()
    yield oden_server
    violations = oden_server.violations.items
    oden_server.reset()
    assert not violations, "\n".join(str(violation) for violation in violations)


@pytest.fixture
def client(oden: Sandbox) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Token {DEMO_API_KEY}"}
    with httpx.Client(base_url=oden.url, headers=headers, timeout=10.0) as http:
        yield http


@pytest.fixture
def readonly_client(oden: Sandbox) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Token {READ_ONLY_API_KEY}"}
    with httpx.Client(base_url=oden.url, headers=headers, timeout=10.0) as http:
        yield http


@pytest.fixture
def anonymous(oden: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=oden.url, timeout=10.0) as http:
        yield http
