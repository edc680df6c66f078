"""Demo data: two isolated organizations, a five-level asset tree with repeated names, devices,
two days of telemetry, events, command logs, credentials and analytics items.

The tree of ``demo-org`` (``*`` marks attributes)::

    Tampere Factory / Line 1 / Press A / Hydraulics / Pump  *Pressure *Temperature *Setpoint ...
                             / Press B / Hydraulics / Pump  *Pressure *Setpoint
                    / Line 2 / Conveyor, Conveyor            (an ambiguous sibling pair)
    Oulu Factory    / Line 1 / Packaging / Sensors / Scale   *Weight

"Line 1", "Hydraulics" and "Pump" repeat in different branches (harmless for paths, ambiguous
for ``asset_name``); the two "Conveyor" siblings make the path to them ambiguous.
"""

from __future__ import annotations

import math
from typing import Any, Final

from iotclients_sandbox.iotticket.records import (
    ApiClient,
    Asset,
    Attribute,
    CommandLog,
    Credential,
    Device,
    Event,
    MLItem,
    OnnxModel,
    Organization,
    Template,
)
from iotclients_sandbox.iotticket.series import Series
from iotclients_sandbox.iotticket.state import IoTTicketState, OrgStore

__all__ = [
    "DEMO_CLIENT_ID",
    "DEMO_CLIENT_SECRET",
    "DEMO_DEVICES",
    "DEMO_ORG",
    "OTHER_CLIENT_ID",
    "OTHER_CLIENT_SECRET",
    "OTHER_ORG",
    "populate",
]

DEMO_ORG: Final = "demo-org"
OTHER_ORG: Final = "other-org"
DEMO_CLIENT_ID: Final = "iotticket-demo-client"
DEMO_CLIENT_SECRET: Final = "iotticket-demo-secret"  # noqa: S105 (a published sandbox credential)
OTHER_CLIENT_ID: Final = "iotticket-other-client"
OTHER_CLIENT_SECRET: Final = "iotticket-other-secret"  # noqa: S105 (a published sandbox credential)
DEMO_DEVICES: Final = {"press-a-01": "press-a-pass", "press-b-01": "press-b-pass", "scale-01": "scale-pass"}
"""Demo device ids of ``demo-org`` and their passwords (username ``<device>@demo-org``)."""

_HOUR_MS: Final = 3_600_000
_STEP_MS: Final = 600_000  # one telemetry point every ten minutes
_HISTORY_POINTS: Final = 288  # two days


def populate(state: IoTTicketState, client_id: str, client_secret: str) -> None:
    now = state.now_ms()
    state.clients[client_id] = ApiClient(
        client_id, client_secret, frozenset({DEMO_ORG}), subscription_owner=True
    )
    state.clients[OTHER_CLIENT_ID] = ApiClient(OTHER_CLIENT_ID, OTHER_CLIENT_SECRET, frozenset({OTHER_ORG}))
    demo = OrgStore(
        Organization(
            DEMO_ORG,
            "Demo Industries",
            "The sandbox's demo organization",
            "sub-demo",
            contact_person="Maija Meikäläinen",
            account_manager="Sandbox Sales",
            limits={"assets": 1000, "devices": 100, "analyticsItems": 20},
            created=now - 400 * 24 * _HOUR_MS,
        )
    )
    state.orgs[DEMO_ORG] = demo
    _demo_tree(state, demo, now)
    _demo_activity(state, demo, now)
    _demo_analytics(state, demo, now)
    other = OrgStore(Organization(OTHER_ORG, "Other Oy", "Another customer", "sub-other", created=now))
    state.orgs[OTHER_ORG] = other
    site = _asset(state, other, "Site X", None)
    line = _asset(state, other, "Line 1", site.id)
    other.devices["other-dev-01"] = Device("other-dev-01", "Other sensor", "other-pass", asset_ids=[line.id])
    _attribute(state, other, line.id, "Secret recipe", "recipe", kind="String", value="do not leak")


def _asset(
    state: IoTTicketState, store: OrgStore, name: str, parent: str | None, template: str | None = None
) -> Asset:
    asset = Asset(state.new_id("asset"), name, parent, f"{name} (demo)", template)
    store.assets[asset.id] = asset
    return asset


def _attribute(
    state: IoTTicketState,
    store: OrgStore,
    asset_id: str,
    name: str,
    identifier: str,
    *,
    kind: str,
    **extra: Any,
) -> Attribute:
    attribute = Attribute(state.new_id("attr"), name, identifier, asset_id, kind, **extra)
    store.attributes[attribute.id] = attribute
    return attribute


_PUMP_TEMPLATE: Final = [
    {
        "name": "Pressure",
        "identifierName": "pressure",
        "type": "TelemetryData",
        "unit": "bar",
        "dataType": "double",
    },
    {"name": "Setpoint", "identifierName": "setpoint", "type": "Command", "unit": "bar"},
]


def _demo_tree(state: IoTTicketState, store: OrgStore, now: int) -> None:
    pump_template = Template(state.new_id("tmpl"), "Pump", [dict(a) for a in _PUMP_TEMPLATE])
    line_template = Template(state.new_id("tmpl"), "Production line", [])
    store.templates = {pump_template.id: pump_template, line_template.id: line_template}
    tampere = _asset(state, store, "Tampere Factory", None)
    line1 = _asset(state, store, "Line 1", tampere.id, line_template.id)
    pumps = []
    for press, device_id in (("Press A", "press-a-01"), ("Press B", "press-b-01")):
        press_asset = _asset(state, store, press, line1.id)
        hydraulics = _asset(state, store, "Hydraulics", press_asset.id)
        pump = _asset(state, store, "Pump", hydraulics.id, pump_template.id)
        pumps.append(pump)
        store.devices[device_id] = Device(
            device_id,
            f"{press} controller",
            DEMO_DEVICES[device_id],
            manufacturer="Wapice",
            type="PLC",
            asset_ids=[pump.id],
            created_at=now - 30 * 24 * _HOUR_MS,
        )
        _attribute(
            state,
            store,
            pump.id,
            "Pressure",
            "pressure",
            kind="TelemetryData",
            unit="bar",
            data_type="double",
            device_id=device_id,
        )
        _attribute(
            state,
            store,
            pump.id,
            "Setpoint",
            "setpoint",
            kind="Command",
            unit="bar",
            payload_type="Templated",
        )
        _fill(store, device_id, "pressure", now, lambda i: round(5 + math.sin(i / 12), 3))
    pump_a = pumps[0]
    _attribute(
        state,
        store,
        pump_a.id,
        "Temperature",
        "temperature",
        kind="TelemetryData",
        unit="C",
        data_type="double",
        device_id="press-a-01",
    )
    _fill(store, "press-a-01", "temperature", now, lambda i: round(40 + 5 * math.cos(i / 24), 2))
    _attribute(state, store, pump_a.id, "Valve", "valve", kind="Command", payload_type="Dynamic")
    _attribute(
        state,
        store,
        pump_a.id,
        "Rated power",
        "rated_power",
        kind="Number",
        unit="kW",
        data_type="double",
        value=7.5,
    )
    _attribute(
        state,
        store,
        pump_a.id,
        "Serial number",
        "serial",
        kind="String",
        data_type="string",
        value="PA-2019-0042",
    )
    efficiency = _attribute(
        state, store, pump_a.id, "Efficiency", "efficiency", kind="Calculated", unit="%", data_type="double"
    )
    series = store.calculated.setdefault(efficiency.id, Series())
    for i in range(48):
        series.put(now - (now % _HOUR_MS) - i * _HOUR_MS, round(80 + (i % 7), 1))
    _attribute(state, store, pump_a.id, "Vibration", "vibration", kind="TimeSignal", device_id="press-a-01")
    store.timesignals[("press-a-01", "vibration")] = {"vib-0001": (now - _HOUR_MS, {"data": [0.1, 0.4, 0.2]})}
    _attribute(state, store, pump_a.id, "Overheat", "overheat", kind="AssetEvent")
    _attribute(state, store, pump_a.id, "Door", "door", kind="DeviceEvent", device_id="press-a-01")
    line2 = _asset(state, store, "Line 2", tampere.id, line_template.id)
    for _ in range(2):  # the ambiguous sibling pair
        _asset(state, store, "Conveyor", line2.id)
    oulu = _asset(state, store, "Oulu Factory", None)
    oulu_line = _asset(state, store, "Line 1", oulu.id, line_template.id)
    packaging = _asset(state, store, "Packaging", oulu_line.id)
    sensors = _asset(state, store, "Sensors", packaging.id)
    scale = _asset(state, store, "Scale", sensors.id)
    store.devices["scale-01"] = Device(
        "scale-01", "Scale", DEMO_DEVICES["scale-01"], asset_ids=[scale.id], created_at=now
    )
    _attribute(
        state,
        store,
        scale.id,
        "Weight",
        "weight",
        kind="TelemetryData",
        unit="kg",
        data_type="double",
        device_id="scale-01",
    )
    _fill(store, "scale-01", "weight", now, lambda i: round(12 + (i % 5) * 0.1, 2))


def _fill(store: OrgStore, device_id: str, name: str, now: int, value: Any) -> None:
    series = store.telemetry.setdefault((device_id, name), Series())
    start = now - (now % _STEP_MS)
    for i in range(_HISTORY_POINTS):
        series.put(start - i * _STEP_MS, value(i))


def _demo_activity(state: IoTTicketState, store: OrgStore, now: int) -> None:
    pump_a, pump_b = (a for a in store.assets.values() if a.name == "Pump")
    conveyor = next(a for a in store.assets.values() if a.name == "Conveyor")
    events = [
        Event(
            state.new_id("evt"),
            pump_a.id,
            "OVERHEAT",
            "Oil temperature over 60 C",
            "Temperatures",
            "Alarm",
            "High",
            now - 2 * _HOUR_MS,
        ),
        Event(
            state.new_id("evt"),
            conveyor.id,
            "BELT_SLIP",
            "Belt slipping",
            None,
            "Warning",
            "Normal",
            now - 5 * _HOUR_MS,
            acknowledged_at=now - 4 * _HOUR_MS,
            acknowledged_by="operator",
        ),
        Event(
            state.new_id("evt"),
            pump_b.id,
            "LOW_PRESSURE",
            "Pressure under 3 bar",
            "Pressures",
            "Warning",
            "Low",
            now - 30 * _HOUR_MS,
            end_time=now - 29 * _HOUR_MS,
            acknowledged_at=now - 29 * _HOUR_MS,
            acknowledged_by="operator",
        ),
        Event(
            state.new_id("evt"),
            pump_b.id,
            "SERVICE_DUE",
            "Service due in 7 days",
            None,
            "Notification",
            "Low",
            now - 40 * _HOUR_MS,
            end_time=now - 20 * _HOUR_MS,
        ),
    ]
    store.events = {event.id: event for event in events}
    setpoint = next(
        a for a in store.attributes.values() if a.asset_id == pump_a.id and a.identifier_name == "setpoint"
    )
    store.commands.append(
        CommandLog(
            state.new_id("cmd"), setpoint.id, now - 3 * _HOUR_MS, "Acknowledged", payload={"VAL_bar": 5}
        )
    )


def _demo_analytics(state: IoTTicketState, store: OrgStore, now: int) -> None:
    for name, client, scope in (
        (
            "Databricks",
            "5f1a2b3c-0000-4000-8000-000000000001",
            "https://example.azuredatabricks.net/.default",
        ),
        ("Function App", "5f1a2b3c-0000-4000-8000-000000000002", "api://scoring/.default"),
    ):
        credential = Credential(
            state.new_id("cred"),
            name,
            f"{name} (demo)",
            "client_credentials",
            "https://login.microsoftonline.com/demo/oauth2/v2.0/token",
            scope,
            client,
            now,
        )
        store.credentials[credential.id] = credential
    base = {
        "triggerUrl": "https://example.azuredatabricks.net/api/2.1/jobs/run-now",
        "method": "POST",
        "inputs": [{"name": "pressure", "dataType": "double"}],
        "outputs": [{"name": "forecast", "dataType": "double"}],
    }
    for name, in_use in (("Yield forecast", True), ("Energy model", False)):
        model = MLItem(
            state.new_id("mlm"),
            {"name": name, "description": f"{name} (demo)", "jobId": "1001", **base},
            now,
            now,
            in_use,
        )
        store.ml_models[model.id] = model
    service = MLItem(
        state.new_id("mls"),
        {
            "name": "Anomaly score",
            "description": "Scores a window",
            "helpText": "# Anomaly score",
            "triggerUrl": "https://example.azurewebsites.net/api/score",
            "method": "POST",
            "requestContainsTimestamps": False,
            "responseContainsTimestamps": False,
            "inputSchema": {"type": "object"},
            "outputSchema": {"type": "object"},
        },
        now,
        now,
        in_use=True,
    )
    store.ml_services[service.id] = service
    onnx = OnnxModel(
        state.new_id("onnx"), "Vibration classifier", "Classifies spectra", None, 1024, now, now, in_use=True
    )
    store.onnx_models[onnx.id] = onnx
