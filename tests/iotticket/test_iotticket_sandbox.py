"""The IoT-TICKET sandbox over loopback HTTP: tokens, isolation, the tree, data, events, commands,
registries and the device http-adapter (Basic auth, 2,048 bytes, 202 then visible)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from iotticket_support import basic, fetch_token

from iotclients_sandbox import Sandbox
from iotclients_sandbox.faults import Fault
from iotclients_sandbox.iotticket import (
    DEMO_DEVICES,
    DEMO_ORG,
    OTHER_CLIENT_ID,
    OTHER_CLIENT_SECRET,
    OTHER_ORG,
)

ORG = f"/api/v1/organizations/{DEMO_ORG}"
PRESS_A = basic(f"press-a-01@{DEMO_ORG}", DEMO_DEVICES["press-a-01"])


def assets(api: httpx.Client) -> list[dict[str, Any]]:
    response = api.get(f"{ORG}/assets")
    assert response.status_code == 200
    found: list[dict[str, Any]] = response.json()
    return found


def pump_a_attribute(api: httpx.Client, name: str) -> dict[str, Any]:
    by_id = {a["id"]: a for a in assets(api)}
    pump = next(
        a
        for a in by_id.values()
        if a["name"] == "Pump" and by_id[by_id[a["parentId"]]["parentId"]]["name"] == "Press A"
    )
    attributes = api.get(f"{ORG}/assets/{pump['id']}/attributes").json()
    found: dict[str, Any] = next(a for a in attributes if a["name"] == name)
    return found


def test_token_endpoint_takes_a_form_and_answers_rfc6749_errors(sandbox: Sandbox) -> None:
    with httpx.Client(base_url=sandbox.url) as http:
        assert fetch_token(http)
        wrong = http.post(
            "/oauth2/token", data={"grant_type": "client_credentials", "client_id": "x", "client_secret": "y"}
        )
        assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_client"
        grant = http.post(
            "/oauth2/token", data={"grant_type": "password", "client_id": "x", "client_secret": "y"}
        )
        assert grant.status_code == 400 and grant.json()["error"] == "unsupported_grant_type"
        assert http.get(f"{ORG}/assets").status_code == 401
        assert http.get(f"{ORG}/assets", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_a_token_for_one_organization_cannot_read_another(sandbox: Sandbox, api: httpx.Client) -> None:
    assert api.get(f"/api/v1/organizations/{OTHER_ORG}/assets").status_code == 403
    assert api.get("/api/v1/organizations/nowhere/assets").status_code == 404
    with httpx.Client(base_url=sandbox.url) as other:
        other.headers["Authorization"] = f"Bearer {fetch_token(other, OTHER_CLIENT_ID, OTHER_CLIENT_SECRET)}"
        assert other.get(f"{ORG}/assets").status_code == 403
        assert [o["id"] for o in other.get("/api/v1/organizations").json()] == [OTHER_ORG]
        names = [a["name"] for a in other.get(f"/api/v1/organizations/{OTHER_ORG}/assets").json()]
        assert names == ["Site X", "Line 1"]
        assert other.get(f"/api/v1/organizations/{OTHER_ORG}").status_code == 403  # not a subscription owner
    # The other organization's device cannot write into the demo organization either.
    body = {"t": [{"n": "x", "dt": "double", "data": [{"2024-01-01T00:00:00.000Z": 1.0}]}]}
    wrong_org = api.put(
        f"/http-adapter/telemetry/{DEMO_ORG}/press-a-01",
        json=body,
        headers={"Authorization": basic(f"other-dev-01@{OTHER_ORG}", "other-pass")},
    )
    assert wrong_org.status_code == 401


def test_demo_tree_has_five_levels_repeated_names_and_an_ambiguous_pair(api: httpx.Client) -> None:
    tree = {a["id"]: a for a in assets(api)}

    def depth(asset: dict[str, Any]) -> int:
        return 1 if asset["parentId"] is None else 1 + depth(tree[asset["parentId"]])

    assert max(depth(a) for a in tree.values()) >= 5
    names = [a["name"] for a in tree.values()]
    for repeated in ("Line 1", "Hydraulics", "Pump"):
        assert names.count(repeated) >= 2
    siblings = [(a["parentId"], a["name"]) for a in tree.values()]
    assert any(siblings.count(pair) == 2 for pair in siblings)
    roots = api.get(f"{ORG}/assets", params={"root": "true"}).json()
    assert {a["name"] for a in roots} == {"Tampere Factory", "Oulu Factory"}
    line = next(a for a in roots if a["name"] == "Tampere Factory")
    children = api.get(f"{ORG}/assets/{line['id']}/children").json()
    assert children == api.get(f"{ORG}/assets", params={"parentId": line["id"]}).json()
    bad = api.get(f"{ORG}/assets", params={"root": "true", "parentId": line["id"]})
    assert bad.status_code == 400


def test_attributes_of_every_type_and_filters(api: httpx.Client) -> None:
    pump = pump_a_attribute(api, "Pressure")
    listed = api.get(f"{ORG}/assets/{pump['assetId']}/attributes").json()
    assert {a["type"] for a in listed} == {
        "TelemetryData",
        "Calculated",
        "Command",
        "Number",
        "String",
        "TimeSignal",
        "AssetEvent",
        "DeviceEvent",
    }
    commands = api.get(f"{ORG}/assets/{pump['assetId']}/attributes", params={"type": "Command"}).json()
    assert {a["type"] for a in commands} == {"Command"}
    assert api.get(f"{ORG}/assets/{pump['assetId']}/attributes", params={"type": "Nope"}).status_code == 400


def test_adapter_accepts_202_and_later_reads_see_the_write(api: httpx.Client) -> None:
    pressure = pump_a_attribute(api, "Pressure")
    body = {
        "t": [{"n": "pressure", "dt": "double", "unit": "bar", "data": [{"2030-01-01T00:00:00.000Z": 9.5}]}]
    }
    response = api.put(
        f"/http-adapter/telemetry/{DEMO_ORG}/press-a-01", json=body, headers={"Authorization": PRESS_A}
    )
    assert response.status_code == 202 and response.content == b""
    latest = api.get(f"{ORG}/attributes/{pressure['id']}/timeseries", params={"limit": 1}).json()
    assert latest["values"] == [{"ts": "2030-01-01T00:00:00.000Z", "v": 9.5}]
    data_set = {
        "t_set": [
            {
                "id": "s",
                "ts": "2030-01-02T00:00:00.000Z",
                "t": [{"n": "pressure", "dt": "double", "value": 7.0}],
            }
        ]
    }
    assert (
        api.put(
            f"/http-adapter/telemetry/{DEMO_ORG}/press-a-01",
            json=data_set,
            headers={"Authorization": PRESS_A},
        ).status_code
        == 202
    )
    latest = api.get(f"{ORG}/attributes/{pressure['id']}/timeseries", params={"limit": 1}).json()
    assert latest["values"][0]["v"] == 7.0
    signal = pump_a_attribute(api, "Vibration")
    ts = {
        "ts": [{"n": "vibration", "ts": "2030-01-01T00:00:00.000Z", "id": "sig-9", "value": {"data": [1, 2]}}]
    }
    assert (
        api.put(
            f"/http-adapter/telemetry/{DEMO_ORG}/press-a-01", json=ts, headers={"Authorization": PRESS_A}
        ).status_code
        == 202
    )
    read = api.get(f"{ORG}/attributes/{signal['id']}/timesignals/sig-9").json()
    assert read == {"id": "sig-9", "ts": "2030-01-01T00:00:00.000Z", "value": {"data": [1, 2]}}


@pytest.mark.parametrize(
    ("username", "password", "device", "status"),
    [
        (f"press-a-01@{DEMO_ORG}", "wrong", "press-a-01", 401),
        ("press-a-01", DEMO_DEVICES["press-a-01"], "press-a-01", 202),  # bare device name: the path's org
        (f"press-a-01@{DEMO_ORG}", DEMO_DEVICES["press-a-01"], "press-b-01", 403),
        (f"ghost@{DEMO_ORG}", "x", "ghost", 401),
    ],
)
def test_adapter_device_auth(
    api: httpx.Client, username: str, password: str, device: str, status: int
) -> None:
    body = {"t": [{"n": "pressure", "dt": "double", "data": [{"2030-01-01T00:00:00.000Z": 1.0}]}]}
    response = api.put(
        f"/http-adapter/telemetry/{DEMO_ORG}/{device}",
        json=body,
        headers={"Authorization": basic(username, password)},
    )
    assert response.status_code == status


def test_adapter_limit_is_2048_bytes_exactly(api: httpx.Client) -> None:
    def body_of(size: int) -> bytes:
        head = b'{"t":[{"n":"pressure","dt":"string","data":[{"2030-01-01T00:00:00.000Z":"'
        tail = b'"}]}]}'
        return head + b"x" * (size - len(head) - len(tail)) + tail

    headers = {"Authorization": PRESS_A, "Content-Type": "application/json"}
    url = f"/http-adapter/telemetry/{DEMO_ORG}/press-a-01"
    assert api.put(url, content=body_of(2048), headers=headers).status_code == 202
    over = api.put(url, content=body_of(2049), headers=headers)
    assert over.status_code == 413 and over.json()["code"] == "payload_too_large"
    assert (
        api.put(
            f"/http-adapter/event/{DEMO_ORG}/press-a-01", content=body_of(2049), headers=headers
        ).status_code
        == 413
    )


def test_adapter_validates_bodies(api: httpx.Client) -> None:
    url = f"/http-adapter/telemetry/{DEMO_ORG}/press-a-01"
    two_keys = {"t": [], "ts": []}
    assert api.put(url, json=two_keys, headers={"Authorization": PRESS_A}).status_code == 400
    long_unit = {"t": [{"n": "p", "dt": "double", "unit": "u" * 256, "data": [{"2030-01-01T00:00:00Z": 1}]}]}
    assert api.put(url, json=long_unit, headers={"Authorization": PRESS_A}).status_code == 400
    bad_event = {"e": [{"id": "x", "m": "y", "ts": "2030-01-01T00:00:00Z", "severity": "Extreme"}]}
    assert (
        api.put(
            f"/http-adapter/event/{DEMO_ORG}/press-a-01", json=bad_event, headers={"Authorization": PRESS_A}
        ).status_code
        == 400
    )


def test_device_events_become_active_then_history(api: httpx.Client) -> None:
    url = f"/http-adapter/event/{DEMO_ORG}/press-a-01"
    before = api.get(f"{ORG}/events/active/count").json()["count"]
    event = {
        "id": "DOOR",
        "m": "Door open",
        "ts": "2030-01-01T00:00:00.000Z",
        "type": "Alarm",
        "severity": "Critical",
    }
    assert (
        api.put(url, json={"e": [{**event, "active": True}]}, headers={"Authorization": PRESS_A}).status_code
        == 202
    )
    assert api.get(f"{ORG}/events/active/count").json()["count"] == before + 1
    active = api.get(f"{ORG}/events/active", params={"type": "Alarm"}).json()
    assert any(e["eventId"] == "DOOR" and e["active"] for e in active)
    closing = {**event, "ts": "2030-01-01T00:05:00.000Z", "active": False}
    assert api.put(url, json={"e": [closing]}, headers={"Authorization": PRESS_A}).status_code == 202
    assert api.get(f"{ORG}/events/active/count").json()["count"] == before
    history = api.get(f"{ORG}/events/history").json()
    door = next(e for e in history if e["eventId"] == "DOOR")
    assert door["endTime"] == "2030-01-01T00:05:00.000Z" and not door["active"]
    only = api.get(f"{ORG}/events/history", params={"onlyAcknowledged": "true"}).json()
    assert only and all(e["acknowledged"] for e in only)
    contradiction = api.get(
        f"{ORG}/events/history", params={"onlyAcknowledged": "true", "acknowledged": "false"}
    )
    assert contradiction.status_code == 400


def test_statistics_by_period_and_dimension(api: httpx.Client) -> None:
    pressure = pump_a_attribute(api, "Pressure")
    url = f"{ORG}/attributes/{pressure['id']}/statistics"
    custom = {
        "period": "Custom",
        "dimension": "Hour",
        "start": "2030-01-01T00:00:00Z",
        "end": "2030-01-01T02:59:59Z",
    }
    body = {
        "t": [
            {
                "n": "pressure",
                "dt": "double",
                "data": [
                    {"2030-01-01T00:10:00.000Z": 1.0},
                    {"2030-01-01T00:20:00.000Z": 3.0},
                    {"2030-01-01T02:00:00.000Z": 10.0},
                ],
            }
        ]
    }
    api.put(f"/http-adapter/telemetry/{DEMO_ORG}/press-a-01", json=body, headers={"Authorization": PRESS_A})
    rows = api.get(url, params=custom).json()
    assert rows == [
        {"stattime": "2030-01-01T00:00:00.000Z", "count": 2, "sum": 4.0, "avg": 2.0, "min": 1.0, "max": 3.0},
        {
            "stattime": "2030-01-01T02:00:00.000Z",
            "count": 1,
            "sum": 10.0,
            "avg": 10.0,
            "min": 10.0,
            "max": 10.0,
        },
    ]
    assert api.get(url, params={**custom, "dimension": "Day"}).json()[0]["count"] == 3
    assert api.get(url, params={"period": "Custom", "dimension": "Hour"}).status_code == 400
    assert (
        api.get(url, params={"period": "currentday", "dimension": "Hour"}).status_code == 400
    )  # case-sensitive
    seeded = api.get(url, params={"period": "PreviousDay", "dimension": "Day"}).json()
    assert len(seeded) == 1 and seeded[0]["count"] == 144  # every ten minutes over the whole day


def test_query_timeseries_caps_attributes_per_call(api: httpx.Client) -> None:
    pressure = pump_a_attribute(api, "Pressure")
    ok = api.post(f"{ORG}/timeseries/query", json={"attributeIds": [pressure["id"]] * 50, "limit": 2})
    assert ok.status_code == 200 and len(ok.json()) == 50
    over = api.post(f"{ORG}/timeseries/query", json={"attributeIds": [pressure["id"]] * 51})
    assert over.status_code == 413


def test_static_and_calculated_writes_check_the_attribute_type(api: httpx.Client) -> None:
    rated = pump_a_attribute(api, "Rated power")
    assert api.put(f"{ORG}/attributes/{rated['id']}/value", json={"value": 11}).status_code == 202
    assert pump_a_attribute(api, "Rated power")["value"] == 11
    assert api.put(f"{ORG}/attributes/{rated['id']}/value", json={"value": "eleven"}).status_code == 400
    efficiency = pump_a_attribute(api, "Efficiency")
    values = {"values": [{"ts": "2030-01-01T00:00:00.000Z", "v": 90.5}]}
    assert api.post(f"{ORG}/attributes/{efficiency['id']}/calculated", json=values).status_code == 202
    read = api.get(f"{ORG}/attributes/{efficiency['id']}/timeseries", params={"limit": 1}).json()
    assert read["values"] == [{"ts": "2030-01-01T00:00:00.000Z", "v": 90.5}]
    assert api.post(f"{ORG}/attributes/{rated['id']}/calculated", json=values).status_code == 400


def test_commands_payload_rules_aggregation_and_latest_log(api: httpx.Client) -> None:
    setpoint = pump_a_attribute(api, "Setpoint")
    valve = pump_a_attribute(api, "Valve")
    url = f"{ORG}/attributes/{setpoint['id']}/commands"
    assert api.post(url, json={"payload": 1}).status_code == 400  # Templated attribute
    assert api.post(url, json={}).status_code == 400
    assert api.post(url, json={"payload": 1, "templateVariables": {}}).status_code == 400
    assert api.post(f"{ORG}/attributes/{valve['id']}/commands", json={"payload": "open"}).status_code == 202
    sent = api.post(url, json={"templateVariables": {"VAL_bar": 6}})
    assert sent.status_code == 202 and sent.json()["commandId"]
    control = api.post(
        f"{ORG}/attributes/{setpoint['id']}/control-commands",
        json={"desiredValue": 6.5, "skipFirstCommand": True},
    )
    assert control.status_code == 202
    latest = api.get(
        f"{ORG}/assets/{setpoint['assetId']}/commands/latest", params={"identifierName": "setpoint"}
    ).json()
    assert len(latest) == 1 and latest[0]["desiredValue"] == 6.5 and latest[0]["status"] == "Pending"
    pressure = pump_a_attribute(api, "Pressure")
    assert api.post(f"{ORG}/attributes/{pressure['id']}/commands", json={"payload": 1}).status_code == 400


def test_registries_enforce_names_and_in_use_rules(api: httpx.Client) -> None:
    models = {m["name"]: m["id"] for m in api.get(f"{ORG}/ml-models").json()}
    assert api.delete(f"{ORG}/ml-models/{models['Yield forecast']}").status_code == 409
    update = {"name": "Yield forecast", "triggerUrl": "https://x", "method": "POST", "inputs": []}
    assert api.put(f"{ORG}/ml-models/{models['Yield forecast']}", json=update).status_code == 409
    update.pop("inputs")
    assert api.put(f"{ORG}/ml-models/{models['Yield forecast']}", json=update).status_code == 204
    assert api.delete(f"{ORG}/ml-models/{models['Energy model']}").status_code == 204
    create = {
        "name": "Yield forecast",
        "triggerUrl": "https://x",
        "method": "GET",
        "headers": {},
        "inputs": [],
        "outputs": [],
    }
    assert api.post(f"{ORG}/ml-models", json=create).status_code == 409
    no_auth = {**create, "name": "New"}
    no_auth.pop("headers")
    assert api.post(f"{ORG}/ml-models", json=no_auth).status_code == 400
    count = api.get(f"{ORG}/analytics-items/count").json()["count"]
    upload = api.post(
        f"{ORG}/onnx-models",
        data={"name": "Tiny"},
        files={"file": ("tiny.onnx", b"\x08\x01", "application/octet-stream")},
    )
    assert upload.status_code == 201
    assert api.get(f"{ORG}/analytics-items/count").json()["count"] == count + 1
    not_onnx = api.post(
        f"{ORG}/onnx-models", data={"name": "Txt"}, files={"file": ("a.txt", b"x", "text/plain")}
    )
    assert not_onnx.status_code == 400
    detail = api.get(f"{ORG}/onnx-models/{upload.json()['id']}").json()
    assert detail["name"] == "Tiny" and detail["inUse"] is False
    assert api.patch(f"{ORG}/onnx-models/{upload.json()['id']}", json={"name": "Tiny 2"}).status_code == 204
    assert api.delete(f"{ORG}/onnx-models/{upload.json()['id']}").status_code == 204
    services = api.get(f"{ORG}/ml-services").json()
    assert "inputSchema" not in services[0]  # the list fills only the basic fields
    assert api.get(f"{ORG}/ml-services/{services[0]['id']}").json()["inputSchema"] == {"type": "object"}
    assert api.delete(f"{ORG}/ml-services/{services[0]['id']}").status_code == 409


def test_credentials_filters_and_no_secret(api: httpx.Client) -> None:
    listed = api.get(f"{ORG}/credentials").json()
    assert len(listed) == 2 and all("secret" not in str(c).lower() for c in listed)
    one = api.get(f"{ORG}/credentials", params={"name": "Databricks"}).json()
    assert [c["name"] for c in one] == ["Databricks"]


def test_faults_come_from_the_framework(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.app.faults.script(Fault.status(503))
    failed = api.get(f"{ORG}/assets")
    assert failed.status_code == 503 and failed.json()["code"] == "injected_fault"
    assert api.get(f"{ORG}/assets").status_code == 200


def test_tokens_expire(sandbox: Sandbox) -> None:
    from iotclients_sandbox.iotticket import create_app

    now = [1_000_000.0]
    app = create_app(token_ttl=60, clock=lambda: now[0])
    with Sandbox(app, shutdown_timeout=3.0) as short, httpx.Client(base_url=short.url) as http:
        http.headers["Authorization"] = f"Bearer {fetch_token(http)}"
        assert http.get(f"{ORG}/assets").status_code == 200
        now[0] += 61
        assert http.get(f"{ORG}/assets").status_code == 401


def test_client_credentials_options_replace_the_demo_client() -> None:
    from iotclients_sandbox.vendors import create_app as create_vendor_app

    app = create_vendor_app("iotticket", client_id="ci-client", client_secret="ci-secret")
    assert app.credentials["client_id"] == "ci-client"
    assert app.credentials["device press-a-01"] == f"press-a-01@{DEMO_ORG} / {DEMO_DEVICES['press-a-01']}"
    with Sandbox(app, shutdown_timeout=3.0) as custom, httpx.Client(base_url=custom.url) as http:
        assert fetch_token(http, "ci-client", "ci-secret")
        form = {
            "grant_type": "client_credentials",
            "client_id": "iotticket-demo-client",
            "client_secret": "iotticket-demo-secret",
        }
        assert http.post("/oauth2/token", data=form).status_code == 401
    with pytest.raises(ValueError, match="the oden sandbox does not take client_id"):
        create_vendor_app("oden", client_id="x")
