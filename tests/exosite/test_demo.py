"""The demo tour runs end to end against the sandbox and reports what it did."""

from __future__ import annotations

import io

from rich.console import Console

from iotclients.demo import exosite as demo
from iotclients.exosite import OnePlatformClient
from iotclients_sandbox import Sandbox


def test_the_tour_writes_reads_and_drops(client: OnePlatformClient, sandbox: Sandbox) -> None:
    out = io.StringIO()
    summary = demo.tour(client, Console(file=out, width=120))
    assert summary["batched record"] == f"{demo.POINTS:,} points, {-(-demo.POINTS // 500)} requests"
    assert summary["read back"] == f"{demo.POINTS + 1:,} points"
    assert summary["drop"] == "info -> PermissionDeniedCallError"
    assert sandbox.backend.calls["recordbatch"] == -(-demo.POINTS // 500)
    assert "restricted" in out.getvalue()


def test_every_demo_ends_with_the_same_summary_table() -> None:
    from iotclients.demo._summary import print_summary

    out = io.StringIO()
    print_summary(Console(file=out, width=80), "A tour", {"write": "3 points", "requests served": 4})
    shown = out.getvalue()
    assert "A tour" in shown
    assert [line.split("│")[1:3] for line in shown.splitlines() if "write" in line or "served" in line] == [
        [" write           ", " 3 points "],
        [" requests served ", " 4        "],
    ]
