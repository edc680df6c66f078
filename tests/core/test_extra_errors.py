"""A missing optional dependency is reported with the extra that brings it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

import pytest

# A demo asset path of the IoT-TICKET sandbox.
PRESSURE = ["Tampere Factory", "Line 1", "Press A", "Hydraulics", "Pump", "Pressure"]


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("module", ["jsonschema", "starlette"])
def test_a_sandbox_without_its_extra_names_the_extra(module: str) -> None:
    done = _run(
        f"""
        import sys
        sys.modules[{module!r}] = None
        from iotclients_sandbox import Sandbox
        Sandbox("oden")
        """
    )
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    # Whichever import fails first (the package's, or the vendor app's) names the extra.
    assert last.startswith("ModuleNotFoundError: "), done.stderr
    assert f" needs {module}, which comes with the sandbox extra" in last, last
    assert last.endswith("pip install 'iotclients[sandbox]'"), last


def test_iotticket_dataframes_without_pandas_name_the_extra(
    iotticket_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(
        ModuleNotFoundError, match=r"pip install 'iotclients\[pandas\]' \(or ask for form='json'\)"
    ):
        iotticket_client.get_timeseries(names_path=PRESSURE, start_time=0, end_time=1)
    points = iotticket_client.get_timeseries(names_path=PRESSURE, start_time=0, end_time=1, form="json")
    assert points == []
