"""``iotclients demo --vendor iotile`` runs its whole tour and says what it did."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

import iotclients.demo.iotile as demo
from iotclients.cli import main


def test_demo_tours_login_data_report_and_uploads(monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.StringIO()
    monkeypatch.setattr(demo, "Console", lambda *args, **kwargs: Console(file=out, width=120))
    assert main(["demo", "--vendor", "iotile"]) == 0
    text = out.getvalue()
    assert "100,000 points, 20 requests" in text
    assert "3 / 50" in text and "report of 50,000 points" in text
    assert "streams, total" in text
