"""Shared names for the sandbox tests (imported by the test modules, not collected)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx

SANDBOX_SOURCE = str(Path(__file__).resolve().parents[2] / "sandbox")

LINE_01: dict[str, Any] = {"name": "Line 01", "factory": {"name": "Factory A"}}
LINE_02: dict[str, Any] = {"name": "Line 02", "factory": {"name": "Factory A"}}
LINE_03: dict[str, Any] = {"name": "Line 03", "factory": {"name": "Factory A"}}
RUN = {"name": "RUN"}
STATE = {"name": "STATE"}
BATCH = {"name": "BATCH"}
OPERATOR = {"name": "operator id"}


def ok(response: httpx.Response) -> Any:
    """The JSON body of a 200 (``None`` for an empty one); fails with the body otherwise."""
    assert response.status_code == 200, f"{response.status_code}: {response.text}"
    return response.json() if response.content else None


def error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, f"expected {status}, got {response.status_code}: {response.text}"
    body = response.json()
    assert isinstance(body, dict)
    return body


def subprocess_env() -> dict[str, str]:
    """Environment for a child Python that must import the sandbox from this checkout."""
    path = os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONPATH": SANDBOX_SOURCE + (os.pathsep + path if path else "")}
