"""The Markdown the runner prints: a header describing the machine, one table, notes."""

from __future__ import annotations

import datetime
import importlib.metadata
import os
import platform
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["TIMES", "Row", "header", "kib", "missed", "ms", "ratio_met", "spread", "table"]

TIMES = "\N{MULTIPLICATION SIGN}"


@dataclass(frozen=True, slots=True)
class Row:
    section: int
    measurement: str
    value: str
    baseline: str
    ratio: float | None
    target: str = "—"
    met: bool | None = None


def _ratio(value: float) -> str:
    """Two decimals, or two significant digits for ratios too small to show that way (0.0020)."""
    return f"{value:.2f}" if value == 0 or value >= 0.01 else f"{value:.2g}"


def ms(ns: float) -> str:
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    return f"{ns / 1e3:.1f} µs"


def spread(median: float, low: float, high: float, unit: Callable[[float], str] = ms) -> str:
    """``median [min, max]``: the figure compared, and how far the repeats strayed from it."""
    return f"{unit(median)} [{unit(low)}, {unit(high)}]"


def missed(rows: Iterable[Row]) -> list[Row]:
    """The rows whose target was not met."""
    return [row for row in rows if row.met is False]


def kib(size: float) -> str:
    return f"{size / 1024:,.0f} KiB" if size >= 10 * 1024 else f"{size / 1024:.1f} KiB"


def ratio_met(ratio: float, target: float | None) -> tuple[str, bool | None]:
    if target is None:
        return "—", None
    return f"≤ {target:.2f}{TIMES}", ratio <= target


def _memory_total() -> str:
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemTotal:"):
                    return f"{int(line.split()[1]) / 1024**2:.1f} GiB"
    except OSError:
        pass
    return "unknown (no /proc/meminfo)"


def _load_average() -> str:
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def header(*, quick: bool, repeats: int, target_ms: float) -> list[str]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    names = ("httpx", "msgspec", "attrs", "openapi-python-client")
    libraries = ", ".join(f"{name} {_version(name)}" for name in names)
    lines = [
        "## Benchmarks" + (" (quick run: too few repeats to quote)" if quick else ""),
        "",
        f"- Date: {now.isoformat().replace('+00:00', 'Z')}",
        f"- Python: {platform.python_version()} ({platform.python_implementation()}), {platform.platform()}",
        f"- CPUs: {os.cpu_count()} ({usable} usable)",
        f"- Memory: {_memory_total()} (MemTotal)",
        f"- Load average at start: {_load_average()} (other work on the machine adds noise)",
        f"- Libraries: {libraries}",
        "- Method: candidates and their peers timed side by side in one process, in alternating order; "
        f"warm-up, calibrated loops (≥ {target_ms:g} ms per repeat), {repeats} repeats; the garbage "
        "collector stays on inside timed loops, as users run. Times are CPU times: of this process for "
        "in-process candidates, of the child interpreters for cold imports; the IOTile rows also give "
        "wall times. Values are medians with [min, max] of "
        f"the repeats. Ratio = median measured / median baseline; below 1{TIMES} is faster or smaller.",
        "",
    ]
    if sys.flags.optimize:
        lines.insert(-1, f"- Note: running with -O{sys.flags.optimize}")
    return lines


def table(rows: Iterable[Row]) -> list[str]:
    out = [
        "| # | Measurement | Value | Baseline | Ratio | Target | Met |",
        "|---|---|---:|---:|---:|---:|:---:|",
    ]
    for row in rows:
        ratio = f"{_ratio(row.ratio)}{TIMES}" if row.ratio is not None else "—"
        met = "—" if row.met is None else ("yes" if row.met else "**no**")
        cells = (str(row.section), row.measurement, row.value, row.baseline or "—", ratio, row.target, met)
        out.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return out
