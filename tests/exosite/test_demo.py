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
