"""iotile-cloud 0.9.14, the vendor's own client, driven unmodified against the IOTile sandbox.

A scripted tour of what its users do: log in with ``Api``, walk projects, devices, their sensor
graphs and templates and per-stream counts, upload a binary streamer report, read it back with
``StreamData`` and sum it with ``AccumulationReportGenerator``. The package is a test dependency
(the ``dev`` extra); the test is skipped only where it is not installed.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from binary_report import binary_report

from iotclients_sandbox import Sandbox
from iotclients_sandbox.iotile import DEMO_EMAIL, DEMO_PASSWORD

connection = pytest.importorskip("iotile_cloud.api.connection")
exceptions = pytest.importorskip("iotile_cloud.api.exceptions")
stream_data = pytest.importorskip("iotile_cloud.stream.data")
report_module = pytest.importorskip("iotile_cloud.stream.report")
gid = pytest.importorskip("iotile_cloud.utils.gid")

DEVICE = "d--0000-0000-0000-0002"
STREAM = "s--0000-0001--0000-0000-0000-0002--5002"
SENT = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
READINGS = [(0x5002, 800_001 + i, 500 + 60 * i, 10 * (i + 1)) for i in range(8)]


@pytest.fixture
def peer(iotile: Sandbox) -> Iterator[Any]:
    api = connection.Api(domain=iotile.url, timeout=10.0)
    assert api.login(email=DEMO_EMAIL, password=DEMO_PASSWORD)
    yield api


def test_login_and_the_catalogue(peer: Any) -> None:
    assert peer.username == "demo"
    projects = peer.project.get()
    assert projects["count"] == 3
    slug = gid.IOTileProjectSlug(projects["results"][0]["gid"])
    assert str(slug) in {project["slug"] for project in projects["results"]}
    assert peer.project(projects["results"][0]["id"]).get()["slug"] == projects["results"][0]["slug"]
    with pytest.raises(exceptions.HttpNotFoundError):
        peer.project(str(slug)).get()


def test_devices_their_firmware_and_counts(peer: Any) -> None:
    device_slug = gid.IOTileDeviceSlug("0x2")
    device = peer.device(str(device_slug)).get()
    assert device["slug"] == DEVICE
    assert peer.sg(device["sg"]).get()["slug"] == device["sg"]
    assert peer.dt(device["template"]).get()["slug"] == device["template"]
    extra = peer.device(DEVICE).extra.get()
    counts = extra["counts"]["stream_counts"]
    assert STREAM in counts and counts[STREAM]["data_cnt"] > 0
    patched = peer.device(DEVICE).patch({"sg": "shipping-v1-0-0"})
    assert patched["sg"] == "shipping-v1-0-0"
    with pytest.raises(exceptions.HttpClientError):
        peer.device(DEVICE).patch({"sg": "no-such-graph"})


def _upload(peer: Any, tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "device-2.bin"
    path.write_bytes(binary_report(2, READINGS, sent=1000, report_id=3))
    result: dict[str, Any] = peer.streamer.report.upload_file(
        str(path), timestamp=SENT.strftime("%Y-%m-%dT%H:%M:%SZ")
    )
    return result


def test_binary_report_upload_then_stream_data_and_accumulation(peer: Any, tmp_path: Path) -> None:
    assert _upload(peer, tmp_path) == {"count": len(READINGS)}
    reports = peer.streamer.report.get()
    assert reports["count"] == 1 and reports["results"][0]["original_last_id"] == 800_008

    start = SENT - datetime.timedelta(hours=1)
    end = SENT + datetime.timedelta(seconds=1)
    data = stream_data.StreamData(STREAM, peer)
    data.initialize_from_server(
        start=start.strftime("%Y-%m-%dT%H:%M:%SZ"), end=end.strftime("%Y-%m-%dT%H:%M:%SZ")
    )
    assert [row["value"] for row in data.data] == [float(value) for _, _, _, value in READINGS]
    assert [row["streamer_local_id"] for row in data.data] == [rid for _, rid, _, _ in READINGS]
    # Readings were taken 500 - 60 * i seconds before the device sent the report (device time 1000).
    first = datetime.datetime.fromisoformat(data.data[0]["timestamp"].replace("Z", "+00:00"))
    assert first == SENT - datetime.timedelta(seconds=500)

    stats = report_module.AccumulationReportGenerator(peer).compute_sum(
        sources=[STREAM, DEVICE], start=start, end=end
    )
    expected = sum(row["output_value"] for row in data.data)
    assert expected > 0
    # The stream is found twice (by slug and by its device); both sums land on the same slug.
    assert stats["streams"][STREAM]["sum"] == pytest.approx(expected)
    assert set(stats["streams"]) == {STREAM}
    assert stats["streams"][STREAM]["units"]
    assert stats["total"] == pytest.approx(2 * expected)
