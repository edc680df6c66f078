"""The README's IoT-TICKET calls as a user writes them, and the mistakes a type checker must catch."""

from __future__ import annotations

import datetime

from iotclients.iotticket import IoTTicketClient
from iotclients.iotticket.models import CommandRequest, EventType


def tour(base_url: str) -> None:
    with IoTTicketClient(
        "iotticket-demo-client", "iotticket-demo-secret", organization_id="demo-org", base_url=base_url
    ) as iot:
        df = iot.get_timeseries(
            names_path=["Tampere Factory", "Line 1", "Press A", "Hydraulics", "Pump", "Pressure"],
            astype=float,
        )
        result = iot.write_telemetry(
            df.rename(columns={"value": "pressure"}), "press-a-01", "press-a-01", "press-a-pass"
        )
        if result:
            print(len(result.requests), "requests, none over 2,048 bytes; dropped:", result.dropped)
        print(list(iot.write_static(["v2.0"], names_path=["Tampere Factory", "Line 1", "Firmware"])))
        for entry in iot.get_command_details(asset_name="Press A", timestamp="epoch"):
            print(entry.timestamp)
        print(iot.asset_event_active_count)
        since = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
        alarms = iot.list_active_events("demo-org", type_=EventType.ALARM, start=since)
        asset = iot.read_asset("demo-org", alarms[0].asset_id)
        accepted = iot.create_command(
            CommandRequest(payload={"on": True}, aggregated=False), "demo-org", "attr-1"
        )
        print(asset.name, accepted)
        iot.create_command(asset, "demo-org", "attr-1")  # misuse: wrong model class
        iot.list_active_events("demo-org", type_="Alarm")  # misuse: str for an enum
        print(asset.parentid)  # misuse: misspelt model field
        iot.create_command(CommandRequest(agregated=True), "demo-org", "a")  # misuse: misspelt model field
        iot.read_asset("demo-org")  # misuse: missing required argument
        iot.list_active_events("demo-org", event_type=EventType.ALARM)  # misuse: wrong keyword
