"""``iotclients demo --vendor iotticket`` runs its whole tour against the sandbox and succeeds."""

from __future__ import annotations

import pytest

from iotclients.cli import main


def test_demo_tour_completes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--vendor", "iotticket"]) == 0
    out = capsys.readouterr().out
    assert "10000 rows, " in out and "10000 rows as a DataFrame" in out
    assert "AmbiguousPathError" in out and "PathNotFoundError" in out
