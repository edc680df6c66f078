"""The command answers ``--version`` and runs as ``python -m iotclients`` too."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import pytest

from iotclients import __version__, cli


def test_version_flag_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"iotclients {version('iotclients')}"
    assert __version__ == version("iotclients")


def test_python_dash_m_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "iotclients", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"iotclients {__version__}"


def test_no_command_prints_usage_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 2
    assert "usage: iotclients" in capsys.readouterr().out
