"""Measurement as users run the code: warm-up, calibrated loops, several repeats, candidates interleaved.

Candidates of one comparison are timed round-robin inside the same process and the same repeat,
so drift (CPU frequency, other load) hits all of them alike. The garbage collector stays on inside
timed loops (unlike ``timeit``): the cost of the objects a candidate leaves for the collector to
trace is part of what its users pay. Figures are the median of the repeats, shown with their
minimum and maximum, so one lucky or unlucky repeat neither hides nor makes a difference.
In-process candidates are timed in CPU time of this process (``time.process_time_ns``): on a
shared machine wall time mostly measures the other tenants' load, while the candidates' own work
is what they are compared on.
"""

from __future__ import annotations

import gc
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "MIN_REPEATS",
    "Timing",
    "alternate",
    "cold_import",
    "compare",
    "import_env",
    "import_profile",
    "peak_memory",
    "retained_memory",
]

MIN_REPEATS = 5
"""Fewer repeats give a median that one disturbed repeat can move."""


@dataclass(frozen=True, slots=True)
class Timing:
    """Per-call nanoseconds over the repeats of one candidate."""

    samples: tuple[float, ...]
    loops: int

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def low(self) -> float:
        return min(self.samples)

    @property
    def high(self) -> float:
        return max(self.samples)


def _loop_ns(fn: Callable[[], Any], loops: int) -> int:
    assert gc.isenabled(), "timed loops run with the garbage collector on, as users run"
    start = time.process_time_ns()
    for _ in range(loops):
        fn()
    return time.process_time_ns() - start


def _calibrate(fn: Callable[[], Any], target_ns: int) -> int:
    """Smallest 1-2-5 loop count whose run takes at least ``target_ns`` (like ``timeit.autorange``)."""
    loops = 1
    while True:
        for factor in (1, 2, 5):
            number = loops * factor
            if _loop_ns(fn, number) >= target_ns:
                return number
        loops *= 10


def compare(
    candidates: Mapping[str, Callable[[], Any]],
    *,
    repeats: int = 7,
    target_ms: float = 100.0,
    warmup: int = 3,
) -> dict[str, Timing]:
    repeats = max(repeats, MIN_REPEATS)
    for fn in candidates.values():
        for _ in range(warmup):
            fn()
    loops = {name: _calibrate(fn, int(target_ms * 1e6)) for name, fn in candidates.items()}
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    names = list(candidates)
    for repeat in range(repeats):
        # Rotate the order so that no candidate always runs first (or right after a big one).
        order = names[repeat % len(names) :] + names[: repeat % len(names)]
        for name in order:
            samples[name].append(_loop_ns(candidates[name], loops[name]) / loops[name])
    return {name: Timing(tuple(samples[name]), loops[name]) for name in names}


def alternate(
    candidates: Mapping[str, Callable[[], float]], *, repeats: int = MIN_REPEATS
) -> dict[str, Timing]:
    """Run candidates that measure themselves (each returns the nanoseconds it counts, e.g. client
    CPU without a fake server's work) in rotating order, ``repeats`` times each, after one warm-up."""
    repeats = max(repeats, MIN_REPEATS)
    for fn in candidates.values():
        fn()
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    names = list(candidates)
    for repeat in range(repeats):
        for name in names[repeat % len(names) :] + names[: repeat % len(names)]:
            samples[name].append(candidates[name]())
    return {name: Timing(tuple(values), 1) for name, values in samples.items()}


def import_env(pycache: str, env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for fresh interpreters that import from cached bytecode.

    Bytecode goes to ``pycache`` (a temp dir) so nothing is written into the repository, and
    ``PYTHONDONTWRITEBYTECODE`` is dropped: with it, our sources would be recompiled on every run
    while site-packages (httpx) loads the ``.pyc`` files pip wrote, an unfair comparison.
    """
    environment = dict(os.environ if env is None else env)
    for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME"):
        environment.pop(name, None)
    environment["PYTHONPYCACHEPREFIX"] = pycache
    return environment


def cold_import(
    statements: Mapping[str, str], *, runs: int = 15, env: Mapping[str, str]
) -> dict[str, Timing]:
    """CPU times (ns, user + system) of ``python -c STATEMENT`` in fresh interpreters, interleaved.

    CPU time, not wall time: on a shared machine a child's wall time is mostly its wait for a core.

    The caller subtracts the ``pass`` baseline to get the import cost alone.
    """
    runs = max(runs, MIN_REPEATS)
    samples: dict[str, list[float]] = {name: [] for name in statements}
    names = list(statements)
    # Two unmeasured rounds write the .pyc files and warm the page cache.
    for round_ in range(runs + 2):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-c", statements[name]], env=env, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            elapsed = 1e9 * (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if round_ >= 2:
                samples[name].append(elapsed)
    return {name: Timing(tuple(values), 1) for name, values in samples.items()}


def import_profile(module: str, *, env: Mapping[str, str], top: int = 8) -> list[tuple[int, int, str]]:
    """The modules with the most own time (self µs, cumulative µs, name) under ``-X importtime``."""
    subprocess.run([sys.executable, "-c", f"import {module}"], env=env, check=True)  # cache bytecode
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    rows: list[tuple[int, int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cumulative, name = line.removeprefix("import time:").split("|")
        rows.append((int(self_us), int(cumulative), name.rstrip()))
    rows.sort(reverse=True)
    return rows[:top]


def peak_memory(fn: Callable[[], Any], *, repeats: int = 3) -> int:
    """Smallest peak of bytes traced by ``tracemalloc`` while ``fn`` runs (its result included)."""
    fn()  # build caches (decoders, lazy imports) outside the traced run
    peaks = []
    for _ in range(repeats):
        gc.collect()
        tracemalloc.start()
        try:
            tracemalloc.reset_peak()
            result = fn()
            peaks.append(tracemalloc.get_traced_memory()[1])
            del result
        finally:
            tracemalloc.stop()
    return min(peaks)


def retained_memory(fn: Callable[[], Any], *, repeats: int = 3) -> int:
    """Bytes still traced by ``tracemalloc`` after ``fn`` returns, while its result is alive.

    This is what a caller keeps holding (the decoded objects), not the transient peak.
    """
    fn()  # build caches (decoders, lazy imports) outside the traced run
    kept = []
    for _ in range(repeats):
        gc.collect()
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            result = fn()
            gc.collect()
            kept.append(tracemalloc.get_traced_memory()[0] - before)
            del result
        finally:
            tracemalloc.stop()
    return min(kept)
