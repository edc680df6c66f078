"""``python -m tests.bench --profile``: where ours spends its time (cProfile, -X importtime)."""

from __future__ import annotations

import cProfile
import io
import pstats
import tempfile
from collections.abc import Callable
from typing import Any

from . import cases, data, stock
from .timing import import_env, import_profile


def _profile(title: str, fn: Callable[[], Any], loops: int, top: int = 14) -> None:
    fn()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(loops):
        fn()
    profiler.disable()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).strip_dirs().sort_stats("tottime").print_stats(top)
    print(f"### {title} (x{loops}, by own time)\n\n```")
    print("\n".join(line for line in text.getvalue().splitlines() if line.strip())[:6000])
    print("```\n")


def main() -> None:
    none = stock.StockClient(None, None, "skipped")
    candidates, close = cases.callers(data.lines_body(1000), none)
    try:
        _profile("OdenClient.search_lines, 1,000 lines", candidates["ours"], 50)
    finally:
        close()
    candidates, close = cases.callers(data.lines_body(1), none)
    try:
        _profile("OdenClient.search_lines, 1 line", candidates["ours"], 2000)
    finally:
        close()
    body = data.bulk_create_model(10_000)
    _profile("OdenClient.bulk_set_intervals, 10,000 intervals", lambda: cases.bulk_with_ours(body), 3)
    print("### import iotclients.oden (-X importtime, bytecode cached; self and cumulative µs)\n\n```")
    with tempfile.TemporaryDirectory(prefix="iotclients-bench-pycache-") as pycache:
        for self_us, cumulative, name in import_profile("iotclients.oden", env=import_env(pycache), top=20):
            print(f"{self_us:>8} {cumulative:>8}  {name}")
    print("```")
