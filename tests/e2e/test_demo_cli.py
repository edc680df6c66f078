"""``iotclients demo``: each tour runs against its own loopback sandbox; with no vendor, all in turn."""

from __future__ import annotations

import importlib
import io

import pytest
from rich.console import Console

import iotclients.demo.oden as oden_demo
from iotclients import cli


def test_the_oden_tour_runs_every_step(monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.StringIO()
    monkeypatch.setattr(oden_demo, "Console", lambda *args, **kwargs: Console(file=out, width=120))
    assert cli.main(["demo", "--vendor", "oden"]) == 0
    text = out.getvalue()
    assert "factories / lines │ 2 / 3" in text
    assert "ConflictError (2 matches)" in text
    assert "10000 ids, 4 requests, 0 failed" in text
    assert "10000 deleted, 3 requests" in text


def test_without_a_vendor_every_tour_runs_in_turn_and_a_failure_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ran: list[str] = []
    for vendor in cli.DEMOS:
        module = importlib.import_module(f"iotclients.demo.{vendor}")
        monkeypatch.setattr(module, "main", lambda vendor=vendor: ran.append(vendor) or int(vendor == "oden"))
    assert cli.main(["demo"]) == 1  # the (stubbed) Oden tour reported a failure
    assert ran == list(cli.DEMOS)
    assert len(ran) >= 2


def test_an_unknown_vendor_is_refused_with_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["demo", "--vendor", "nobody"])
    assert "invalid choice" in capsys.readouterr().err
