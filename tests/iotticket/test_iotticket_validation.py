"""Every locator rule, enum, limit and tz format is refused before any request, naming the arguments,
by the blocking and the asyncio client alike (one table for both)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from iotclients.core.errors import InvalidArgumentError
from iotclients.iotticket import AsyncIoTTicketClient, InvalidLocatorError, IoTTicketClient

PATH = ["Root", "Child"]
DEVICE = {"device_id": "dev-1", "device_username": "dev-1", "device_password": "device-pass"}


def no_requests(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent, got {request.method} {request.url}")


def offline() -> IoTTicketClient:
    return IoTTicketClient("id", "secret", organization_id="org", transport=httpx.MockTransport(no_requests))


CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # (method, expected argument fragment, keyword arguments, rule fragment)
    ("get_assets", "asset_id, asset_name, names_path", {"asset_id": "a", "names_path": PATH}, "at most one"),
    ("get_attributes", "asset_id, asset_name, names_path", {}, "exactly one"),
    ("get_attributes", "attribute_type", {"asset_id": "a", "attribute_type": "number"}, "case-sensitive"),
    (
        "get_asset_template",
        "template_id, template_name",
        {"template_id": "t", "template_name": "n"},
        "exactly one",
    ),
    (
        "print_asset_tree",
        "asset_id, asset_name, names_path",
        {"asset_name": "x", "names_path": PATH},
        "at most one",
    ),
    ("get_devices", "asset_id, asset_name, names_path", {"asset_id": "a", "asset_name": "b"}, "at most one"),
    ("get_command_details", "names_path, asset_name, asset_id", {}, "exactly one"),
    ("get_command_details", "timestamp", {"asset_id": "a", "timestamp": "iso"}, "'datetime' or 'epoch'"),
    ("get_command_details", "tz", {"asset_id": "a", "tz": "Mars/Olympus_Mons"}, "Europe/Helsinki"),
    ("send_command", "payload, template_variables", {"names_path": [*PATH, "cmd"]}, "exactly one"),
    ("send_command", "asset_name, asset_id", {"payload": 1, "attribute_id": "x"}, "exactly one"),
    ("send_command", "attribute_name, attribute_id", {"payload": 1, "asset_id": "a"}, "exactly one"),
    (
        "send_control_command",
        "names_path, asset_name",
        {"desired_value": 1, "names_path": [*PATH, "c"], "asset_id": "a"},
        "alone",
    ),
    (
        "get_timeseries",
        "names_path, attribute_id",
        {"names_path": [*PATH, "x"], "attribute_id": "a"},
        "exactly one",
    ),
    ("get_timeseries", "form", {"attribute_id": "a", "form": "csv"}, "'DataFrame' or 'json'"),
    ("get_timeseries", "limit", {"attribute_id": "a", "limit": 10001}, "1 to 10000"),
    ("get_timeseries", "astype", {"attribute_id": "a", "astype": "float"}, "must be a type"),
    ("get_timeseries", "tz", {"attribute_id": "a", "tz": "+25:00"}, "+02:00"),
    (
        "get_timeseries",
        "start_time, end_time",
        {"attribute_id": "a", "start_time": 10, "end_time": 5},
        "not be after",
    ),
    ("get_multiple_timeseries", "names_path, asset_name, asset_id, attribute_ids", {}, "exactly one"),
    (
        "get_multiple_timeseries",
        "timestamp",
        {"attribute_ids": ["a"], "timestamp": "unix"},
        "'datetime' or 'epoch'",
    ),
    (
        "get_multiple_timeseries",
        "column_names",
        {"attribute_ids": ["a"], "column_names": ["x", "y"]},
        "1 names",
    ),
    (
        "get_statistics",
        "period",
        {"period": "currentday", "dimension": "Hour", "attribute_id": "a"},
        "case-sensitive",
    ),
    (
        "get_statistics",
        "dimension",
        {"period": "CurrentDay", "dimension": "Decade", "attribute_id": "a"},
        "case-sensitive",
    ),
    (
        "get_statistics",
        "start_time, end_time",
        {"period": "Custom", "dimension": "Hour", "attribute_id": "a"},
        "Custom",
    ),
    (
        "get_statistics",
        "limit",
        {"period": "CurrentDay", "dimension": "Hour", "attribute_id": "a", "limit": 0},
        "1 to 10000",
    ),
    ("get_timesignal", "attribute_id, names_path", {"timesignal_id": "s"}, "exactly one"),
    ("get_asset_event_history", "asset_ids, asset_names", {}, "exactly one"),
    ("get_asset_event_history", "event_type", {"asset_ids": ["a"], "event_type": "alarm"}, "case-sensitive"),
    (
        "get_asset_event_history",
        "acknowledged, only_acknowledged",
        {"asset_ids": ["a"], "acknowledged": False, "only_acknowledged": True},
        "nothing",
    ),
    (
        "get_asset_events_active",
        "asset_ids, asset_names",
        {"asset_ids": ["a"], "asset_names": ["b"]},
        "at most one",
    ),
    ("get_asset_events_active", "limit", {"limit": 20000}, "1 to 10000"),
    ("write_static", "names_path, attribute_names", {"data": [1], "names_path": PATH}, "go together"),
    ("write_static", "attribute_ids, data", {"data": [1, 2], "attribute_ids": ["a"]}, "one entry per value"),
    ("write_static", "data[0]", {"data": [True], "attribute_ids": ["a"]}, "str, int or finite float"),
    ("write_calculated", "names_path, attribute_ids", {"data": [{"timestamp": 0, "x": 1.0}]}, "exactly one"),
    ("get_model_details", "model_name, model_id", {}, "exactly one"),
    ("delete_service", "service_name, service_id", {"service_name": "a", "service_id": "b"}, "exactly one"),
    ("register_model", "model", {"model": {"name": "m"}}, "client_id with scope, or headers"),
    ("get_credential_query", "credential_id, credential_name, client_id, scope", {}, "at least one"),
]


def refused(flavour: str, method: str, args: dict[str, Any]) -> InvalidArgumentError:
    """The error ``method(**args)`` raises on an offline client of either flavour (nothing is sent)."""
    if flavour == "sync":
        with offline() as client, pytest.raises(InvalidArgumentError) as caught:
            getattr(client, method)(**args)
        return caught.value

    async def call() -> InvalidArgumentError:
        transport = httpx.MockTransport(no_requests)
        async with AsyncIoTTicketClient("id", "secret", organization_id="org", transport=transport) as client:
            with pytest.raises(InvalidArgumentError) as caught:
                await getattr(client, method)(**args)
            return caught.value

    return asyncio.run(call())


FLAVOURS = pytest.mark.parametrize("flavour", ["sync", "async"])


@FLAVOURS
@pytest.mark.parametrize(
    ("method", "argument", "kwargs", "rule"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_refused_before_sending(
    flavour: str, method: str, argument: str, kwargs: dict[str, Any], rule: str
) -> None:
    error = refused(flavour, method, kwargs)
    assert argument in error.argument
    assert rule in str(error)


DEVICE_CASES: list[tuple[str, dict[str, Any], str]] = [
    ("write_device_event", {"event_id": "x" * 256, "message": "m", "timestamp": 0}, "['id']"),
    (
        "write_device_event",
        {"event_id": "e", "message": "m", "timestamp": 0, "severity": "high"},
        "['severity']",
    ),
    (
        "write_device_event",
        {"event_id": "e", "message": "m", "timestamp": 0, "event_type": "Error"},
        "['type']",
    ),
    (
        "write_device_event",
        {"event_id": "e", "message": "m", "timestamp": 0, "event_group_name": "g" * 256},
        "['gn']",
    ),
    (
        "write_timesignal",
        {"attribute_name": "a", "timestamp": 0, "timesignal_id": "i" * 256, "value": {}},
        "['id']",
    ),
    ("write_telemetry", {"data": [{"time": 0, "a": 1.0}]}, "data[0]"),
    ("write_telemetry", {"data": [{"timestamp": 0, "a": 1.0}], "units": ["u" * 256]}, "units[0]"),
    ("write_telemetry", {"data": [{"timestamp": 0, "a": 1.0}], "units": ["a", "b"]}, "units"),
    ("write_telemetry", {"data": [{"timestamp": 0, "a": 1.0}], "tz": "02:00"}, "tz"),
]


@FLAVOURS
@pytest.mark.parametrize(("method", "kwargs", "argument"), DEVICE_CASES)
def test_device_writes_refused_before_sending(
    flavour: str, method: str, kwargs: dict[str, Any], argument: str
) -> None:
    assert argument in refused(flavour, method, {**DEVICE, **kwargs}).argument


def test_names_path_must_be_a_list_of_names() -> None:
    with offline() as client:
        for bad in ("Root/Child", [], ["Root", ""], ["Root", 3]):
            with pytest.raises(InvalidLocatorError):
                client.get_assets(names_path=bad)  # type: ignore[arg-type]
        with pytest.raises(InvalidLocatorError, match="at least 2 name"):
            client.get_timeseries(names_path=["OnlyAsset"])


def test_astype_is_also_a_type_error() -> None:
    with offline() as client, pytest.raises(TypeError):
        client.get_timeseries(attribute_id="a", astype=3)  # type: ignore[arg-type]


def test_credentials_come_from_arguments_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "IOTTICKET_CLIENT_ID",
        "IOTTICKET_CLIENT_SECRET",
        "IOTTICKET_ORGANIZATION_ID",
        "IOTTICKET_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(InvalidArgumentError, match="IOTTICKET_CLIENT_ID"):
        IoTTicketClient()
    monkeypatch.setenv("IOTTICKET_CLIENT_ID", "env-id")
    monkeypatch.setenv("IOTTICKET_CLIENT_SECRET", "env-secret-value")
    with pytest.raises(InvalidArgumentError, match="IOTTICKET_ORGANIZATION_ID"):
        IoTTicketClient()
    monkeypatch.setenv("IOTTICKET_ORGANIZATION_ID", "env-org")
    monkeypatch.setenv("IOTTICKET_BASE_URL", "http://127.0.0.1:9")
    with IoTTicketClient() as client:
        assert client.organization_id == "env-org"
        assert client.base_url.startswith("http://127.0.0.1:9")
