"""Every SDK method of the IoT-TICKET clients, called once on the demo organization: its
arguments, the operations it must send (in order, the token endpoint left out) and what it must
return. The blocking and the asyncio client are both held to this one table."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from iotticket_support import PUMP_A

from iotclients.core import errors
from iotclients.iotticket import AmbiguousPathError, CommandLogEntry, PathNotFoundError, WriteResult
from iotclients_generated.iotticket import models as m
from iotclients_sandbox import Sandbox

NOW = 1_900_000_000.0
"""The sandbox's fixed clock (seconds): the seeded data, and so every reply, never moves."""
NOW_MS = int(NOW * 1000)
PRESSURE = [*PUMP_A, "Pressure"]
SCALE = ["Oulu Factory", "Line 1", "Packaging", "Sensors", "Scale"]
DEVICE = ("press-a-01", "press-a-01", "press-a-pass")
STAMP = "2030-01-01T00:00:00Z"

Ids = Mapping[str, str]
"""Names of demo objects mapped to their ids, read from the sandbox's state."""


def demo_ids(sandbox: Sandbox) -> dict[str, str]:
    with sandbox.app.backend.locked() as state:
        store = state.orgs["demo-org"]
        by_path: dict[str, str] = {}
        for asset in store.assets.values():
            names, parent = [asset.name], asset.parent_id
            while parent is not None:
                names.insert(0, store.assets[parent].name)
                parent = store.assets[parent].parent_id
            by_path["/".join(names)] = asset.id
        pump = by_path["/".join(PUMP_A)]
        found = {"pump": pump}
        found.update((f"attr:{a.name}", a.id) for a in store.attributes.values() if a.asset_id == pump)
        found.update((f"onnx:{o.name}", o.id) for o in store.onnx_models.values())
        return found


class SdkCall(NamedTuple):
    method: str
    arguments: Callable[[Ids, Path], tuple[tuple[Any, ...], dict[str, Any]]]
    sends: tuple[str, ...]
    check: Callable[[Any, Ids], None]
    is_property: bool = False


def call(*args: Any, **kwargs: Any) -> Callable[[Ids, Path], tuple[tuple[Any, ...], dict[str, Any]]]:
    return lambda ids, folder: (args, kwargs)


def with_ids(
    make: Callable[[Ids], dict[str, Any]], *args: Any
) -> Callable[[Ids, Path], tuple[tuple[Any, ...], dict[str, Any]]]:
    return lambda ids, folder: (args, make(ids))


def items(kind: type, count: int | None = None, names: set[str] | None = None) -> Callable[[Any, Ids], None]:
    def check(result: Any, ids: Ids) -> None:
        assert isinstance(result, list) and result, result
        assert all(isinstance(item, kind) for item in result), [type(item) for item in result]
        if count is not None:
            assert len(result) == count, result
        if names is not None:
            assert {item.name for item in result} == names, result

    return check


def one(kind: type, **expected: Any) -> Callable[[Any, Ids], None]:
    def check(result: Any, ids: Ids) -> None:
        assert isinstance(result, kind), type(result)
        for name, value in expected.items():
            assert getattr(result, name) == value, (name, getattr(result, name))

    return check


def accepted(requests: int, items_sent: tuple[int, ...]) -> Callable[[Any, Ids], None]:
    def check(result: Any, ids: Ids) -> None:
        assert isinstance(result, WriteResult) and result  # truthy: the seed's ``if client.write_...``
        assert len(result.requests) == requests and result.accepted_items == items_sent

    return check


def is_(value: Any) -> Callable[[Any, Ids], None]:
    def check(result: Any, ids: Ids) -> None:
        assert result == value and type(result) is type(value), result

    return check


def command_entries(result: Any, ids: Ids) -> None:
    assert isinstance(result, list) and result
    assert all(isinstance(e, CommandLogEntry) and isinstance(e.timestamp, int) for e in result)
    assert all(isinstance(e.status, m.SimpleCommandLogDataStatus) for e in result)
    assert all(e.to_dict()["timestamp"] == e.timestamp for e in result)


def series_table(result: Any, ids: Ids) -> None:
    assert set(result) == {"Pressure", "Temperature", "Efficiency"}
    assert all(len(points) == 2 for points in result.values())


def queried(result: Any, ids: Ids) -> None:
    assert len(result) == 51 and all(isinstance(s, m.AttributeTimeseries) for s in result)
    assert {s.attribute_id for s in result} == {ids["attr:Pressure"]}


def statistics(result: Any, ids: Ids) -> None:
    assert len(result) == 1 and result[0]["count"] == 144
    assert isinstance(result[0]["stattime"], datetime.datetime)


def epoch_points(result: Any, ids: Ids) -> None:
    assert [type(p["timestamp"]) for p in result] == [int, int, int]
    assert [p["timestamp"] for p in result] == sorted((p["timestamp"] for p in result), reverse=True)


def timesignal(result: Any, ids: Ids) -> None:
    assert result["id"] == "vib-0001" and result["value"] == {"data": [0.1, 0.4, 0.2]}
    assert result["ts"].utcoffset() == datetime.timedelta(hours=2)


def new_id(result: Any, ids: Ids) -> None:
    assert isinstance(result, str) and result


def onnx_file(ids: Ids, folder: Path) -> tuple[tuple[Any, ...], dict[str, Any]]:
    path = folder / "tiny.onnx"
    path.write_bytes(b"\x08\x01")
    return ("Tiny", str(path)), {"help_text": "# Tiny"}


ML_MODEL = {
    "name": "M1",
    "trigger_url": "https://x",
    "method": "POST",
    "headers": {},
    "inputs": [],
    "outputs": [],
}
ML_SERVICE = {
    "name": "S1",
    "trigger_url": "https://s",
    "method": "POST",
    "client_id": "c1",
    "scope": "api://s/.default",
    "request_contains_timestamps": False,
    "response_contains_timestamps": False,
    "input_schema": {"type": "object"},
    "output_schema": {"type": "object"},
}
SERVICE_UPDATE = {
    "name": "Anomaly score",
    "description": "Scores a longer window",
    "trigger_url": "https://example.azurewebsites.net/api/score",
    "method": "POST",
    "request_contains_timestamps": False,
    "response_contains_timestamps": False,
}
TELEMETRY = [{"timestamp": STAMP, "pressure": 1.5}, {"timestamp": 1_900_000_000_000, "pressure": 2.5}]
TIMESIGNALS = {"ts": [{"n": "vibration", "ts": STAMP, "id": "vib-9", "value": {"data": [1]}}]}
EVENTS = {"e": [{"id": "DOOR", "m": "Door open", "ts": STAMP, "type": "Alarm", "severity": "High"}]}

SDK_CALLS: list[SdkCall] = [
    SdkCall("get_all_assets", call(templates=True), ("list_assets",), items(m.Asset, count=16)),
    SdkCall(
        "get_asset_template",
        call(template_name="Pump"),
        ("list_asset_templates", "read_asset_template"),
        one(m.AssetTemplateDetail, name="Pump"),
    ),
    SdkCall(
        "get_asset_templates",
        call(),
        ("list_asset_templates",),
        items(m.AssetTemplate, names={"Pump", "Production line"}),
    ),
    SdkCall(
        "get_assets",
        call(names_path=PUMP_A[:2]),
        ("list_assets", "list_asset_children"),
        items(m.Asset, names={"Press A", "Press B"}),
    ),
    SdkCall(
        "get_attributes",
        call(names_path=PUMP_A, attribute_type="Number"),
        ("list_assets", "list_asset_attributes"),
        items(m.AssetAttribute, names={"Rated power"}),
    ),
    SdkCall("print_asset_tree", call(names_path=PUMP_A[:3]), ("list_assets",), is_(None)),
    SdkCall(
        "get_command_details",
        call(names_path=PUMP_A, timestamp="epoch"),
        ("list_assets", "list_latest_commands"),
        command_entries,
    ),
    SdkCall(
        "send_command",
        call(template_variables={"VAL_bar": 6}, names_path=[*PUMP_A, "Setpoint"]),
        ("list_assets", "list_asset_attributes", "create_command"),
        one(m.CommandAccepted),
    ),
    SdkCall(
        "send_control_command",
        with_ids(lambda ids: {"asset_id": ids["pump"], "attribute_name": "Setpoint"}, 7.5),
        ("list_asset_attributes", "create_control_command"),
        one(m.CommandAccepted),
    ),
    SdkCall("get_credentials", call(), ("list_credentials",), items(m.Credential, count=2)),
    SdkCall(
        "get_credential_query",
        call(credential_name="Databricks"),
        ("list_credentials",),
        one(m.Credential, name="Databricks"),
    ),
    SdkCall(
        "get_organization_details",
        call(),
        ("read_organization",),
        one(m.OrganizationDetails, name="Demo Industries"),
    ),
    SdkCall("get_organizations", call(), ("get_organizations",), items(m.Organization, count=1)),
    SdkCall(
        "get_multiple_timeseries",
        call(names_path=PUMP_A, start_time=0, end_time=NOW_MS, limit=2, form="json"),
        ("list_assets", "list_asset_attributes", "query_timeseries"),
        series_table,
    ),
    SdkCall(
        "query_timeseries",
        lambda ids, folder: (({"attributeIds": [ids["attr:Pressure"]] * 51, "limit": 1}, "demo-org"), {}),
        ("query_timeseries", "query_timeseries"),
        queried,
    ),
    SdkCall(
        "get_statistics",
        call("PreviousDay", "Day", names_path=PRESSURE),
        ("list_assets", "list_asset_attributes", "read_statistics"),
        statistics,
    ),
    SdkCall(
        "get_timeseries",
        with_ids(
            lambda ids: {
                "attribute_id": ids["attr:Pressure"],
                "start_time": 0,
                "end_time": NOW_MS,
                "limit": 3,
                "form": "json",
                "timestamp": "epoch",
            }
        ),
        ("read_timeseries",),
        epoch_points,
    ),
    SdkCall(
        "get_timesignal",
        call("vib-0001", names_path=[*PUMP_A, "Vibration"], tz="+02:00"),
        ("list_assets", "list_asset_attributes", "read_timesignal"),
        timesignal,
    ),
    SdkCall(
        "write_calculated",
        call([{"timestamp": STAMP, "Efficiency": 90.0}], names_path=PUMP_A),
        ("list_assets", "list_asset_attributes", "create_calculated_values"),
        accepted(1, (0,)),
    ),
    SdkCall(
        "write_static",
        call([8.0, "PA-1"], names_path=PUMP_A, attribute_names=["Rated power", "Serial number"]),
        ("list_assets", "list_asset_attributes", "replace_static_value", "replace_static_value"),
        accepted(2, (0, 1)),
    ),
    SdkCall(
        "write_telemetry",
        call(TELEMETRY, *DEVICE, units=["bar"]),
        ("put_device_telemetry",),
        accepted(1, (0, 1)),
    ),
    SdkCall(
        "write_timesignal",
        call(*DEVICE, "vibration", STAMP, "vib-9", {"data": [1]}),
        ("put_device_telemetry",),
        accepted(1, (0,)),
    ),
    SdkCall("write_timesignals", call(*DEVICE, TIMESIGNALS), ("put_device_telemetry",), accepted(1, (0,))),
    SdkCall("get_device", call("scale-01"), ("read_device",), one(m.Device, id="scale-01")),
    SdkCall("get_devices", call(names_path=SCALE), ("list_assets", "list_devices"), is_(["scale-01"])),
    SdkCall("asset_event_active_count", call(), ("count_active_events",), is_(2), is_property=True),
    SdkCall(
        "get_asset_event_history",
        with_ids(lambda ids: {"asset_ids": [ids["pump"]], "start_time": 0, "end_time": NOW_MS}),
        ("list_event_history",),
        items(m.HistoryAssetEvent),
    ),
    SdkCall(
        "get_asset_events_active",
        with_ids(lambda ids: {"asset_ids": [ids["pump"]], "event_type": "Alarm"}),
        ("list_active_events",),
        items(m.ActiveAssetEvent, count=1),
    ),
    SdkCall(
        "write_device_event",
        call(*DEVICE, "DOOR", "Door open", STAMP, event_type="Alarm", severity="High", is_active=True),
        ("put_device_events",),
        accepted(1, (0,)),
    ),
    SdkCall("write_device_events", call(*DEVICE, EVENTS), ("put_device_events",), accepted(1, (0,))),
    SdkCall("analytics_items_count", call(), ("count_analytics_items",), is_(4), is_property=True),
    SdkCall("get_all_analytics_items", call(), ("list_analytics_items",), items(m.AnalyticsItem, count=4)),
    SdkCall("get_model_list", call(), ("list_ml_models",), items(m.MLModelSummary, count=2)),
    SdkCall(
        "get_model_details",
        call(model_name="Energy model"),
        ("list_ml_models", "read_ml_model"),
        one(m.MLModelDetail, name="Energy model"),
    ),
    SdkCall("register_model", call(ML_MODEL), ("create_ml_model",), new_id),
    SdkCall(
        "update_model",
        call({"name": "Energy model", "trigger_url": "https://y", "method": "GET"}),
        ("list_ml_models", "replace_ml_model"),
        is_(True),
    ),
    SdkCall(
        "delete_model", call(model_name="Energy model"), ("list_ml_models", "remove_ml_model"), is_(True)
    ),
    SdkCall("get_onnx_model_list", call(), ("list_onnx_models",), items(m.AnalyticsItem, count=1)),
    SdkCall(
        "get_onnx_model_details",
        call(model_name="Vibration classifier"),
        ("list_onnx_models", "read_onnx_model"),
        one(m.OnnxModelDetail, name="Vibration classifier"),
    ),
    SdkCall("register_onnx_model", onnx_file, ("create_onnx_model",), new_id),
    SdkCall(
        "update_onnx_model",
        call({"name": "Vibration classifier", "description": "smaller"}),
        ("list_onnx_models", "patch_onnx_model"),
        is_(True),
    ),
    SdkCall("get_service_list", call(), ("list_ml_services",), items(m.MLServiceDetail, count=1)),
    SdkCall(
        "get_service_details",
        call(service_name="Anomaly score"),
        ("list_ml_services", "read_ml_service"),
        one(m.MLServiceDetail, name="Anomaly score"),
    ),
    SdkCall("register_service", call(ML_SERVICE), ("create_ml_service",), new_id),
    SdkCall(
        "update_service",
        call(SERVICE_UPDATE, service_name="Anomaly score"),
        ("list_ml_services", "replace_ml_service"),
        is_(True),
    ),
]


class SdkError(NamedTuple):
    method: str
    arguments: Callable[[Ids, Path], tuple[tuple[Any, ...], dict[str, Any]]]
    sends: tuple[str, ...]
    error: type[Exception]


SDK_ERRORS: list[SdkError] = [
    SdkError(
        "get_assets", call(names_path=["Tampere Factory", "Line 3"]), ("list_assets",), PathNotFoundError
    ),
    SdkError("get_assets", call(asset_name="Pump"), ("list_assets",), AmbiguousPathError),
    SdkError("get_device", call("no-such-device"), ("read_device",), errors.NotFoundError),
    SdkError(
        "get_credentials",
        call(organization_id="other-org"),
        ("list_credentials",),
        errors.PermissionDeniedError,
    ),
    SdkError(
        "delete_model",
        call(model_name="Yield forecast"),
        ("list_ml_models", "remove_ml_model"),
        errors.ConflictError,
    ),
    SdkError(
        "delete_onnx_model",
        with_ids(lambda ids: {"model_id": ids["onnx:Vibration classifier"]}),
        ("remove_onnx_model",),
        errors.ConflictError,
    ),
    SdkError(
        "delete_service",
        call(service_name="Anomaly score"),
        ("list_ml_services", "remove_ml_service"),
        errors.ConflictError,
    ),
]
"""Refusals the server gives (or the snapshot finds) after sending: the same typed error from both clients."""
