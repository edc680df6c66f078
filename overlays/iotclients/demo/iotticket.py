"""``iotclients demo --vendor iotticket``: the IoT-TICKET client against an in-process sandbox.

The tour: the asset tree by names_path (and the typed errors of an ambiguous or a missing name),
10,000 telemetry rows packed into bodies of at most 2,048 bytes (with a progress bar), read back
as a DataFrame, statistics by hour, and a device event that turns up among the active events.
"""

from __future__ import annotations

import datetime
import math
import secrets
import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from iotclients.demo._summary import print_summary
from iotclients.iotticket import AmbiguousPathError, IoTTicketClient, PathNotFoundError

ROWS = 10_000
PUMP = ["Tampere Factory", "Line 1", "Press A", "Hydraulics", "Pump"]
_START = datetime.datetime(2026, 1, 5, tzinfo=datetime.UTC)
_DEVICE = ("press-a-01", "press-a-01", "press-a-pass")


def _batches(count: int, size: int) -> list[list[dict[str, object]]]:
    rows = [
        {"timestamp": _START + datetime.timedelta(seconds=10 * i), "pressure": round(5 + math.sin(i / 50), 4)}
        for i in range(count)
    ]
    return [rows[start : start + size] for start in range(0, count, size)]


def tour(client: IoTTicketClient, console: Console) -> dict[str, object]:
    summary: dict[str, object] = {}
    console.print("[bold]asset tree[/]:")
    client.print_asset_tree()
    attributes = client.get_attributes(names_path=PUMP)
    console.print(f"[bold]{'/'.join(PUMP)}[/]: {', '.join(f'{a.name} ({a.type})' for a in attributes)}")
    for path in (["Tampere Factory", "Line 2", "Conveyor"], ["Tampere Factory", "Line 3"]):
        try:
            client.get_assets(names_path=path)
        except (AmbiguousPathError, PathNotFoundError) as exc:
            console.print(f"[bold]typed error[/]: {type(exc).__name__}: {exc.rule}")
    summary["names_path lookups"] = (
        f"{len(attributes)} attributes, tree listed {client.snapshot_loads} time(s)"
    )

    requests = accepted = 0
    with Progress(
        TextColumn("telemetry"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console
    ) as bar:
        task = bar.add_task("write", total=ROWS)
        began = time.perf_counter()
        for batch in _batches(ROWS, 1_000):
            result = client.write_telemetry(batch, *_DEVICE, units=["bar"])
            requests += len(result.requests)
            accepted += len(result.accepted_items)
            if not result.ok:
                raise SystemExit(f"telemetry refused: {result.errors[0]}")
            bar.update(task, advance=len(batch))
        elapsed = time.perf_counter() - began
    console.print(
        f"[bold]telemetry[/]: {accepted} rows in {requests} requests of <= 2,048 bytes ({elapsed:.2f}s)"
    )
    summary["telemetry write"] = f"{accepted} rows, {requests} requests"

    end = _START + datetime.timedelta(seconds=10 * ROWS)
    frame = client.get_timeseries(
        names_path=[*PUMP, "Pressure"],
        start_time=_START,
        end_time=end,
        chronological_order=True,
        astype=float,
    )
    console.print(frame.head(3).to_string())
    console.print(f"[bold]sources[/]: {frame.attrs['sources']}")
    summary["read back"] = f"{len(frame)} rows as a DataFrame"
    if len(frame) != ROWS:
        raise SystemExit("the telemetry round trip lost rows")

    stats = client.get_statistics(
        "Custom", "Hour", names_path=[*PUMP, "Pressure"], start_time=_START, end_time=end, tz="+02:00"
    )
    first = stats[0]
    console.print(
        f"[bold]statistics[/]: {len(stats)} hours; first {first['stattime']}: avg {first['avg']:.3f}"
    )
    summary["statistics"] = f"{len(stats)} hourly bins"

    before = client.asset_event_active_count
    client.write_device_event(
        *_DEVICE,
        "DEMO_ALARM",
        "Pressure high (demo)",
        end,
        event_type="Alarm",
        severity="High",
        is_active=True,
    )
    active = client.get_asset_events_active(event_type="Alarm")
    alarms = ", ".join(e.event_id for e in active)
    after = client.asset_event_active_count
    console.print(f"[bold]events[/]: {before} active before, {after} after; alarms: {alarms}")
    summary["events"] = f"{before} → {after} active"
    return summary


def main() -> int:
    from iotclients_sandbox import Sandbox
    from iotclients_sandbox.iotticket import DEMO_ORG, create_app

    console = Console()
    client_id, client_secret = "demo-" + secrets.token_hex(4), secrets.token_urlsafe(24)
    with Sandbox(create_app(client_id=client_id, client_secret=client_secret)) as sandbox:
        console.print(
            f"IoT-TICKET sandbox at {sandbox.url} (fresh client credentials, the secret never printed)"
        )
        with IoTTicketClient(
            client_id, client_secret, organization_id=DEMO_ORG, base_url=sandbox.url
        ) as client:
            summary = tour(client, console)
        summary["requests served"] = sandbox.journal.total
    print_summary(console, "IoT-TICKET tour", summary)
    return 0
