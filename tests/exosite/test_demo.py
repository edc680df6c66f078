"""The demo tour runs end to end against the sandbox and reports what it did."""

from __future__ import annotations

import io

from rich.console import Console

from iotclients.demo import exosite as demo
from iotclients.exosite import OnePlatformClient, ProvisionClient
from iotclients_sandbox import Sandbox
from iotclients_sandbox.exosite import DEMO_CIK


def test_the_tour_writes_reads_and_drops(client: OnePlatformClient, sandbox: Sandbox) -> None:
    out = io.StringIO()
    summary = demo.tour(client, Console(file=out, width=120))
    assert summary["batched record"] == f"{demo.POINTS:,} points, {-(-demo.POINTS // demo.CHUNK)} requests"
    assert summary["read back"] == f"{demo.POINTS + 1:,} points"
    assert summary["drop"] == "info -> PermissionDeniedCallError"
    assert sandbox.backend.calls["recordbatch"] == -(-demo.POINTS // demo.CHUNK)
    assert "restricted" in out.getvalue()


def test_the_provisioning_leg_activates_a_device_that_downloads_its_firmware(
    client: OnePlatformClient, sandbox: Sandbox
) -> None:
    out = io.StringIO()
    with ProvisionClient(DEMO_CIK, base_url=sandbox.url) as provision:
        summary = demo.provisioning(provision, client, Console(file=out, width=160))
        page = provision.serialnumber_list(demo.MODEL, offset=98, limit=3)  # the server's least is 5
    assert [(s.sn, s.extra) for s in page] == [("DS-0099", "line 0"), ("DS-0100", "line 1")]
    assert summary == {
        "provisioning": f"{demo.DEVICES} serial numbers, DS-0001 activated",
        "content download": "16,384 bytes, as uploaded",
    }
    assert "DS-0001 activated" in out.getvalue()


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
