"""The IoT-TICKET sandbox as the SDK documents it: device timestamps as ISO strings or integer
epochs (milliseconds), and every 401 with the ``WWW-Authenticate`` challenge RFC 7235 requires."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest
from iotticket_support import basic

from iotclients_sandbox import Sandbox
from iotclients_sandbox.iotticket import DEMO_DEVICES, DEMO_ORG

ORG = f"/api/v1/organizations/{DEMO_ORG}"
TELEMETRY = f"/http-adapter/telemetry/{DEMO_ORG}/press-a-01"
EVENTS = f"/http-adapter/event/{DEMO_ORG}/press-a-01"
PRESS_A = basic(f"press-a-01@{DEMO_ORG}", DEMO_DEVICES["press-a-01"])
EPOCH_MS = int(datetime.datetime(2030, 1, 2, 3, 4, 5, 678000, tzinfo=datetime.UTC).timestamp() * 1000)
SAME_AS_ISO = "2030-01-02T03:04:05.678Z"


def _attribute(api: httpx.Client, name: str) -> dict[str, Any]:
    by_id = {a["id"]: a for a in api.get(f"{ORG}/assets").json()}
    pump = next(
        a
        for a in by_id.values()
        if a["name"] == "Pump" and by_id[by_id[a["parentId"]]["parentId"]]["name"] == "Press A"
    )
    attributes = api.get(f"{ORG}/assets/{pump['id']}/attributes").json()
    found: dict[str, Any] = next(a for a in attributes if a["name"] == name)
    return found


def _put(api: httpx.Client, url: str, body: Any) -> httpx.Response:
    return api.put(url, json=body, headers={"Authorization": PRESS_A})


def test_telemetry_sets_and_timesignals_take_integer_epoch_milliseconds(api: httpx.Client) -> None:
    data_set = {
        "t_set": [{"id": "s", "ts": EPOCH_MS, "t": [{"n": "pressure", "dt": "double", "value": 6.5}]}]
    }
    assert _put(api, TELEMETRY, data_set).status_code == 202
    pressure = _attribute(api, "Pressure")
    latest = api.get(f"{ORG}/attributes/{pressure['id']}/timeseries", params={"limit": 1}).json()
    assert latest["values"] == [{"ts": SAME_AS_ISO, "v": 6.5}]

    signal = {"ts": [{"n": "vibration", "ts": EPOCH_MS, "id": "sig-epoch", "value": {"data": [3]}}]}
    assert _put(api, TELEMETRY, signal).status_code == 202
    vibration = _attribute(api, "Vibration")
    read = api.get(f"{ORG}/attributes/{vibration['id']}/timesignals/sig-epoch").json()
    assert read == {"id": "sig-epoch", "ts": SAME_AS_ISO, "value": {"data": [3]}}


def test_events_take_integer_epoch_milliseconds(api: httpx.Client) -> None:
    event = {"id": "EPOCH", "m": "Door open", "ts": EPOCH_MS, "type": "Alarm", "severity": "High"}
    assert _put(api, EVENTS, {"e": [event]}).status_code == 202
    closing = {**event, "ts": EPOCH_MS + 60_000, "active": False}
    assert _put(api, EVENTS, {"e": [closing]}).status_code == 202
    door = next(e for e in api.get(f"{ORG}/events/history").json() if e["eventId"] == "EPOCH")
    assert door["endTime"] == "2030-01-02T03:05:05.678Z"


@pytest.mark.parametrize("stamp", [True, 1.5, "", None, [1]])
def test_other_timestamps_are_still_refused(api: httpx.Client, stamp: Any) -> None:
    event = {"id": "BAD", "m": "x", "ts": stamp}
    response = _put(api, EVENTS, {"e": [event]})
    assert response.status_code == 400, response.text


def test_every_401_carries_a_challenge(sandbox: Sandbox, api: httpx.Client) -> None:
    with httpx.Client(base_url=sandbox.url, timeout=10.0) as anonymous:
        missing = anonymous.get(f"{ORG}/assets")
        wrong = anonymous.get(f"{ORG}/assets", headers={"Authorization": "Bearer nope"})
        device = anonymous.put(TELEMETRY, json={"t_set": []})
        wrong_device = anonymous.put(
            TELEMETRY, json={"t_set": []}, headers={"Authorization": basic(f"press-a-01@{DEMO_ORG}", "no")}
        )
        token = anonymous.post(
            "/oauth2/token", data={"grant_type": "client_credentials", "client_id": "x", "client_secret": "y"}
        )
    for response, scheme in (
        (missing, "Bearer"),
        (wrong, "Bearer"),
        (device, "Basic"),
        (wrong_device, "Basic"),
    ):
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"] == f'{scheme} realm="iot-ticket"'
    assert token.status_code == 401 and token.headers["WWW-Authenticate"].startswith("Basic ")
    assert "WWW-Authenticate" not in api.get(f"{ORG}/assets").headers
