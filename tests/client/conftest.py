"""Fixtures for the Oden client tests; the builders they use live in oden_testkit.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from oden_testkit import Recorder, make_client


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[Any]:
    c = make_client(recorder)
    yield c
    c.close()
