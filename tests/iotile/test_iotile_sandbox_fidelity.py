"""The IOTile sandbox where iotile-cloud and real devices expect it: binary streamer reports,
sensor graphs and device templates, per-stream counts and DRF's answer to a non-UUID project."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from binary_report import binary_report

from iotclients_sandbox.iotile import BIG_STREAM

DEVICE_2_STREAM = "s--0000-0001--0000-0000-0000-0002--5002"


def _ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, f"{response.status_code}: {response.text}"
    return response.json()


def _upload(api: httpx.Client, name: str, data: bytes, sent: str = "2030-01-01T00:00:00Z") -> httpx.Response:
    files = {"file": (name, data, "application/octet-stream")}
    return api.post("streamer/report/", params={"timestamp": sent}, files=files)


@pytest.mark.parametrize("name", ["report.bin", "report"])
def test_binary_reports_add_their_readings(api: httpx.Client, name: str) -> None:
    readings = [(0x5002, 700_001 + i, 900 + 10 * i, 40 + i) for i in range(5)]
    report = binary_report(2, readings, sent=1000, report_id=9)
    assert len(report) == 20 + 16 * 5 + 24
    assert _ok(_upload(api, name, report), 201) == {"count": 5}
    rows = _ok(api.get(f"stream/{DEVICE_2_STREAM}/data/", params={"lastn": 5}))["results"]
    # Server time is the upload's timestamp minus how long before sending each reading was taken.
    # Reading i was taken 100 - 10 * i seconds before the report was sent (device time 1000).
    assert [(row["timestamp"], row["value"]) for row in rows] == [
        ("2029-12-31T23:58:20Z", 40.0),
        ("2029-12-31T23:58:30Z", 41.0),
        ("2029-12-31T23:58:40Z", 42.0),
        ("2029-12-31T23:58:50Z", 43.0),
        ("2029-12-31T23:59:00Z", 44.0),
    ]
    assert [row["streamer_local_id"] for row in rows] == [700_001 + i for i in range(5)]
    streamer = _ok(api.get("streamer/t--0000-0000-0000-0002--0000/"))
    assert streamer["last_id"] == 700_005
    [record] = _ok(api.get("streamer/report/"))["results"]
    assert (record["original_first_id"], record["original_last_id"], record["incremental_id"]) == (
        700_001,
        700_005,
        9,
    )
    assert record["device_sent_timestamp"] == 1000


def test_broken_binary_reports_are_refused_and_change_nothing(api: httpx.Client) -> None:
    before = _ok(api.get(f"stream/{DEVICE_2_STREAM}/data/", params={"lastn": 1}))["results"]
    good = binary_report(2, [(0x5002, 1, 1, 1)], sent=2)
    for broken, reason in (
        (good[:30], "invalid file length"),
        (good[:-16], "the header gives a length"),
        (b"\x02" + good[1:], "unknown binary report format 2"),
        (binary_report(0x7777, [(0x5002, 1, 1, 1)], sent=2), "unknown or not claimed"),
        (binary_report(2, [(0x5999, 1, 1, 1)], sent=2), "has no stream"),
    ):
        response = _upload(api, "report.bin", broken)
        assert response.status_code == 400, response.text
        assert reason in response.json()["error"]
    assert _ok(api.get(f"stream/{DEVICE_2_STREAM}/data/", params={"lastn": 1}))["results"] == before
    assert _ok(api.get("streamer/report/"))["count"] == 0


def test_sensor_graphs_and_templates_named_by_devices_exist(api: httpx.Client) -> None:
    device = _ok(api.get("device/d--0000-0000-0000-0001/"))
    graph = _ok(api.get(f"sg/{device['sg']}/"))
    assert graph["slug"] == device["sg"] and graph["app_tag"] == 1027
    template = _ok(api.get(f"dt/{device['template']}/"))
    assert template["slug"] == device["template"] and template["os_tag"] == 1027
    graphs = _ok(api.get("sg/"))
    assert graphs["count"] == len(graphs["results"]) >= 2
    assert device["sg"] in {g["slug"] for g in graphs["results"]}
    assert device["template"] in {t["slug"] for t in _ok(api.get("dt/"))["results"]}
    assert api.get("sg/no-such-graph/").status_code == 404
    assert api.get("dt/no-such-template/").status_code == 404


def test_patching_a_devices_sensor_graph_changes_it_or_is_refused(api: httpx.Client) -> None:
    path = "device/d--0000-0000-0000-0001/"
    assert _ok(api.patch(path, json={"sg": "shipping-v1-0-0"}))["sg"] == "shipping-v1-0-0"
    assert _ok(api.get(path))["sg"] == "shipping-v1-0-0"
    refused = api.patch(path, json={"sg": "no-such-graph", "label": "renamed"})
    assert refused.status_code == 400
    assert refused.json() == {"sg": ["Object with slug=no-such-graph does not exist."]}
    after = _ok(api.get(path))
    assert after["sg"] == "shipping-v1-0-0" and after["label"] != "renamed"
    assert _ok(api.patch(path, json={"template": "internaltestingtemplate-v0-1-0"}))["template"] == (
        "internaltestingtemplate-v0-1-0"
    )


def test_device_extra_counts_data_per_stream(api: httpx.Client) -> None:
    extra = _ok(api.get("device/d--0000-0000-0000-0001/extra/"))
    counts = extra["counts"]["stream_counts"]
    assert isinstance(counts, dict)
    assert counts[BIG_STREAM] == {"data_cnt": 100_000, "has_streamid": True}
    assert all(entry["data_cnt"] > 0 and entry["has_streamid"] for entry in counts.values())
    assert sum(entry["data_cnt"] for entry in counts.values()) == extra["counts"]["data_counts"]
