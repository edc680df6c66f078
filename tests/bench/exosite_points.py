"""Exosite One Platform: 10,000 points through ``write_points`` vs what a pyonep user sends.

pyonep's ``record`` (or a deferred ``recordbatch``) puts every point in one JSON-RPC call: the
baseline is that call by hand, ``json.dumps`` of the body posted with httpx and ``json.loads`` of
the reply. All run against the same counting fake of ``/onep:v1/rpc/process`` (every call answered
``ok``); client-side times exclude the fake server's own work.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
import msgspec

from . import targets
from .report import Row, ms, ratio_met, spread
from .timing import alternate

CIK = "be0c4be0c4be0c4be0c4be0c4be0c4be0c4be0c4"
RID = "0f" * 20
BASE_URL = "http://exosite.bench.invalid"


@dataclass
class RpcCounter:
    """Counts requests and calls; answers every call ``ok``."""

    requests: int = 0
    calls: int = 0
    points: int = 0
    handler_ns: int = 0
    sizes: list[int] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        start = time.process_time_ns()
        calls = msgspec.json.decode(request.content)["calls"]
        self.requests += 1
        self.calls += len(calls)
        self.points += sum(len(c["arguments"][1]) for c in calls if c["procedure"] == "recordbatch")
        self.sizes.append(len(request.content))
        body = msgspec.json.encode([{"id": c["id"], "status": "ok"} for c in calls])
        response = httpx.Response(200, headers={"Content-Type": "application/json"}, content=body)
        self.handler_ns += time.process_time_ns() - start
        return response


@dataclass(frozen=True, slots=True)
class PointsRun:
    server: RpcCounter
    written: int
    client_ns: int


def points(count: int) -> list[list[int | float]]:
    return [[1_500_000_000 + i, float(i % 97)] for i in range(count)]


def one_call_per_point(data: list[list[int | float]]) -> PointsRun:
    from iotclients.exosite import OnePlatformClient

    server = RpcCounter()
    with OnePlatformClient(CIK, base_url=BASE_URL, transport=httpx.MockTransport(server)) as one:
        start = time.process_time_ns()
        for point in data:
            one.recordbatch(RID, [point])
        elapsed = time.process_time_ns() - start
    return PointsRun(server, len(data), elapsed - server.handler_ns)


def raw_recordbatch(data: list[list[int | float]]) -> PointsRun:
    """One ``recordbatch`` call carrying every point, as pyonep builds it: dicts and ``json``."""
    server = RpcCounter()
    with httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(server)) as raw:
        start = time.process_time_ns()
        body = {
            "auth": {"cik": CIK},
            "calls": [{"id": 1, "procedure": "recordbatch", "arguments": [RID, data]}],
        }
        response = raw.post(
            "/onep:v1/rpc/process",
            content=json.dumps(body),
            headers={"Content-Type": "application/json; charset=utf-8"},
        )
        response.raise_for_status()
        replies = json.loads(response.content)
        if any(reply["status"] != "ok" for reply in replies):
            raise AssertionError(f"the fake refused a point: {replies}")
        elapsed = time.process_time_ns() - start
    return PointsRun(server, len(data), elapsed - server.handler_ns)


def batched(data: list[list[int | float]], chunk: int | None = None) -> PointsRun:
    from iotclients.exosite import OnePlatformClient

    server = RpcCounter()
    with OnePlatformClient(CIK, base_url=BASE_URL, transport=httpx.MockTransport(server)) as one:
        start = time.process_time_ns()
        outcome = one.write_points(RID, data, chunk_size=chunk)
        elapsed = time.process_time_ns() - start
    return PointsRun(server, outcome.written, elapsed - server.handler_ns)


def rows(repeats: int = 5, count: int = 10_000) -> tuple[list[Row], list[str]]:
    data = points(count)
    runs: dict[str, list[PointsRun]] = {"ours": [], "raw": []}

    def measure(name: str, write: Callable[[list[list[int | float]]], PointsRun]) -> Callable[[], float]:
        def run() -> float:
            runs[name].append(write(data))
            return runs[name][-1].client_ns

        return run

    times = alternate(
        {"ours": measure("ours", batched), "raw": measure("raw", raw_recordbatch)}, repeats=repeats
    )
    batch, raw = runs["ours"][0], runs["raw"][0]
    ratio = times["ours"].median / times["raw"].median
    what = f"Exosite: {count:,} points"
    out = [
        Row(6, f"{what}: requests sent, `write_points` (**ours**)", f"{batch.server.requests}",
            f"pyonep-style `recordbatch` {raw.server.requests}", batch.server.requests / raw.server.requests,
            f"= {raw.server.requests}", batch.server.requests == raw.server.requests),
        Row(6, f"{what}: client-side time, {len(times['ours'].samples)} runs, `write_points` (**ours**)",
            spread(times["ours"].median, times["ours"].low, times["ours"].high),
            f"pyonep-style raw `recordbatch` {ms(times['raw'].median)}", ratio,
            *ratio_met(ratio, targets.EXOSITE_CPU)),
    ]  # fmt: skip
    notes = [
        f"Exosite: `write_points` sent {batch.server.points:,} points in {batch.server.requests} recordbatch "
        f"request(s) (largest {max(batch.server.sizes):,} bytes); the pyonep-style baseline sent "
        f"{raw.server.requests} of {max(raw.server.sizes):,} bytes. Both against an in-process counting "
        "fake; its own time is excluded.",
    ]
    return out, notes
