"""IOTile rows: downloading 100,000 stream points from the same sandbox, ours vs iotile-cloud 0.9.14.

The sandbox runs in its own process (so it does not share the GIL with the clients measured) and
serves the demo stream of 100,000 points in DRF pages of 5,000. Candidates take turns, best of N
wall times; peak memory is traced in this process only, i.e. the client's own allocations.
iotile-cloud keeps every point as a dict in ``StreamData.data`` by design; ours is measured both
streaming (one page alive) and collecting typed points into a list like it.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import targets
from .report import Row, kib, ms, ratio_met, spread
from .timing import Timing, peak_memory, retained_memory

ROOT = Path(__file__).resolve().parents[2]
EMAIL = "bench@iotile.test"
PASSWORD = "bench-password"
STREAM = "s--0000-0001--0000-0000-0000-0001--5001"
POINTS = 100_000


@contextmanager
def sandbox_process(announced: list[str] | None = None) -> Iterator[str]:
    """``iotclients sandbox --vendor iotile`` on a free loopback port, in a child process.

    ``announced`` receives the lines the sandbox prints before serving.
    """
    env = dict(os.environ)
    paths = [str(ROOT / part) for part in ("sandbox", "overlays", "generated")]
    env["PYTHONPATH"] = os.pathsep.join([*paths, env.get("PYTHONPATH", "")])
    command = [sys.executable, "-m", "iotclients_sandbox", "--vendor", "iotile", "--port", "0"]
    command += ["--email", EMAIL, "--password", PASSWORD, "--log-level", "warning"]
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        lines = [child.stdout.readline()]
        if "listening on" not in lines[0]:
            raise RuntimeError(f"the iotile sandbox did not start: {lines[0]!r}")
        while not lines[-1].startswith("Press Ctrl-C") and lines[-1]:
            lines.append(child.stdout.readline())
        if announced is not None:
            announced.extend(line.rstrip("\n") for line in lines)
        yield lines[0].rsplit(" ", 1)[-1].strip()
    finally:
        child.terminate()
        child.wait(10)


def _ours_sync(url: str) -> Callable[[], int]:
    from iotclients.iotile import IOTileClient

    def run() -> int:
        with IOTileClient(base_url=url) as client:
            client.login(email=EMAIL, password=PASSWORD)
            return sum(1 for _ in client.iter_list_stream_data(STREAM))

    return run


def _ours_list(url: str) -> Callable[[], Any]:
    from iotclients.iotile import IOTileClient, StreamData

    def run() -> Any:
        with IOTileClient(base_url=url) as client:
            client.login(email=EMAIL, password=PASSWORD)
            data = StreamData(STREAM, client)
            data.initialize_from_server()
            return data

    return run


def _ours_async(url: str) -> Callable[[], int]:
    from iotclients.iotile import AsyncIOTileClient

    async def download() -> int:
        async with AsyncIOTileClient(base_url=url) as client:
            await client.login(email=EMAIL, password=PASSWORD)
            count = 0
            async for _ in client.iter_list_stream_data(STREAM):
                count += 1
            return count

    return lambda: asyncio.run(download())


def _theirs(url: str) -> Callable[[], Any] | None:
    try:
        from iotile_cloud.api.connection import Api
        from iotile_cloud.stream.data import StreamData
    except ImportError:
        return None

    def run() -> Any:
        api = Api(url)
        if not api.login(email=EMAIL, password=PASSWORD):
            raise RuntimeError("iotile-cloud could not log in to the sandbox")
        data = StreamData(STREAM, api)
        data.initialize_from_server()
        return data

    return run


def _count(result: Any) -> int:
    return result if isinstance(result, int) else len(result.data)


def _times(
    candidates: dict[str, Callable[[], Any]], repeats: int
) -> tuple[dict[str, Timing], dict[str, Timing]]:
    """Wall times and CPU times of this (the client's) process, per candidate, in rotating order."""
    for name, fn in candidates.items():  # warm-up, and every candidate must read every point
        got = _count(fn())
        if got != POINTS:
            raise AssertionError(f"{name} read {got} points, not {POINTS}")
    wall: dict[str, list[float]] = {name: [] for name in candidates}
    cpu: dict[str, list[float]] = {name: [] for name in candidates}
    names = list(candidates)
    for repeat in range(repeats):
        for name in names[repeat % len(names) :] + names[: repeat % len(names)]:
            start, start_cpu = time.perf_counter_ns(), time.process_time_ns()
            candidates[name]()
            cpu[name].append(time.process_time_ns() - start_cpu)
            wall[name].append(time.perf_counter_ns() - start)
    return (
        {name: Timing(tuple(values), 1) for name, values in wall.items()},
        {name: Timing(tuple(values), 1) for name, values in cpu.items()},
    )


def download_rows(repeats: int = 5, with_async: bool = False) -> tuple[list[Row], list[str]]:
    with sandbox_process() as url:
        theirs = _theirs(url)
        candidates: dict[str, Callable[[], Any]] = {"sync": _ours_sync(url), "list": _ours_list(url)}
        if with_async:
            candidates["async"] = _ours_async(url)
        if theirs is None:
            return [], [
                "IOTile download: iotile-cloud 0.9.14 is not installed (`pip install iotile-cloud==0.9.14`)."
            ]
        candidates["theirs"] = theirs
        times, cpu = _times(candidates, repeats)
        peak = {name: peak_memory(candidates[name], repeats=1) for name in ("sync", "list", "theirs")}
        kept = {name: retained_memory(candidates[name], repeats=1) for name in ("list", "theirs")}
    what = f"IOTile: {POINTS:,} stream points (20 pages, loopback sandbox)"
    labels = {
        "sync": "**ours** `iter_list_stream_data` (sync)",
        "async": "**ours** `AsyncIOTileClient` iterator",
        "list": "**ours** `StreamData.initialize_from_server`",
    }
    labels = {name: label for name, label in labels.items() if name in candidates}
    theirs_name = "iotile-cloud 0.9.14"

    def timed(name: str, kind: str, timing: dict[str, Timing], target: float | None) -> Row:
        ratio = timing[name].median / timing["theirs"].median
        value = spread(timing[name].median, timing[name].low, timing[name].high)
        baseline = f"{theirs_name} {ms(timing['theirs'].median)}"
        return Row(7, f"{what}: {labels[name]}, {kind}", value, baseline, ratio, *ratio_met(ratio, target))

    rows = [timed(name, "wall time", times, None) for name in labels]
    rows += [
        timed(name, "client CPU time", cpu, targets.IOTILE_CPU if name == "list" else None) for name in labels
    ]
    ratio = kept["list"] / kept["theirs"]
    rows.append(
        Row(7, f"{what}: {labels['list']}, retained memory", kib(kept["list"]),
            f"{theirs_name} {kib(kept['theirs'])}", ratio, *ratio_met(ratio, targets.IOTILE_MEMORY))
    )  # fmt: skip
    rows += [
        Row(7, f"{what}: {labels[n]}, peak memory", kib(peak[n]), f"{theirs_name} {kib(peak['theirs'])}",
            peak[n] / peak["theirs"])
        for n in ("sync", "list")
    ]  # fmt: skip
    notes = [
        f"IOTile download: {repeats} runs each, alternating, including login; the sandbox runs in a child "
        "process and its own work (building and encoding 100,000 points) is part of every candidate's wall "
        "time; client CPU time counts this process only (HTTP, JSON decoding, models). Memory is traced in "
        "the client's process: retained is what the returned `StreamData` keeps alive; the sync iterator "
        "holds one page of typed points at its peak, `StreamData` and iotile-cloud hold all 100,000.",
    ]
    return rows, notes
