"""Exosite One Platform: 10,000 points written one call per point vs batched through ``write_points``.

Both run against the same counting fake of ``/onep:v1/rpc/process`` (every call answered ``ok``);
client-side times exclude the fake server's own work.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import httpx
import msgspec

from .report import TIMES, Row, ms

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
        start = time.perf_counter_ns()
        calls = msgspec.json.decode(request.content)["calls"]
        self.requests += 1
        self.calls += len(calls)
        self.points += sum(len(c["arguments"][1]) for c in calls if c["procedure"] == "recordbatch")
        self.sizes.append(len(request.content))
        body = msgspec.json.encode([{"id": c["id"], "status": "ok"} for c in calls])
        response = httpx.Response(200, headers={"Content-Type": "application/json"}, content=body)
        self.handler_ns += time.perf_counter_ns() - start
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
        start = time.perf_counter_ns()
        for point in data:
            one.recordbatch(RID, [point])
        elapsed = time.perf_counter_ns() - start
    return PointsRun(server, len(data), elapsed - server.handler_ns)


def batched(data: list[list[int | float]], chunk: int | None = None) -> PointsRun:
    from iotclients.exosite import OnePlatformClient

    server = RpcCounter()
    with OnePlatformClient(CIK, base_url=BASE_URL, transport=httpx.MockTransport(server)) as one:
        start = time.perf_counter_ns()
        outcome = one.write_points(RID, data, chunk_size=chunk)
        elapsed = time.perf_counter_ns() - start
    return PointsRun(server, outcome.written, elapsed - server.handler_ns)


def rows(repeats: int = 3, count: int = 10_000) -> tuple[list[Row], list[str]]:
    data = points(count)
    singles = [one_call_per_point(data) for _ in range(repeats)]
    batches = [batched(data) for _ in range(repeats)]
    single = min(singles, key=lambda run: run.client_ns)
    batch = min(batches, key=lambda run: run.client_ns)
    what = f"Exosite: {count:,} points"
    out = [
        Row(6, f"{what}: requests sent, `write_points` (**ours**)", f"{batch.server.requests}",
            f"one call per point {single.server.requests:,}", batch.server.requests / single.server.requests),
        Row(6, f"{what}: client-side time, best of {repeats}, `write_points` (**ours**)", ms(batch.client_ns),
            f"one call per point {ms(single.client_ns)}", batch.client_ns / single.client_ns),
    ]  # fmt: skip
    notes = [
        f"Exosite: `write_points` sent {batch.server.points:,} points in {batch.server.requests} recordbatch "
        f"requests (largest {max(batch.server.sizes):,} bytes); one call per point sent "
        f"{single.server.requests:,} requests of about {single.server.sizes[0]} bytes: "
        f"{single.server.requests / batch.server.requests:,.0f}{TIMES} fewer requests and "
        f"{single.client_ns / batch.client_ns:,.0f}{TIMES} less client-side time batched. Both against an "
        "in-process counting fake; its own time is excluded.",
    ]
    return out, notes
