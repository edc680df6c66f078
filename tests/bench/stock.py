"""openapi-python-client's stock output for the Oden spec, generated into a temp dir at bench time.

It is the baseline our generated models replace: per-field ``from_dict`` Python code over
``response.json()``. Generated only when it is quick and works; otherwise the row is skipped
with the reason.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

__all__ = ["StockClient", "generate"]

PINNED = "0.29.1"
TIME_LIMIT_S = 20.0
_PACKAGE = "oden_stock_opc_bench"


@dataclass
class StockClient:
    """The generated package (imported) or why there is none."""

    package: ModuleType | None
    version: str | None
    note: str
    seconds: float = 0.0
    _tmp: Path | None = None

    def close(self) -> None:
        for name in [m for m in sys.modules if m == _PACKAGE or m.startswith(_PACKAGE + ".")]:
            del sys.modules[name]
        if self._tmp is not None:
            if str(self._tmp) in sys.path:
                sys.path.remove(str(self._tmp))
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None


def generate(spec: Path) -> StockClient:
    try:
        version = importlib.metadata.version("openapi-python-client")
    except importlib.metadata.PackageNotFoundError:
        return StockClient(None, None, "skipped: openapi-python-client is not installed")
    tmp = Path(tempfile.mkdtemp(prefix="iotclients-bench-"))
    config = tmp / "config.yaml"
    config.write_text("post_hooks: []\n")  # no ruff pass: formatting does not change speed
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec), "--output-path", str(tmp / _PACKAGE), "--meta", "none", "--config", str(config),
    ]  # fmt: skip
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIME_LIMIT_S, check=False)
    except subprocess.TimeoutExpired:
        shutil.rmtree(tmp, ignore_errors=True)
        return StockClient(None, version, f"skipped: generating took over {TIME_LIMIT_S:.0f} s")
    seconds = time.perf_counter() - start
    if not (tmp / _PACKAGE / "models" / "line.py").exists():
        shutil.rmtree(tmp, ignore_errors=True)
        why = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return StockClient(None, version, f"skipped: generation failed ({why[0]})")
    sys.path.insert(0, str(tmp))
    try:
        package = importlib.import_module(_PACKAGE)
        importlib.import_module(f"{_PACKAGE}.models")
        importlib.import_module(f"{_PACKAGE}.api.machine_groups.search_lines")
    except Exception as exc:  # a stock output that does not import is a skip, not a crash
        note = f"skipped: generated client does not import ({exc!r})"
        client = StockClient(None, version, note, seconds, tmp)
        client.close()
        return client
    note = f"generated in {seconds:.1f} s"
    if version != PINNED:
        note += f" (version {version}, not the pinned {PINNED})"
    return StockClient(package, version, note, seconds, tmp)
