"""IoT-TICKET measurements: names_path lookups (snapshot vs level by level) and packed telemetry
(bodies of at most 2,048 bytes vs one row per request), against an in-process fake server.

Requests are counted at the fake server; times are client-side (the fake's own work excluded).
"""

from __future__ import annotations

import itertools
import json
import math
import random
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from iotclients.iotticket import (
    MAX_BODY_BYTES,
    IoTTicketClient,
    TelemetryRow,
    format_timestamp,
    pack_telemetry,
)
from iotclients.iotticket._base import as_device
from iotclients.iotticket.plans_writes import DeviceLogin
from iotclients.iotticket.resolve import locate_asset

from . import targets
from .next_fit import sort_next_fit
from .report import Row, ms, ratio_met, spread
from .timing import Timing, alternate

BASE_URL = "http://iotticket.bench.invalid"
ORG = "bench-org"
FANOUT = 3  # children per asset: 3 + 9 + 27 + 81 + 243 assets on five levels
LEVELS = 5


@dataclass
class FakeServer:
    """Serves the token, the asset listings and device writes; counts requests per operation."""

    assets: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    sizes: list[int] = field(default_factory=list)
    server_ns: int = 0

    def __post_init__(self) -> None:
        ids = itertools.count()
        level: list[str | None] = [None]
        for _ in range(LEVELS):
            nxt: list[str | None] = []
            for parent in level:
                for n in range(FANOUT):
                    asset_id = f"a{next(ids)}"
                    self.assets.append({"id": asset_id, "name": f"node {n}", "parentId": parent})
                    nxt.append(asset_id)
            level = nxt

    def handle(self, request: httpx.Request) -> httpx.Response:
        began = time.process_time_ns()
        try:
            return self._route(request)
        finally:
            self.server_ns += time.process_time_ns() - began

    def _count(self, name: str) -> None:
        self.counts[name] = self.counts.get(name, 0) + 1

    def _route(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/oauth2/token":
            self._count("create_token")
            return _json(
                {"access_token": "bench-token-0123456789", "token_type": "Bearer", "expires_in": 3600}
            )
        if path.startswith("/http-adapter/"):
            self._count("put_device_telemetry")
            self.sizes.append(len(request.content))
            return httpx.Response(413 if len(request.content) > MAX_BODY_BYTES else 202)
        if path.endswith("/children"):
            self._count("list_asset_children")
            parent = path.split("/")[-2]
            return _json([a for a in self.assets if a["parentId"] == parent])
        self._count("list_assets")
        query = parse_qs(urlsplit(str(request.url)).query)
        roots = query.get("root") == ["true"]
        return _json([a for a in self.assets if not roots or a["parentId"] is None])


def _json(payload: Any) -> httpx.Response:
    return httpx.Response(
        200, content=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )


def _client(server: FakeServer) -> IoTTicketClient:
    return IoTTicketClient(
        "bench-client", "bench-secret-0123456789", organization_id=ORG, base_url=BASE_URL,
        transport=httpx.MockTransport(server.handle),
    )  # fmt: skip


def lookup_paths(count: int, seed: int = 7) -> list[list[str]]:
    rng = random.Random(seed)
    return [[f"node {rng.randrange(FANOUT)}" for _ in range(LEVELS)] for _ in range(count)]


def resolve_cached(paths: list[list[str]]) -> FakeServer:
    """``names_path`` resolution as the client does it: one listing, then the snapshot."""
    server = FakeServer()
    with _client(server) as client:
        for path in paths:
            client._run(locate_asset(client._session, names_path=path))
    return server


def resolve_level_by_level(paths: list[list[str]]) -> FakeServer:
    """The same lookups without a snapshot: the roots, then one children request per level."""
    server = FakeServer()
    with _client(server) as client:
        for path in paths:
            level = client.list_assets(ORG, root=True)
            for depth, name in enumerate(path):
                (match,) = [a for a in level if a.name == name]
                if depth + 1 < len(path):
                    level = client.list_asset_children(ORG, match.id)
    return server


def telemetry_rows(count: int, seed: int = 11) -> list[TelemetryRow]:
    rng = random.Random(seed)
    names = [("pressure", "bar"), ("temperature", "C"), ("flow", "l/min"), ("state", None)]
    rows = []
    for i in range(count):
        name, unit = names[i % len(names)]
        value: Any = "RUNNING" if unit is None else round(rng.uniform(0, 100), 3)
        rows.append(TelemetryRow(name, 1_700_000_000_000 + (i // len(names)) * 1000, value, unit=unit))
    return rows


@dataclass
class WriteRun:
    server: FakeServer
    client_ns: int
    lower_bound: int


def write_packed(rows: list[TelemetryRow]) -> WriteRun:
    server = FakeServer()
    data = [{"timestamp": r.timestamp, r.name: r.value} for r in rows]  # one dict per row, as users hold them
    by_name: dict[str, list[dict[str, Any]]] = {}
    for item in data:
        by_name.setdefault(next(k for k in item if k != "timestamp"), []).append(item)
    with _client(server) as client:
        began = time.process_time_ns()
        for name, items in by_name.items():
            unit = next(r.unit for r in rows if r.name == name)
            result = client.write_telemetry(
                items, "dev-1", "dev-1", "device-pass-0123", units=None if unit is None else [unit]
            )
            assert result.ok
        elapsed = time.process_time_ns() - began - server.server_ns
    bound = pack_telemetry(rows).lower_bound
    return WriteRun(server, elapsed, bound)


def write_next_fit_raw(rows: list[TelemetryRow]) -> WriteRun:
    """The hand-written way: sort + next-fit bodies, each PUT with raw httpx (client CPU time)."""
    server = FakeServer()
    auth = httpx.BasicAuth("dev-1", "device-pass-0123")
    with httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(server.handle)) as raw:
        began = time.process_time_ns()
        for body in sort_next_fit(rows):
            response = raw.put(
                f"/http-adapter/{ORG}/dev-1",
                content=body,
                auth=auth,
                headers={"Content-Type": "application/json"},
            )
            response.raise_for_status()
        elapsed = time.process_time_ns() - began - server.server_ns
    return WriteRun(server, elapsed, 0)


def write_one_per_request(rows: list[TelemetryRow]) -> WriteRun:
    server = FakeServer()
    with _client(server) as client:
        began = time.perf_counter_ns()
        login = DeviceLogin("dev-1", "device-pass-0123", ORG)
        for row in rows:
            item: dict[str, Any] = {"n": row.name, "dt": "string" if isinstance(row.value, str) else "double"}
            if row.unit is not None:
                item["unit"] = row.unit
            item["data"] = [{format_timestamp(row.timestamp): row.value}]
            with as_device(login):
                client.put_device_telemetry({"t": [item]}, ORG, "dev-1")
        elapsed = time.perf_counter_ns() - began - server.server_ns
    return WriteRun(server, elapsed, len(rows))


def _cpu_ns(fn: Any) -> float:
    began = time.process_time_ns()
    fn()
    return time.process_time_ns() - began


def _spread(timing: Timing) -> str:
    return spread(timing.median, timing.low, timing.high)


def packing_rows(count: int, repeats: int = 5, scale: int = 4) -> list[Row]:
    """``pack_telemetry`` CPU time against sort + next-fit at ``count`` rows, and at ``scale`` times more."""
    data = telemetry_rows(count)
    more = telemetry_rows(count * scale)
    times = alternate(
        {
            "ours": lambda: _cpu_ns(lambda: pack_telemetry(data)),
            "next-fit": lambda: _cpu_ns(lambda: sort_next_fit(data)),
            "ours larger": lambda: _cpu_ns(lambda: pack_telemetry(more)),
        },
        repeats=repeats,
    )
    packed = pack_telemetry(data)
    sent, baseline = len(packed.bodies), len(sort_next_fit(data))
    ratio = times["ours"].median / times["next-fit"].median
    scaling = times["ours larger"].median / times["ours"].median
    within = math.ceil(targets.PACKING_BOUND * packed.lower_bound)
    bound = f"{targets.PACKING_BOUND} \N{MULTIPLICATION SIGN} bound {packed.lower_bound:,}"
    what = "`pack_telemetry` (bodies of 2,048 B)"
    return [
        Row(8, f"{what}, {count:,} rows: requests (**ours**)", f"{sent:,}", f"sort + next-fit {baseline:,}",
            sent / baseline, f"\N{LESS-THAN OR EQUAL TO} next-fit, \N{LESS-THAN OR EQUAL TO} {bound}",
            sent <= baseline and sent <= within),
        Row(8, f"{what}, {count:,} rows: CPU time (**ours**)", _spread(times["ours"]),
            f"sort + next-fit {ms(times['next-fit'].median)}", ratio, *ratio_met(ratio, targets.PACKING_CPU)),
        Row(8, f"{what}, {count * scale:,} rows: CPU time (**ours**)", _spread(times["ours larger"]),
            f"ours at {count:,} {ms(times['ours'].median)}", scaling,
            *ratio_met(scaling, targets.PACKING_SCALING)),
    ]  # fmt: skip


def rows(count: int, lookups: int = 1000, repeats: int = 5) -> tuple[list[Row], list[str]]:
    paths = lookup_paths(lookups)
    cached = resolve_cached(paths)
    stepwise = resolve_level_by_level(paths)
    cached_requests = sum(v for k, v in cached.counts.items() if k != "create_token")
    stepwise_requests = sum(v for k, v in stepwise.counts.items() if k != "create_token")
    data = telemetry_rows(count)
    runs: dict[str, list[WriteRun]] = {"ours": [], "raw": []}

    def ours() -> float:
        runs["ours"].append(write_packed(data))
        return runs["ours"][-1].client_ns

    def raw() -> float:
        runs["raw"].append(write_next_fit_raw(data))
        return runs["raw"][-1].client_ns

    times = alternate({"ours": ours, "raw": raw}, repeats=repeats)
    packed, baseline = runs["ours"][0], runs["raw"][0]
    sent = packed.server.counts["put_device_telemetry"]
    what = f"{lookups:,} `names_path` lookups in a {LEVELS}-level tree"
    ratio = times["ours"].median / times["raw"].median
    rows_out = [
        Row(8, f"{what}: requests (**ours**, snapshot)", f"{cached_requests}",
            f"level by level {stepwise_requests}", cached_requests / stepwise_requests, "= 1",
            cached_requests == 1),
        Row(8, f"{count:,} telemetry rows, `write_telemetry`: requests (**ours**)", f"{sent:,}",
            f"sort + next-fit + raw httpx {baseline.server.counts['put_device_telemetry']:,}",
            sent / baseline.server.counts["put_device_telemetry"]),
        Row(8, f"{count:,} telemetry rows, `write_telemetry`: client-side time (**ours**)",
            _spread(times["ours"]), f"sort + next-fit + raw httpx {ms(times['raw'].median)}", ratio),
        *packing_rows(count, repeats=repeats),
    ]  # fmt: skip
    notes = [
        f"IoT-TICKET: largest packed body {max(packed.server.sizes):,} bytes (limit {MAX_BODY_BYTES:,}); "
        f"the lower bound on requests is the byte bound with unavoidable repeated measurement headers "
        f"(`PackResult.lower_bound`). Lookups without the snapshot cost one request per level. "
        "`write_telemetry` is called once per measurement with dicts, as users hold them; packing times are "
        "CPU times of this process.",
    ]
    return rows_out, notes
