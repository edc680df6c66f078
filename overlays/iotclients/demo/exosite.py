"""``iotclients demo --vendor exosite``: the One Platform client against an in-process sandbox.

The tour: create a dataport and alias it, write a value, record 20,000 historical points in batched
requests (with a progress bar), read them back, a batch of calls in one request, info, then drop
and see the typed ``restricted`` error.
"""

from __future__ import annotations

import secrets
import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from iotclients.core.errors import PermissionDeniedError
from iotclients.demo._summary import print_summary
from iotclients.exosite import OnePlatformClient

POINTS = 20_000


def tour(one: OnePlatformClient, console: Console) -> dict[str, object]:
    summary: dict[str, object] = {}
    device = one.lookup("alias", "device")
    console.print(f"[bold]demo device[/]: {device}, dataports {one.listing(['dataport'], resource=device)}")

    rid = one.create_dataport(
        {
            "format": "float",
            "name": "Demo temperature",
            "retention": {"count": "infinity", "duration": "infinity"},
        }
    )
    one.map(rid, "demo_temperature")
    one.write({"alias": "demo_temperature"}, 21.5)
    console.print(f"[bold]dataport[/]: created {rid} (alias demo_temperature), wrote 21.5")
    summary["create / map / write"] = rid

    start = int(time.time()) - POINTS
    points = [[start + i, round(20 + (i % 600) / 100, 2)] for i in range(POINTS)]
    with Progress(
        TextColumn("recordbatch"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console
    ) as progress:
        task = progress.add_task("points", total=POINTS)
        began = time.perf_counter()
        outcome = one.write_points(
            rid, points, on_progress=lambda done, total: progress.update(task, completed=done)
        )
        elapsed = time.perf_counter() - began
    console.print(
        f"[bold]batched record[/]: {outcome.written:,} points in {outcome.requests} requests "
        f"({elapsed:.2f}s), {len(outcome.rejected)} rejected"
    )
    summary["batched record"] = f"{outcome.written:,} points, {outcome.requests} requests"

    back = one.read(rid, {"starttime": start, "limit": POINTS + 1, "sort": "asc"})
    console.print(f"[bold]read back[/]: {len(back):,} points, first {back[0]}, last {back[-1]}")
    summary["read back"] = f"{len(back):,} points"

    with one.batch() as batch:
        newest = batch.read(rid)
        info = batch.info(rid, {"basic": True, "storage": True})
        missing = batch.read({"alias": "no_such_alias"})
    stored = info.result().storage
    console.print(
        f"[bold]one request, three calls[/]: newest {newest.result()}, storage count "
        f"{stored.count if stored else '?'}, unknown alias -> {type(missing.error).__name__}"
    )
    summary["batch"] = f"3 calls, 1 request; {type(missing.error).__name__} for the unknown alias"

    one.drop(rid)
    try:
        one.info(rid)
    except PermissionDeniedError as exc:
        console.print(f"[bold]after drop[/]: {type(exc).__name__}: {exc}")
        summary["drop"] = f"info -> {type(exc).__name__}"
    if outcome.written != POINTS or len(back) != POINTS + 1:
        raise SystemExit("the batched round trip lost points")
    return summary


def main() -> int:
    from iotclients_sandbox import Sandbox

    console = Console()
    cik = secrets.token_hex(20)
    with Sandbox("exosite", api_key=cik) as sandbox:
        console.print(f"One Platform sandbox at {sandbox.url} (a fresh CIK, never printed)")
        with OnePlatformClient(cik, base_url=sandbox.url) as one:
            summary = tour(one, console)
        summary["requests served"] = sandbox.journal.total
    print_summary(console, "Exosite One Platform tour", summary)
    return 0
