"""``iotclients demo --vendor oden``: the Oden client against an in-process sandbox on 127.0.0.1.

The tour: factories and lines, a typed 409 on an ambiguous name, the life of a RUN interval, then
10,000 custom intervals created in bulk (with a progress bar), found again, and deleted by range.
"""

from __future__ import annotations

import datetime
import secrets
import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from iotclients.core.errors import ConflictError
from iotclients.demo._summary import print_summary
from iotclients.oden import OdenClient
from iotclients.oden.models import (
    BulkIntervalItem,
    Factory,
    Interval,
    IntervalBulkCreate,
    IntervalBulkDelete,
    IntervalType,
    Line,
    Match,
    Product,
    RunMetadata,
)

BULK_COUNT = 10_000
_START = datetime.datetime(2026, 1, 5, tzinfo=datetime.UTC)


def _bulk_items(count: int) -> list[BulkIntervalItem]:
    step = datetime.timedelta(minutes=10)
    return [
        BulkIntervalItem(
            name=f"Operator {i % 40:02d}",
            start_time=_START + i * step,
            end_time=_START + i * step + datetime.timedelta(minutes=9),
        )
        for i in range(count)
    ]


def tour(oden: OdenClient, console: Console) -> dict[str, object]:
    summary: dict[str, object] = {}
    factories = oden.search_factories(Factory(match=Match.ALL))
    console.print(f"[bold]factories[/]: {', '.join(str(f.name) for f in factories)}")
    factory = factories[0]
    lines = oden.search_lines(Line(factory=Factory(id=factory.id), match=Match.ALL))
    console.print(f"[bold]lines of {factory.name}[/]: {', '.join(str(line.name) for line in lines)}")
    summary["factories / lines"] = f"{len(factories)} / {len(lines)}"

    try:
        oden.search_lines(Line(name=str(lines[0].name)))
    except ConflictError as exc:  # "Line 01" exists in two factories: a unique match is refused
        console.print(f"[bold]typed error[/]: {type(exc).__name__} {exc.status_code}: {exc.error.error}")
        summary["ambiguous name"] = f"{type(exc).__name__} ({exc.error.num_matches} matches)"

    line = Line(id=lines[0].id)
    run_type = IntervalType(name="RUN")
    created = oden.set_interval(
        Interval(
            type=run_type,
            line=line,
            name="demo run",
            start_time=datetime.datetime(2026, 1, 2, 8, tzinfo=datetime.UTC),
            metadata=RunMetadata(product=Product(name="Demo Product")),
        )
    )
    run = created[0]
    latest = oden.search_intervals(Interval(type=run_type, line=line, match=Match.LAST))[0]
    oden.update_interval(Interval(type=run_type, line=line, id=run.id, name="demo run (renamed)"))
    renamed = oden.search_intervals(Interval(type=run_type, line=line, id=run.id))[0]
    oden.delete_interval(Interval(type=run_type, line=line, id=run.id))
    console.print(
        f"[bold]run interval[/]: created {run.id} (newest: {latest.id == run.id}), "
        f"renamed to {renamed.name!r}, deleted"
    )
    summary["run lifecycle"] = "set → search last → update → delete"

    bulk_line = Line(id=lines[-1].id)
    custom = IntervalType(name="operator id")
    items = _bulk_items(BULK_COUNT)
    with Progress(
        TextColumn("bulk create"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console
    ) as progress:
        task = progress.add_task("bulk", total=len(items))
        began = time.perf_counter()
        result = oden.bulk_set_intervals(
            IntervalBulkCreate(type=custom, line=bulk_line, intervals=items),
            on_progress=lambda done, total: progress.update(task, completed=done),
        )
        elapsed = time.perf_counter() - began
    end = _START + BULK_COUNT * datetime.timedelta(minutes=10)
    found = oden.search_intervals(
        Interval(type=custom, line=bulk_line, start_time=_START, end_time=end, match=Match.ALL)
    )
    deleted = oden.bulk_delete_intervals(
        IntervalBulkDelete(type=custom, line=bulk_line, start_time=_START, end_time=end)
    )
    console.print(
        f"[bold]bulk[/]: {len(result.ids)} created in {result.requests} requests ({elapsed:.2f}s), "
        f"{len(result.failed)} failed; {len(found)} found by range; "
        f"{deleted.num_deleted} deleted in {deleted.requests} requests (range of "
        f"{(end - _START).days} days)"
    )
    summary["bulk create"] = f"{len(result.ids)} ids, {result.requests} requests, {len(result.failed)} failed"
    summary["bulk delete"] = f"{deleted.num_deleted} deleted, {deleted.requests} requests"
    if len(result.ids) != BULK_COUNT or len(found) != BULK_COUNT or deleted.num_deleted != BULK_COUNT:
        raise SystemExit("the bulk round trip lost intervals")
    return summary


def main() -> int:
    from iotclients_sandbox import Sandbox

    console = Console()
    api_key = secrets.token_urlsafe(24)
    with Sandbox("oden", api_key=api_key) as sandbox:
        console.print(f"Oden sandbox at {sandbox.url} (a fresh API key, never printed)")
        with OdenClient(api_key, base_url=sandbox.url) as oden:
            summary = tour(oden, console)
        summary["requests served"] = sandbox.journal.total
    print_summary(console, "Oden tour", summary)
    return 0
