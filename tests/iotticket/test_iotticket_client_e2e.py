"""IoTTicketClient against the sandbox over loopback: the seed's flows end to end."""

from __future__ import annotations

import asyncio
import math
import pathlib

import pandas as pd
import pytest
from iotticket_support import PUMP_A, demo_client_kwargs
from sdk_calls import ML_MODEL

from iotclients.core.errors import ConflictError, PermissionDeniedError
from iotclients.iotticket import AmbiguousPathError, AsyncIoTTicketClient, IoTTicketClient, PathNotFoundError
from iotclients_sandbox import Sandbox

PRESSURE = [*PUMP_A, "Pressure"]


def test_tree_locators_and_snapshot_reuse(client: IoTTicketClient, sandbox: Sandbox) -> None:
    roots = client.get_assets()
    assert {a.name for a in roots} == {"Tampere Factory", "Oulu Factory"}
    assert [a.name for a in client.get_assets(names_path=PUMP_A[:2])] == ["Press A", "Press B"]
    names = {a.name for a in client.get_attributes(names_path=PUMP_A)}
    assert {"Pressure", "Setpoint", "Rated power", "Vibration"} <= names
    numbers = client.get_attributes(names_path=PUMP_A, attribute_type="Number")
    assert [a.name for a in numbers] == ["Rated power"]
    assert client.get_devices(names_path=["Oulu Factory", "Line 1", "Packaging", "Sensors", "Scale"]) == [
        "scale-01"
    ]
    assert client.snapshot_loads == 1  # every path above used one listing of the tree
    assert sandbox.journal.count("list_assets") == 2  # the snapshot, and the roots of get_assets()
    with pytest.raises(AmbiguousPathError) as ambiguous:
        client.get_assets(names_path=["Tampere Factory", "Line 2", "Conveyor"])
    assert len(ambiguous.value.candidates) == 2
    with pytest.raises(PathNotFoundError) as missing:
        client.get_assets(names_path=["Tampere Factory", "Line 3"])
    assert missing.value.siblings == ("Line 1", "Line 2")
    with pytest.raises(AmbiguousPathError):
        client.get_assets(asset_name="Pump")  # "Pump" repeats in two branches


def test_print_asset_tree(client: IoTTicketClient, capsys: pytest.CaptureFixture[str]) -> None:
    client.print_asset_tree(names_path=PUMP_A[:3])
    assert capsys.readouterr().out.splitlines() == ["Hydraulics", "    Pump"]


def test_packed_telemetry_write_is_read_back_as_a_dataframe(
    client: IoTTicketClient, sandbox: Sandbox
) -> None:
    stamps = pd.date_range("2024-01-01", periods=400, freq="min", tz="UTC")
    temperatures = [math.nan if i % 9 == 0 else 20.0 + i / 10 for i in range(400)]
    data = pd.DataFrame(
        {"timestamp": stamps, "pressure": [float(i) for i in range(400)], "temperature": temperatures}
    )
    result = client.write_telemetry(data, "press-a-01", "press-a-01", "press-a-pass", units=["bar", "C"])
    assert result.ok and all(r.body_bytes <= 2048 for r in result.requests)
    sent = sandbox.journal.body_sizes("put_device_telemetry")
    assert sorted(sent) == sorted(
        r.body_bytes for r in result.requests
    )  # the measured bytes are the bytes sent
    assert len(result.dropped) == sum(1 for t in temperatures if math.isnan(t))
    assert len(result.accepted_items) + len(result.dropped) == 800
    frame = client.get_timeseries(
        names_path=PRESSURE,
        start_time="2024-01-01T00:00:00Z",
        end_time="2024-01-02T00:00:00Z",
        chronological_order=True,
        astype=float,
        tz="+02:00",
    )
    assert list(frame.columns) == ["timestamp", "value"]
    assert frame["value"].tolist() == [float(i) for i in range(400)]
    assert frame["timestamp"].iloc[0].isoformat() == "2024-01-01T02:00:00+02:00"
    assert frame.attrs["sources"]["asset_path"] == PUMP_A
    epochs = client.get_timeseries(
        names_path=PRESSURE,
        start_time=0,
        end_time="2024-01-02T00:00:00Z",
        limit=1,
        form="json",
        timestamp="epoch",
    )
    assert epochs == [{"timestamp": int(stamps[-1].timestamp() * 1000), "value": 399.0}]


def test_telemetry_set_refuses_nan_before_sending(client: IoTTicketClient, sandbox: Sandbox) -> None:
    before = sandbox.journal.total
    data = pd.DataFrame({"timestamp": [0, 1], "a": [1.0, math.nan]})
    with pytest.raises(ValueError, match=r"samples\[1\]"):
        client.write_telemetry(data, "press-a-01", "press-a-01", "press-a-pass", set_id="s1")
    assert sandbox.journal.total == before


def test_multiple_timeseries_over_a_subtree(client: IoTTicketClient) -> None:
    frame = client.get_multiple_timeseries(names_path=PUMP_A[:1], limit=3)
    sources = frame.attrs["sources"]
    assert sources["attribute_names"].count("Pressure") == 2  # both pumps, whole subtree
    assert sources["asset_path"] == ["Tampere Factory"]
    assert "timestamp" in frame.columns and len(frame.columns) == 1 + len(sources["attribute_ids"])
    by_ids = client.get_multiple_timeseries(
        attribute_ids=sources["attribute_ids"][:2], form="json", column_names=["p", "t"], limit=2
    )
    assert set(by_ids) == {"p", "t"} and all(len(v) == 2 for v in by_ids.values())


def test_statistics_events_and_commands(client: IoTTicketClient) -> None:
    rows = client.get_statistics("PreviousDay", "Day", names_path=PRESSURE)
    assert len(rows) == 1 and rows[0]["count"] == 144
    assert client.asset_event_active_count == 2
    before = client.asset_event_active_count
    client.write_device_event(
        "press-a-01",
        "press-a-01",
        "press-a-pass",
        "DOOR",
        "Door open",
        "2030-01-01T00:00:00Z",
        event_type="Alarm",
        severity="High",
        is_active=True,
    )
    assert client.asset_event_active_count == before + 1
    active = client.get_asset_events_active(
        asset_ids=[client.get_assets(names_path=PUMP_A[:4])[0].id], event_type="Alarm"
    )
    assert {e.event_id for e in active} == {"OVERHEAT", "DOOR"}
    accepted = client.send_command(template_variables={"VAL_bar": 6}, names_path=[*PUMP_A, "Setpoint"])
    assert accepted.command_id
    client.send_control_command(
        7.5, asset_id=client.get_assets(names_path=PUMP_A[:4])[0].id, attribute_name="Setpoint"
    )
    details = client.get_command_details(names_path=PUMP_A, identifier_name="setpoint", tz="+03:00")
    assert len(details) == 1 and details[0].desired_value == 7.5
    assert details[0].timestamp.utcoffset().total_seconds() == 3 * 3600


def test_registries_credentials_and_organizations(client: IoTTicketClient, tmp_path: pathlib.Path) -> None:
    count = client.analytics_items_count
    model_id = client.register_model(ML_MODEL)
    assert client.analytics_items_count == count + 1
    assert client.get_model_details(model_name="M1").id == model_id
    assert client.update_model({"name": "M1", "trigger_url": "https://y", "method": "GET"})
    assert client.delete_model(model_name="M1")
    with pytest.raises(ConflictError):
        client.delete_model(model_name="Yield forecast")  # used by an asset
    file = tmp_path / "tiny.onnx"
    file.write_bytes(b"\x08\x01")
    onnx_id = client.register_onnx_model("Tiny", str(file), help_text="# Tiny")
    assert client.update_onnx_model({"name": "Tiny", "description": "smaller"})
    assert client.get_onnx_model_details(model_id=onnx_id).description == "smaller"
    assert client.delete_onnx_model(model_name="Tiny")
    with pytest.raises(FileNotFoundError):
        client.register_onnx_model("Nope", str(tmp_path / "missing.onnx"))
    assert client.get_credential_query(credential_name="Databricks").name == "Databricks"
    assert client.get_organization_details().name == "Demo Industries"
    with pytest.raises(PermissionDeniedError):
        client.get_credentials(organization_id="other-org")


def test_async_client_runs_the_same_flows(sandbox: Sandbox) -> None:
    async def flow() -> None:
        async with AsyncIoTTicketClient(**demo_client_kwargs(sandbox.url)) as client:
            names = [a.name for a in await client.get_assets(names_path=PUMP_A[:2])]
            assert names == ["Press A", "Press B"]
            frame = await client.get_multiple_timeseries(names_path=PUMP_A[:1], limit=2)
            assert frame.attrs["sources"]["asset_path"] == ["Tampere Factory"]
            data = pd.DataFrame({"timestamp": [0, 1], "pressure": [1.0, 2.0]})
            assert await client.write_telemetry(data, "press-a-01", "press-a-01", "press-a-pass")
            assert await client.asset_event_active_count == 2
            assert await client.analytics_items_count == 4
            assert client.snapshot_loads == 1 and client.token_fetches == 1

    asyncio.run(flow())
