"""The measurements. Each returns table rows; none asserts on time."""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import msgspec

from . import data, targets
from .report import Row, kib, ms, ratio_met, spread
from .stock import StockClient
from .timing import (
    MIN_REPEATS,
    Timing,
    alternate,
    cold_import,
    compare,
    import_env,
    peak_memory,
    retained_memory,
)

BASE_URL = "http://oden.bench.invalid"
API_KEY = "bench-key"
QUERY = {"factory": {"name": "Akron Plant 1"}, "match": "all"}


@dataclass(frozen=True, slots=True)
class Settings:
    repeats: int = 7
    target_ms: float = 50.0
    import_runs: int = 11
    bulk_items: int = 100_000
    bulk_repeats: int = MIN_REPEATS
    decode_items: tuple[int, ...] = (1000, 10_000)

    @classmethod
    def quick(cls) -> Settings:
        return cls(
            repeats=MIN_REPEATS, target_ms=2.0, import_runs=MIN_REPEATS, bulk_items=10_000,
            bulk_repeats=MIN_REPEATS, decode_items=(1000,),
        )  # fmt: skip


def _json_response(content: bytes) -> httpx.Response:
    return httpx.Response(200, headers={"Content-Type": "application/json"}, content=content)


def _serving(content: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: _json_response(content))


# -- 1. typed decode ---------------------------------------------------------------------------


def decoders(body: bytes, stock: StockClient) -> dict[str, Callable[[], Any]]:
    """What each candidate runs to turn the body into values (checked before being timed)."""
    from iotclients.core import codec
    from iotclients.core.validation import validator
    from iotclients.oden.models import Factory, Line

    line_list = list[Line]
    # The same fields, types and rules as msgspec.Struct(gc=False) classes: what typed objects
    # cost without attrs (the floor the attrs models are measured against).
    mirror = validator(line_list)
    candidates: dict[str, Callable[[], Any]] = {
        "json.loads": lambda: json.loads(body),
        "ours": lambda: codec.decode(body, line_list),
        "msgspec": lambda: msgspec.json.decode(body),
        "floor": lambda: mirror.decode(body),
    }
    ours = candidates["ours"]()
    assert isinstance(ours[0], Line) and isinstance(ours[-1].factory, Factory), "typed decode went wrong"
    if stock.package is not None:
        stock_line = stock.package.models.Line
        candidates["stock"] = lambda: [stock_line.from_dict(item) for item in json.loads(body)]
        assert isinstance(candidates["stock"]()[0], stock_line)
    return candidates


def typed_decode(settings: Settings, stock: StockClient) -> list[Row]:
    rows = []
    for items in settings.decode_items:
        body = data.lines_body(items)
        candidates = decoders(body, stock)
        if items > 1000:
            candidates.pop("stock", None)  # seconds per repeat, and the 1,000-line row already tells
        timings = compare(candidates, repeats=settings.repeats, target_ms=settings.target_ms)
        base = timings["json.loads"]
        what = f"Decode {items:,}-line `search_lines` body ({len(body) / 1024:.0f} KiB)"
        target = targets.DECODE_1K if items <= 1000 else targets.DECODE_10K
        rows += [
            Row(1, f"{what}: `json.loads` (dicts, baseline)", _spread(base), "", 1.0),
            _vs(1, f"{what}: **ours** `codec.decode(body, list[Line])`", timings["ours"], base, "json.loads",
                target),
        ]  # fmt: skip
        if "stock" in timings:
            rows.append(
                _vs(1, f"{what}: openapi-python-client {stock.version} `Line.from_dict` over `json.loads`",
                    timings["stock"], base, "json.loads")
            )  # fmt: skip
        elif items <= 1000:
            rows.append(Row(1, f"{what}: openapi-python-client stock `from_dict`", stock.note, "", None))
        rows.append(
            _vs(1, f"{what}: `msgspec.json.decode` (untyped)", timings["msgspec"], base, "json.loads")
        )
        floor = f"{what}: floor, the same types as `msgspec.Struct(gc=False)` (no attrs)"
        rows.append(_vs(1, floor, timings["floor"], base, "json.loads"))
    return rows


def _spread(timing: Timing) -> str:
    return spread(timing.median, timing.low, timing.high)


def _vs(
    section: int, what: str, timing: Timing, base: Timing, base_name: str, target: float | None = None
) -> Row:
    ratio = timing.median / base.median
    return Row(
        section, what, _spread(timing), f"{base_name} {ms(base.median)}", ratio, *ratio_met(ratio, target)
    )


# -- 2. whole call -----------------------------------------------------------------------------


def callers(body: bytes, stock: StockClient) -> tuple[dict[str, Callable[[], Any]], Callable[[], None]]:
    """Ours, raw httpx and (when there is one) the stock client, all on one transport."""
    from iotclients.oden import OdenClient
    from iotclients.oden.models import Factory, Line, Match

    transport = _serving(body)
    oden = OdenClient(API_KEY, base_url=BASE_URL, transport=transport)
    raw = httpx.Client(base_url=BASE_URL, transport=transport)
    query = Line(factory=Factory(name="Akron Plant 1"), match=Match.ALL)
    auth = {"Authorization": f"Token {API_KEY}"}

    def raw_call() -> Any:
        response = raw.post("/v2/line/search", json=QUERY, headers=auth)
        response.raise_for_status()
        return json.loads(response.content)

    candidates: dict[str, Callable[[], Any]] = {"raw": raw_call, "ours": lambda: oden.search_lines(query)}
    closers = [oden.close, raw.close]
    if stock.package is not None:
        from importlib import import_module

        search = import_module(f"{stock.package.__name__}.api.machine_groups.search_lines")
        stock_client = stock.package.AuthenticatedClient(
            base_url=BASE_URL, token=API_KEY, prefix="Token", httpx_args={"transport": transport}
        )
        stock_query = stock.package.models.Line.from_dict(QUERY)
        candidates["stock"] = lambda: search.sync(client=stock_client, body=stock_query)
        closers.append(lambda: stock_client.get_httpx_client().close())
    expected = len(json.loads(body))
    for name, call in candidates.items():
        assert len(call()) == expected, f"{name} returned the wrong number of lines"

    def close() -> None:
        for closer in closers:
            closer()

    return candidates, close


def whole_call(settings: Settings, stock: StockClient) -> list[Row]:
    rows = []
    for items in (1, 1000):
        candidates, close = callers(data.lines_body(items), stock)
        try:
            timings = compare(candidates, repeats=settings.repeats, target_ms=settings.target_ms)
        finally:
            close()
        base = timings["raw"]
        what = f"`search_lines` whole call, {items:,} line{'s' if items > 1 else ''} (MockTransport)"
        ours = f"{what}: **ours** `OdenClient.search_lines`"
        if items == 1:
            extra = timings["ours"].median - base.median
            rows.append(
                Row(2, ours, _spread(timings["ours"]), f"raw httpx+json.loads {ms(base.median)}",
                    timings["ours"].median / base.median, f"≤ raw + {ms(targets.CALL_1_EXTRA_NS)}",
                    extra <= targets.CALL_1_EXTRA_NS)
            )  # fmt: skip
        else:
            rows.append(_vs(2, ours, timings["ours"], base, "raw httpx+json.loads", targets.CALL_1K))
        if "stock" in timings:
            stock_call = f"{what}: openapi-python-client stock `search_lines.sync`"
            rows.append(_vs(2, stock_call, timings["stock"], base, "raw"))
    return rows


# -- 3. cold import ----------------------------------------------------------------------------


# httpx imports its CLI (click, rich, pygments) when they are installed, as they are in the dev
# environment; most users lack them. Blocking them shows the ratio such a user sees.
_LEAN = "import sys; sys.modules.update(dict.fromkeys(('click', 'rich', 'pygments'))); "


QUICKSTART_IMPORT = (
    "import iotclients.oden; from iotclients.oden.models import "
    "BulkIntervalItem, Factory, IntervalBulkCreate, IntervalType, Line, Match"
)
"""What the README's quickstart imports before its first call."""


def import_cost(settings: Settings) -> list[Row]:
    statements = {
        "pass": "pass",
        "httpx": "import httpx",
        "oden": "import iotclients.oden",
        "quickstart": QUICKSTART_IMPORT,
        "floor": "import httpx, attrs, msgspec",
    }
    statements |= {f"lean {name}": _LEAN + statement for name, statement in statements.items()}
    with tempfile.TemporaryDirectory(prefix="iotclients-bench-pycache-") as pycache:
        runs = cold_import(statements, runs=settings.import_runs, env=import_env(pycache))
    median = {name: timing.median for name, timing in runs.items()}
    rows = []
    for prefix, label in (("", "as installed here"), ("lean ", "without click/rich/pygments")):
        start_up = median[prefix + "pass"]
        httpx_ns = median[prefix + "httpx"] - start_up
        baseline = f"`import httpx` {ms(httpx_ns)}"
        for name, statement in (
            ("oden", "`import iotclients.oden`"),
            ("quickstart", "the quickstart's imports"),
            ("floor", "floor: `import httpx, attrs, msgspec` (what the models stand on)"),
        ):
            timing = runs[prefix + name]
            ours_ns = timing.median - start_up
            ratio = ours_ns / httpx_ns
            target = targets.IMPORT if name == "quickstart" else None
            value = spread(ours_ns, timing.low - start_up, timing.high - start_up)
            who = statement if name == "floor" else f"**ours** {statement} (includes httpx)"
            what = f"Cold import CPU time ({label}), {len(timing.samples)} runs: {who}"
            rows.append(Row(3, what, value, baseline, ratio, *ratio_met(ratio, target)))
    start_up_row = "Cold import: interpreter start-up (`python -c pass`, subtracted above)"
    rows.append(Row(3, start_up_row, _spread(runs["pass"]), "", None))
    return rows


# -- 4. bulk create ----------------------------------------------------------------------------


@dataclass
class CountingServer:
    """A fake ``intervals/set`` that counts requests and answers with one new id per item."""

    requests: int = 0
    items: list[int] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    handler_ns: int = 0
    _next_id: int = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        start = time.process_time_ns()
        count = len(msgspec.json.decode(request.content)["intervals"])
        self.requests += 1
        self.items.append(count)
        self.sizes.append(len(request.content))
        ids = [f"iv-{n:08d}" for n in range(self._next_id, self._next_id + count)]
        self._next_id += count
        response = _json_response(msgspec.json.encode(ids))
        self.handler_ns += time.process_time_ns() - start
        return response


@dataclass(frozen=True, slots=True)
class BulkRun:
    server: CountingServer
    ids: int
    failed: int
    client_ns: int  # time of the call minus the time spent in the fake server


def bulk_with_ours(body: Any) -> BulkRun:
    """``OdenClient.bulk_set_intervals(body)`` against a counting server (not timed by callers that count)."""
    from iotclients.oden import OdenClient

    server = CountingServer()
    with OdenClient(API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(server)) as oden:
        start = time.process_time_ns()
        result = oden.bulk_set_intervals(body)
        elapsed = time.process_time_ns() - start
    assert result.requests == server.requests
    return BulkRun(server, len(result.ids), len(result.failed), elapsed - server.handler_ns)


def bulk_with_raw(items: list[dict[str, Any]], chunk: int = 2500) -> BulkRun:
    """The same writes by hand: plain dicts, ``httpx.Client.post(json=...)``, ``json.loads``."""
    server = CountingServer()
    ids: list[str] = []
    with httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(server)) as raw:
        start = time.process_time_ns()
        for offset in range(0, len(items), chunk):
            payload = {
                "type": data.BULK_TYPE,
                "line": data.BULK_LINE,
                "intervals": items[offset : offset + chunk],
            }
            response = raw.post(
                "/v2/intervals/set", json=payload, headers={"Authorization": f"Token {API_KEY}"}
            )
            response.raise_for_status()
            ids.extend(json.loads(response.content))
        elapsed = time.process_time_ns() - start
    return BulkRun(server, len(ids), 0, elapsed - server.handler_ns)


def bulk_create(settings: Settings) -> tuple[list[Row], list[str]]:
    count = settings.bulk_items
    start = time.process_time_ns()
    body = data.bulk_create_model(count)
    build_ns = time.process_time_ns() - start
    plain = data.interval_items(count)
    runs: dict[str, list[BulkRun]] = {"ours": [], "raw": []}

    def ours_run() -> float:
        runs["ours"].append(bulk_with_ours(body))
        return runs["ours"][-1].client_ns

    def raw_run() -> float:
        runs["raw"].append(bulk_with_raw(plain))
        return runs["raw"][-1].client_ns

    times = alternate({"ours": ours_run, "raw": raw_run}, repeats=settings.bulk_repeats)
    ours, raw = runs["ours"][0], runs["raw"][0]
    expected = -(-count // 2500)
    sent = ours.server
    complete = ours.ids == count and ours.failed == 0
    what = f"`bulk_set_intervals`, {count:,} intervals"
    rows = [
        Row(4, f"{what}: requests sent (**ours**)", f"{sent.requests}", "", None, f"= {expected}",
            sent.requests == expected and complete),
        Row(4, f"{what}: largest request (**ours**), {max(sent.items):,} items", kib(max(sent.sizes)),
            f"raw {kib(max(raw.server.sizes))}", max(sent.sizes) / max(raw.server.sizes)),
        _vs(4, f"{what}: client-side time, {len(times['ours'].samples)} runs (**ours**)", times["ours"],
            times["raw"], "raw httpx+prebuilt dicts", targets.BULK_ENCODE),
    ]  # fmt: skip
    notes = [
        f"Bulk: ours returned {ours.ids:,} ids, {ours.failed} failed items; items per request "
        f"{sorted(set(sent.items), reverse=True)}. Building the {count:,} `BulkIntervalItem` models took "
        f"{ms(build_ns)} (not counted). Times exclude the fake server's own work "
        f"({ms(ours.server.handler_ns)} for ours). The raw baseline sends prebuilt dicts with ISO strings "
        f"and checks nothing.",
    ]
    return rows, notes


# -- 5. peak memory ----------------------------------------------------------------------------


def decode_memory(stock: StockClient, items: int = 1000) -> list[Row]:
    body = data.lines_body(items)
    candidates = decoders(body, stock)
    labels = {
        "ours": "**ours** `codec.decode`",
        "stock": f"openapi-python-client {stock.version} `from_dict`",
        "msgspec": "`msgspec.json.decode` (untyped)",
        "floor": "floor, the same types as `msgspec.Struct(gc=False)` (no attrs)",
    }
    rows = []
    for kind, measure, target in (
        ("Retained", retained_memory, targets.DECODE_RETAINED),
        ("Peak", peak_memory, None),
    ):
        sizes = {name: measure(fn) for name, fn in candidates.items()}
        base = sizes["json.loads"]
        what = f"{kind} traced memory (tracemalloc), decoding the {items:,}-line body"
        rows.append(Row(5, f"{what}: `json.loads` (baseline)", kib(base), "", 1.0))
        for name, label in labels.items():
            if name in sizes:
                ratio = sizes[name] / base
                wanted = target if name == "ours" else None
                baseline = f"json.loads {kib(base)}"
                rows.append(
                    Row(5, f"{what}: {label}", kib(sizes[name]), baseline, ratio, *ratio_met(ratio, wanted))
                )
    return rows
