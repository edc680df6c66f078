"""Importing a vendor package loads no models, no event loop and no optional stack: those load
with the first call that needs them, so a script pays only for what it uses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEFERRED = ("attrs", "asyncio", "concurrent.futures", "pandas", "starlette", "uvicorn", "jsonschema")


@pytest.mark.parametrize("package", ["oden", "exosite", "iotile", "iotticket"])
def test_importing_a_vendor_defers_models_event_loops_and_extras(package: str) -> None:
    code = f"import sys, iotclients.{package}\nprint(','.join(m for m in {DEFERRED!r} if m in sys.modules))"
    paths = [str(ROOT / part) for part in ("sandbox", "overlays", "generated")] + [str(ROOT)]
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": ":".join(paths), "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == ""
