"""``iotclients demo --vendor exosite``: the One Platform client against an in-process sandbox.

The tour: create a dataport and alias it, write a value, record 20,000 historical points in batched
requests (with a progress bar), read them back, a batch of calls in one request, info, then drop
and see the typed ``restricted`` error. Then provisioning: a model, serial numbers from CSV, one
enabled and activated as a device, and a firmware blob the device downloads with its new CIK.
"""

from __future__ import annotations

import secrets
import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from iotclients.core.errors import PermissionDeniedError
from iotclients.demo._summary import print_summary
from iotclients.exosite import OnePlatformClient, ProvisionClient

POINTS = 20_000
CHUNK = 2_000
DEVICES = 100
MODEL = "demo-sensor"


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
        # One request would do; chunks let the progress bar move.
        outcome = one.write_points(
            rid,
            points,
            chunk_size=CHUNK,
            on_progress=lambda done, total: progress.update(task, completed=done),
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


def provisioning(provision: ProvisionClient, one: OnePlatformClient, console: Console) -> dict[str, object]:
    template = one.create_client({"limits": {"dataport": "inherit"}})
    provision.model_create(MODEL, template, comments=False)
    provision.serialnumber_add_batch_csv(
        MODEL, [(f"DS-{i:04d}", f"line {i % 3}") for i in range(1, DEVICES + 1)]
    )
    listed = provision.serialnumber_list(MODEL, status=True)
    vendor = provision.vendor_show()
    provision.serialnumber_enable(MODEL, "DS-0001", one.lookup("alias", ""))
    device_cik = provision.serialnumber_activate(MODEL, "DS-0001", vendor)
    state = provision.serialnumber_info(MODEL, "DS-0001")
    firmware = bytes(range(256)) * 64
    provision.content_create(MODEL, "firmware.bin", "v1.0")
    provision.content_upload(MODEL, "firmware.bin", firmware, "application/octet-stream")
    fetched = provision.content_download(device_cik, vendor, MODEL, "firmware.bin")
    status = getattr(state, "status", None)
    console.print(
        f"[bold]provisioning[/]: model {MODEL} of {vendor}: {len(listed)} serial numbers from CSV "
        f"(first {listed[0].sn}, {listed[0].status}); DS-0001 {status}; the device downloaded "
        f"{len(fetched):,} bytes of firmware with its own CIK (never printed)"
    )
    if fetched != firmware:
        raise SystemExit("the firmware download does not match the upload")
    return {
        "provisioning": f"{len(listed)} serial numbers, DS-0001 {status}",
        "content download": f"{len(fetched):,} bytes, as uploaded",
    }


def main() -> int:
    from iotclients_sandbox import Sandbox

    console = Console()
    cik = secrets.token_hex(20)
    with Sandbox("exosite", api_key=cik) as sandbox:
        console.print(f"One Platform sandbox at {sandbox.url} (a fresh CIK, never printed)")
        with (
            OnePlatformClient(cik, base_url=sandbox.url) as one,
            ProvisionClient(cik, base_url=sandbox.url) as provision,
        ):
            summary = tour(one, console)
            summary.update(provisioning(provision, one, console))
        summary["requests served"] = sandbox.journal.total
    print_summary(console, "Exosite One Platform tour", summary)
    return 0
