"""iotile-cloud 0.9.14 itself against the sandbox (runs where the benchmark extra installed it).

The vendor's own client is the best judge of whether the sandbox speaks the real protocol: its
login, paging by counted page numbers, accumulation report, uploads, refresh and logout.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from iotclients_sandbox import Sandbox
from iotclients_sandbox.iotile import BIG_STREAM, DEMO_EMAIL, DEMO_PASSWORD, EVENT_STREAM

connection = pytest.importorskip("iotile_cloud.api.connection")
stream_data = pytest.importorskip("iotile_cloud.stream.data")
stream_report = pytest.importorskip("iotile_cloud.stream.report")


def test_the_vendor_client_works_against_the_sandbox(iotile: Sandbox, tmp_path: Path) -> None:
    api = connection.Api(iotile.url)
    assert api.login(email=DEMO_EMAIL, password=DEMO_PASSWORD) is True
    assert api.org.get()["count"] == 1
    assert api.org("demo-org").projects.get()["count"] == 3

    data = stream_data.StreamData(BIG_STREAM, api)
    data.initialize_from_server(lastn=12_000)
    assert len(data.data) == 12_000 and data.data[-1]["streamer_local_id"] == 100_000

    report = stream_report.AccumulationReportGenerator(api).compute_sum(
        ["d--0000-0000-0000-0002"], start=datetime.datetime(2026, 1, 1), end=datetime.datetime(2026, 1, 2)
    )
    assert set(report["streams"]) == {
        "s--0000-0001--0000-0000-0000-0002--5001",
        "s--0000-0001--0000-0000-0000-0002--5002",
    }

    path = tmp_path / "report.json"
    path.write_text(
        json.dumps({"format": "v2", "device": 1, "streamer_index": 0, "device_sent_timestamp": 9, "data": []})
    )
    assert api.streamer.report.upload_file(str(path), timestamp="2026-05-01T00:00:00Z") == {"count": 0}
    event = tmp_path / "event.json"
    event.write_text("{}")
    fields = {"stream": EVENT_STREAM, "timestamp": "2026-05-01T00:00:00Z", "encoded_extra_data": '{"a": 1}'}
    assert api.event.upload.upload_file(str(event), data=fields)["stream"] == EVENT_STREAM

    assert api.refresh_token() is True
    api.logout()
    assert api.token is None
