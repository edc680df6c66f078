"""The IOTile sandbox over loopback: auth, DRF pagination, data semantics of reference §4, uploads."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from iotclients_sandbox import Fault, Sandbox
from iotclients_sandbox.iotile import BIG_STREAM, DEMO_EMAIL, DEMO_PASSWORD, EVENT_STREAM, create_app


def _ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, f"{response.status_code}: {response.text}"
    return response.json() if response.content else None


def test_login_answers_account_and_tokens_and_refuses_bad_passwords(iotile: Sandbox) -> None:
    with httpx.Client(base_url=iotile.url + "/api/v1/") as http:
        body = _ok(http.post("auth/login/", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD}))
        assert body["email"] == DEMO_EMAIL and body["username"] == "demo"
        assert body["jwt"].count(".") == 2 and body["token"]
        refused = http.post("auth/login/", json={"email": DEMO_EMAIL, "password": "wrong"})
        assert refused.status_code == 401
        assert refused.json() == "Username/password combination invalid."


@pytest.mark.parametrize("header", [None, "jwt None", "JWT not.a.token", "Bearer abc"])
def test_protected_endpoints_need_a_valid_token(iotile: Sandbox, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = httpx.get(iotile.url + "/api/v1/org/", headers=headers)
    assert response.status_code == 401
    assert "detail" in response.json()


def test_jwt_prefix_is_case_insensitive_and_drf_token_works(iotile: Sandbox, api: httpx.Client) -> None:
    jwt = str(api.headers["Authorization"]).split(" ", 1)[1]
    assert _ok(api.get("org/", headers={"Authorization": f"jwt {jwt}"}))["count"] == 1
    key = _ok(api.get("auth/user-info/"))["token"]
    assert _ok(api.get("project/", headers={"Authorization": f"Token {key}"}))["count"] == 3


def test_tokens_expire_and_refresh_keeps_the_first_issue_time() -> None:
    now = [1_000_000.0]
    app = create_app(token_lifetime=60, clock=lambda: now[0])
    with Sandbox(app) as sandbox, httpx.Client(base_url=sandbox.url + "/api/v1/") as http:
        jwt = _ok(http.post("auth/api-jwt-auth/", json={"username": "demo", "password": DEMO_PASSWORD}))[
            "token"
        ]
        now[0] += 30
        fresh = _ok(http.post("auth/api-jwt-refresh/", json={"token": jwt}))["token"]
        assert fresh != jwt
        now[0] += 45  # the first token has expired, the refreshed one has not
        assert http.get("org/", headers={"Authorization": f"JWT {jwt}"}).status_code == 401
        assert http.get("org/", headers={"Authorization": f"JWT {fresh}"}).status_code == 200
        stale = http.post("auth/api-jwt-refresh/", json={"token": jwt})
        assert stale.status_code == 400 and stale.json() == {"non_field_errors": ["Signature has expired."]}
        assert _ok(http.post("auth/api-jwt-verify/", json={"token": fresh}))["token"] == fresh


def test_logout_answers_204_and_leaves_the_jwt_valid(api: httpx.Client) -> None:
    assert api.post("auth/logout/").status_code == 204
    assert api.get("org/").status_code == 200


def test_pages_carry_absolute_next_links_until_the_last(iotile: Sandbox, api: httpx.Client) -> None:
    first = _ok(api.get("device/", params={"page_size": 20}))
    assert first["count"] == 50 and len(first["results"]) == 20 and first["previous"] is None
    assert first["next"] == f"{iotile.url}/api/v1/device/?page_size=20&page=2"
    second = _ok(api.get(first["next"]))
    third = _ok(api.get(second["next"]))
    assert third["next"] is None and len(third["results"]) == 10
    assert second["previous"] == f"{iotile.url}/api/v1/device/?page_size=20"
    ids = [d["id"] for page in (first, second, third) for d in page["results"]]
    assert ids == list(range(1, 51))
    assert api.get("device/", params={"page": 4, "page_size": 20}).json() == {"detail": "Invalid page."}


@pytest.mark.parametrize(
    ("path", "default"),
    [("org/", 100), ("device/", 1000), ("stream/", 5000), (f"stream/{BIG_STREAM}/data/", 5000)],
)
def test_per_resource_default_page_sizes(api: httpx.Client, path: str, default: int) -> None:
    body = _ok(api.get(path))
    assert len(body["results"]) == min(default, body["count"])


def test_page_size_is_cut_to_the_resource_maximum(api: httpx.Client) -> None:
    body = _ok(api.get(f"stream/{BIG_STREAM}/data/", params={"page_size": 50_000}))
    assert len(body["results"]) == 20_000


def test_projects_are_looked_up_by_uuid_only(api: httpx.Client) -> None:
    project = _ok(api.get("project/", params={"slug": "p--0000-0002"}))["results"][0]
    assert _ok(api.get(f"project/{project['id']}/"))["slug"] == "p--0000-0002"
    # DRF's UUID lookup answers anything else, a p-- slug included, as not found.
    for other in ("p--0000-0002", "0002", "not-a-uuid"):
        missing = api.get(f"project/{other}/")
        assert missing.status_code == 404 and missing.json() == {"detail": "Not found."}
        assert api.get(f"project/{other}/extra/").status_code == 404
    extra = _ok(api.get(f"project/{project['id']}/extra/"))
    assert extra["counts"] == {"active_devices": 15, "inactive_devices": 0, "variables": 2, "streams": 30}


def test_short_slugs_are_normalised(api: httpx.Client) -> None:
    assert _ok(api.get("device/d--0001/"))["slug"] == "d--0000-0000-0000-0001"
    assert _ok(api.get("stream/s--1--1--5001/"))["slug"] == BIG_STREAM


def test_stream_data_window_is_half_open_and_ascending(api: httpx.Client) -> None:
    params = {"start": "2026-01-01T00:01:00Z", "end": "2026-01-01T00:04:00.000Z"}
    rows = _ok(api.get(f"stream/{BIG_STREAM}/data/", params=params))["results"]
    assert [r["timestamp"] for r in rows] == [
        "2026-01-01T00:01:00Z",
        "2026-01-01T00:02:00Z",
        "2026-01-01T00:03:00Z",
    ]


@pytest.mark.parametrize(
    ("lastn", "expected"), [("3", 3), ("0", 1), ("-5", 1), ("junk", 5000), ("200000", 5000)]
)
def test_stream_data_lastn_is_clamped_never_refused(api: httpx.Client, lastn: str, expected: int) -> None:
    body = _ok(api.get(f"stream/{BIG_STREAM}/data/", params={"lastn": lastn}))
    assert len(body["results"]) == expected
    if lastn == "200000":
        assert body["count"] == 100_000
    if expected < 5000:
        assert body["results"][-1]["timestamp"] == "2026-03-11T10:39:00Z"  # the newest point, last


def test_output_value_applies_the_output_unit_mdo(api: httpx.Client) -> None:
    stream = _ok(api.get(f"stream/{BIG_STREAM}/"))
    unit = stream["output_unit"]
    row = _ok(api.get(f"stream/{BIG_STREAM}/data/", params={"lastn": 1}))["results"][0]
    assert row["output_value"] == pytest.approx(unit["o"] + row["value"] * unit["m"] / unit["d"])
    assert unit["unit_short"] == "G"


@pytest.mark.parametrize("lastn", ["0", "100001", "x"])
def test_data_lastn_outside_range_is_a_400(api: httpx.Client, lastn: str) -> None:
    response = api.get("data/", params={"filter": BIG_STREAM, "lastn": lastn})
    assert response.status_code == 400 and "lastn" in response.json()


def test_data_needs_a_filter_and_checks_stream_filters(api: httpx.Client) -> None:
    assert _ok(api.get("data/"))["count"] == 0
    assert _ok(api.get("data/", params={"filter": "d--0000-0000-0000-0999"}))["count"] == 0
    bad = api.get("data/", params={"filter": "s--0001--0002"})
    assert bad.status_code == 400 and "Illegal Stream" in bad.json()["detail"]
    device = _ok(api.get("data/", params={"filter": "d--0000-0000-0000-0002", "page_size": 5}))
    assert device["count"] == 2 * 1011 and len({row["stream"] for row in device["results"]}) == 2


def test_demo_data_holds_200000_points_in_three_projects(api: httpx.Client) -> None:
    total = sum(_ok(api.get("data/", params={"filter": f"p--0000-000{gid}"}))["count"] for gid in (1, 2, 3))
    assert total == 200_000
    assert _ok(api.get("stream/", params={"project": "p--0000-0001"}))["count"] == 41


def test_written_points_merge_into_the_synthetic_series(api: httpx.Client) -> None:
    point = {"stream": BIG_STREAM, "timestamp": "2026-01-01T00:00:30Z", "int_value": 7}
    _ok(api.post("data/", json=[point]), 201)
    rows = _ok(api.get(f"stream/{BIG_STREAM}/data/", params={"end": "2026-01-01T00:01:30Z"}))["results"]
    assert [(r["timestamp"], r["value"]) for r in rows][:3] == [
        ("2026-01-01T00:00:00Z", 1000.0),
        ("2026-01-01T00:00:30Z", 7.0),
        ("2026-01-01T00:01:00Z", rows[2]["value"]),
    ]


def test_streamer_report_v2_adds_points_and_events(api: httpx.Client) -> None:
    report = {
        "format": "v2",
        "device": 1,
        "streamer_index": 0,
        "device_sent_timestamp": 1000,
        "incremental_id": 1,
        "data": [{"stream": "5001", "device_timestamp": 990, "streamer_local_id": 200001, "value": 55}],
        "events": [
            {"stream": 0x5020, "device_timestamp": 995, "streamer_local_id": 200002, "extra_data": {"g": 2}}
        ],
    }
    files = {"file": ("report.json", json.dumps(report).encode(), "application/json")}
    sent = "2026-04-01T00:00:00Z"
    assert _ok(api.post("streamer/report/", params={"timestamp": sent}, files=files), 201) == {"count": 2}
    rows = _ok(api.get(f"stream/{BIG_STREAM}/data/", params={"lastn": 1}))["results"]
    assert rows[0]["timestamp"] == "2026-03-31T23:59:50Z" and rows[0]["value"] == 55.0
    events = _ok(api.get("event/", params={"filter": EVENT_STREAM, "lastn": 1}))["results"]
    assert events[0]["extra_data"] == {"g": 2} and events[0]["timestamp"] == "2026-03-31T23:59:55Z"
    streamer = _ok(api.get("streamer/t--0000-0000-0000-0001--0000/"))
    assert streamer["last_id"] == 200002
    assert _ok(api.get("streamer/report/"))["count"] == 1


def test_streamer_report_errors_are_the_servers(api: httpx.Client) -> None:
    files = {"file": ("r.json", b"{}", "application/json")}
    assert api.post("streamer/report/", files=files).json() == {"error": "missing timestamp argument"}
    missing = api.post(
        "streamer/report/", params={"timestamp": "2026-01-01T00:00:00Z"}, files={"other": ("x", b"")}
    )
    assert missing.status_code == 400 and missing.json() == {"error": "missing request.data['file']"}


def test_event_upload_with_extra_data(api: httpx.Client) -> None:
    data = {
        "stream": EVENT_STREAM,
        "timestamp": "2026-02-01T00:00:00Z",
        "encoded_extra_data": '{"foo": "bar"}',
    }
    body = _ok(api.post("event/upload/", data=data, files={"file": ("e.json", b'{"s": [1]}')}), 201)
    event = _ok(api.get(f"event/{body['id']}/"))
    assert event["extra_data"] == {"foo": "bar"} and event["has_raw_data"] is True


def test_properties_need_a_target(api: httpx.Client) -> None:
    assert api.get("property/").status_code == 406
    created = _ok(
        api.post("property/", json={"name": "Customer", "target": "d--0001", "str_value": "ACME"}), 201
    )
    assert _ok(api.get("property/", params={"target": "d--0001"}))["results"] == [created]


def test_validation_errors_name_the_field(api: httpx.Client) -> None:
    response = api.post("org/", json={"about": "no name"})
    assert response.status_code == 400 and "name" in json.dumps(response.json())


def test_unknown_paths_and_missing_trailing_slash_are_404(api: httpx.Client) -> None:
    assert api.get("org").status_code == 404
    assert api.get("nothing/").json() == {"detail": "Not found."}


def test_faults_come_in_drf_shape(iotile: Sandbox, api: httpx.Client) -> None:
    iotile.faults.script(Fault.status(503))
    response = api.get("org/")
    assert response.status_code == 503 and response.json() == {"detail": "injected fault: HTTP 503"}
    assert api.get("org/").status_code == 200


def test_the_sandbox_implements_every_operation_of_the_spec(iotile: Sandbox) -> None:
    from iotile_spec import OPERATIONS

    assert iotile.backend.operation_ids == {op.id for op in OPERATIONS}


def test_datablocks_archive_devices_under_b_slugs(api: httpx.Client) -> None:
    block = _ok(api.post("datablock/", json={"device": "d--0003", "title": "Trip 12"}), 201)
    assert block["slug"] == "b--0001-0000-0000-0003" and block["device"] == "d--0000-0000-0000-0003"
    second = _ok(api.post("datablock/", json={"device": "d--0003", "title": "Trip 13"}), 201)
    assert second["slug"] == "b--0002-0000-0000-0003"
    assert _ok(api.get("datablock/", params={"q": "13"}))["results"] == [second]
    assert (
        _ok(api.patch(f"datablock/{block['slug']}/", json={"description": "Austin"}))["description"]
        == "Austin"
    )
    assert api.delete(f"datablock/{block['slug']}/").status_code == 204
    assert api.get(f"datablock/{block['slug']}/").status_code == 404


def test_fleets_group_devices(api: httpx.Client) -> None:
    fleet = _ok(api.post("fleet/", json={"name": "Trucks", "org": "demo-org"}), 201)
    assert fleet["slug"] == "g--0000-0000-0001"
    member = {"device": "d--0000-0000-0000-0005", "always_on": False, "is_access_point": True}
    assert _ok(api.post(f"fleet/{fleet['slug']}/register/", json=member), 201) == member
    assert _ok(api.get(f"fleet/{fleet['slug']}/devices/"))["results"] == [member]
    assert _ok(api.get("fleet/", params={"device": "d--0005"}))["count"] == 1
    assert _ok(api.patch(f"fleet/{fleet['slug']}/", json={"is_network": True}))["is_network"] is True
    assert api.delete(f"fleet/{fleet['slug']}/").status_code == 204
    unknown = api.post("fleet/", json={"name": "X", "org": "nope"})
    assert unknown.status_code == 400 and "org" in unknown.json()


def test_bad_paging_parameters_answer_as_drf_does(api: httpx.Client) -> None:
    assert api.get("device/", params={"page": "abc"}).json() == {"detail": "Invalid page."}
    assert api.get("device/", params={"page": "0"}).status_code == 404
    assert len(_ok(api.get("device/", params={"page_size": "lots"}))["results"]) == 50


def test_org_actions_and_target_properties(api: httpx.Client) -> None:
    extra = _ok(api.get("org/demo-org/extra/"))
    assert extra["counts"] == {"projects": 3, "devices": 50, "members": 1}
    assert _ok(api.get("org/demo-org/membership/"))["role"] == "m0"
    _ok(api.post("datablock/", json={"device": "d--0007", "title": "Archive"}), 201)
    assert _ok(api.get("org/demo-org/archives/"))["count"] == 1
    _ok(api.post("property/", json={"name": "Site", "target": "d--0007", "str_value": "Austin"}), 201)
    project = _ok(api.get("project/", params={"slug": "p--0000-0001"}))["results"][0]
    _ok(api.post("property/", json={"name": "Owner", "target": project["id"], "str_value": "ops"}), 201)
    assert [p["name"] for p in _ok(api.get("device/d--0000-0000-0000-0007/properties/"))] == ["Site"]
    assert [p["target"] for p in _ok(api.get(f"project/{project['id']}/properties/"))] == ["p--0000-0001"]
    assert _ok(api.get("property/", params={"target": "d--0000-0000-0000-0007"}))["count"] == 1


def test_event_data_files_and_streamer_reports_read_back(api: httpx.Client) -> None:
    fields = {"stream": EVENT_STREAM, "timestamp": "2026-02-01T00:00:00Z"}
    event = _ok(api.post("event/upload/", data=fields, files={"file": ("e.json", b'{"s": [1, 2]}')}), 201)
    assert _ok(api.get(f"event/{event['id']}/data/")) == {"s": [1, 2]}
    url = _ok(api.get(f"event/{event['id']}/url/"))["url"]
    assert _ok(api.get(url)) == {"s": [1, 2]}
    assert api.get("event/1/data/").status_code == 404  # a seeded event without a file
    listed = api.post("event/upload/", data=fields, files={"file": ("e.json", b"[1, 2]")})
    assert listed.status_code == 400 and "JSON object" in listed.json()["error"]
    streamers = _ok(api.get("device/d--0001/streamers/"))
    assert [s["slug"] for s in streamers] == ["t--0000-0000-0000-0001--0000", "t--0000-0000-0000-0001--0001"]
    report = {"format": "v2", "device": 1, "streamer_index": 1, "device_sent_timestamp": 1, "data": []}
    files = {"file": ("r.json", json.dumps(report).encode())}
    _ok(api.post("streamer/report/", params={"timestamp": "2026-03-01T00:00:00Z"}, files=files), 201)
    reports = _ok(api.get("streamer/t--0000-0000-0000-0001--0001/report/"))
    assert [r["streamer"] for r in reports] == ["t--0000-0000-0000-0001--0001"]


def test_new_project_answers_its_id_and_takes_properties(api: httpx.Client) -> None:
    taken = api.post("project/new/", json={"name": "Again", "org": "demo-org", "device": "d--0009"})
    assert taken.status_code == 400 and "device" in taken.json()  # every demo device is claimed
    created = _ok(api.post("project/new/", json={"name": "Yard", "org": "demo-org"}), 201)
    assert list(created) == ["id"]
    assert _ok(api.get(f"project/{created['id']}/"))["name"] == "Yard"
    prop = _ok(api.post(f"project/{created['id']}/new_property/", json={"name": "Zone", "int_value": 4}), 201)
    assert prop["value"] == 4 and prop["type"] == "int"
    again = api.post(f"project/{created['id']}/new_property/", json={"name": "Zone", "int_value": 5})
    assert again.status_code == 400


def test_msgpack_reports_are_refused_with_the_reason(api: httpx.Client) -> None:
    response = api.post(
        "streamer/report/",
        params={"timestamp": "2026-01-02T00:00:00Z"},
        files={"file": ("report.mp", b"\x81\xa6format\xa4v100", "application/octet-stream")},
    )
    assert response.status_code == 400
    assert "msgpack reports are not supported" in response.json()["error"]
    assert "'report.mp'" in response.json()["error"]
