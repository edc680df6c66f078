"""Fixtures for the One Platform tests: a loopback sandbox per module, reset before every test."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from iotclients.exosite import OnePlatformClient
from iotclients_sandbox import Sandbox
from iotclients_sandbox.exosite import DEMO_CIK


@pytest.fixture(scope="module")
def server() -> Iterator[Sandbox]:
    with Sandbox("exosite", shutdown_timeout=3.0) as sandbox:
        yield sandbox


@pytest.fixture
def sandbox(server: Sandbox) -> Iterator[Sandbox]:
    server.reset()
    yield server
    server.reset()


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[OnePlatformClient]:
    with OnePlatformClient(DEMO_CIK, base_url=sandbox.url) as one:
        yield one
