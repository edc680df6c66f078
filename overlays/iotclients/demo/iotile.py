"""``iotclients demo --vendor iotile``: the IOTile client against an in-process sandbox on 127.0.0.1.

The tour: log in, list projects and devices (auto-paging), download a 100,000-point stream page
by page with a progress bar, sum three sources into an accumulation report, upload a streamer
report and an event, and log out.
"""

from __future__ import annotations

import datetime
import json
import secrets
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from iotclients.demo._summary import print_summary
from iotclients.iotile import (
    AccumulationReportGenerator,
    IOTileClient,
    IOTileStreamSlug,
    upload_event,
    upload_streamer_report,
)

_EMAIL = "demo@iotile.test"
_BIG_STREAM = str(IOTileStreamSlug.from_parts(1, 1, 0x5001))
_EVENTS = str(IOTileStreamSlug.from_parts(1, 1, 0x5020))
_UTC = datetime.UTC


def _download(cloud: IOTileClient, console: Console) -> tuple[int, int, float]:
    pages = cloud.list_stream_data_pages(_BIG_STREAM)
    with Progress(
        TextColumn(f"stream {_BIG_STREAM}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    ) as progress:
        task = progress.add_task("points", total=None)
        began = time.perf_counter()
        points = requests = 0
        for page in pages:
            requests += 1
            points += len(page.results)
            progress.update(task, total=page.count, completed=points)
        elapsed = time.perf_counter() - began
    return points, requests, elapsed


def _report_file(folder: Path, rows: int) -> Path:
    data = [
        {
            "stream": "5002",
            "device_timestamp": i * 60,
            "streamer_local_id": 500_000 + i,
            "value": 2000 + i % 50,
        }
        for i in range(rows)
    ]
    report = {
        "format": "v2",
        "device": 3,
        "streamer_index": 0,
        "device_sent_timestamp": rows * 60,
        "data": data,
    }
    path = folder / "streamer-report.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    return path


def tour(cloud: IOTileClient, console: Console, password: str) -> dict[str, object]:
    summary: dict[str, object] = {}
    account = cloud.login(email=_EMAIL, password=password)
    console.print(f"[bold]logged in[/] as {account.username} (a JWT, renewed automatically; never printed)")
    projects = list(cloud.iter_list_projects())
    console.print(f"[bold]projects[/]: {', '.join(f'{p.name} ({p.slug})' for p in projects)}")
    devices = list(cloud.iter_list_devices(page_size=20))
    console.print(
        f"[bold]devices[/]: {len(devices)} read in pages of 20 ({devices[0].slug} … {devices[-1].slug})"
    )
    summary["projects / devices"] = f"{len(projects)} / {len(devices)}"

    points, requests, elapsed = _download(cloud, console)
    console.print(f"[bold]stream data[/]: {points:,} points in {requests} requests ({elapsed:.2f}s)")
    summary["stream data"] = f"{points:,} points, {requests} requests, {elapsed:.2f}s"

    sources = [_BIG_STREAM, "p--0000-0002", "d--0000-0000-0000-0024"]
    start, end = datetime.datetime(2026, 1, 1, tzinfo=_UTC), datetime.datetime(2026, 2, 1, tzinfo=_UTC)
    report = AccumulationReportGenerator(cloud).compute_sum(sources, start, end)
    console.print(
        f"[bold]accumulation report[/] (January): {len(report.streams)} streams, total {report.total:,.1f}, "
        f"{report.skipped} non-numeric values skipped"
    )
    summary["report"] = f"{len(report.streams)} streams, total {report.total:,.1f}"

    with tempfile.TemporaryDirectory() as folder:
        path = _report_file(Path(folder), 50_000)
        with Progress(
            TextColumn("upload report"), BarColumn(), MofNCompleteColumn(), console=console
        ) as progress:
            task = progress.add_task("bytes", total=path.stat().st_size)
            sent = upload_streamer_report(
                cloud,
                path,
                timestamp=datetime.datetime.now(_UTC),
                on_progress=lambda done, total: progress.update(task, completed=done, total=total),
            )
        event = upload_event(
            cloud,
            b'{"samples": [0.1, 0.4, 2.5]}',
            filename="shock.json",
            stream=_EVENTS,
            timestamp=datetime.datetime.now(_UTC),
            extra_data={"max_g": 2.5},
        )
    console.print(
        f"[bold]uploads[/]: streamer report with {sent.count:,} points; event {event.id} with extra data"
    )
    summary["uploads"] = f"report of {sent.count:,} points, event {event.id}"
    cloud.logout()
    return summary


def main() -> int:
    from iotclients_sandbox import Sandbox
    from iotclients_sandbox.iotile import create_app

    console = Console()
    password = secrets.token_urlsafe(16)
    with Sandbox(create_app(email=_EMAIL, password=password)) as sandbox:
        console.print(f"IOTile sandbox at {sandbox.url} (a fresh password, never printed)")
        with IOTileClient(base_url=sandbox.url) as cloud:
            summary = tour(cloud, console, password)
        summary["requests served"] = sandbox.journal.total
    print_summary(console, "IOTile tour", summary)
    return 0
