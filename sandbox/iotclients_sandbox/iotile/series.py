"""The points of one stream: a synthetic part computed on demand plus points written later.

The demo holds 200,000 points; materialising them would slow every sandbox start and hold tens
of megabytes. A :class:`SyntheticRun` is a formula (point ``i`` at ``t0 + i*step`` with a value
derived from ``i``), so a window or a page is found by arithmetic and only the points of the
page answered are ever built. Points written through the API go in a sorted list beside it.
"""

from __future__ import annotations

import bisect
import dataclasses
import heapq
import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = ["Point", "Series", "SyntheticRun", "Window"]


@dataclass(frozen=True, slots=True)
class Point:
    """One stored value: epoch seconds, the stored (raw) value and where it came from."""

    timestamp: float
    value: float
    id: int
    streamer_local_id: int | None = None
    device_timestamp: int | None = None

    @property
    def sort_key(self) -> tuple[float, int]:
        return (self.timestamp, self.id)


@dataclass(frozen=True, slots=True)
class SyntheticRun:
    """Points ``first`` to ``count - 1``, ``step`` seconds apart from ``t0``; values a smooth wave.

    ``first`` is above 0 once the older points were trimmed: the kept ones keep their values.
    """

    count: int
    t0: float
    step: float
    base_id: int
    amplitude: float = 500.0
    offset: float = 1000.0
    period: int = 1440
    first: int = 0

    def point(self, index: int) -> Point:
        # Whole numbers, as devices report them (stored values are raw integers).
        value = float(round(self.offset + self.amplitude * math.sin(2 * math.pi * index / self.period)))
        return Point(
            timestamp=self.t0 + index * self.step,
            value=value,
            id=self.base_id + index,
            streamer_local_id=index + 1,
            device_timestamp=int(index * self.step),
        )

    def index_range(self, start: float | None, end: float | None) -> range:
        """Indices of the points with ``start <= t < end``."""
        low = self.first if start is None else max(self.first, math.ceil((start - self.t0) / self.step))
        high = self.count if end is None else min(self.count, max(0, math.ceil((end - self.t0) / self.step)))
        return range(low, max(low, high))

    def __len__(self) -> int:
        return self.count - self.first

    def index_of_id(self, point_id: int) -> int | None:
        index = point_id - self.base_id
        return index if self.first <= index < self.count else None


@dataclass(frozen=True, slots=True)
class Window:
    """The points of a query, addressable by position without building them all."""

    synthetic: SyntheticRun | None
    indices: range
    written: tuple[Point, ...]

    def __len__(self) -> int:
        return len(self.indices) + len(self.written)

    def slice(self, offset: int, limit: int) -> list[Point]:
        if offset >= len(self) or limit <= 0:
            return []
        if not self.written and self.synthetic is not None:
            run = self.synthetic
            return [run.point(i) for i in self.indices[offset : offset + limit]]
        return list(itertools.islice(self._merged(), offset, offset + limit))

    def last(self, n: int) -> Window:
        """The newest ``n`` points, still oldest first."""
        drop = max(0, len(self) - n)
        if not self.written:
            return Window(self.synthetic, self.indices[drop:], ())
        kept = list(itertools.islice(self._merged(), drop, None))
        return Window(None, range(0), tuple(kept))

    def __iter__(self) -> Iterator[Point]:
        return self._merged()

    def _merged(self) -> Iterator[Point]:
        run = self.synthetic
        generated = (run.point(i) for i in self.indices) if run is not None else iter(())
        return heapq.merge(generated, self.written, key=lambda p: p.sort_key)


@dataclass(slots=True)
class Series:
    synthetic: SyntheticRun | None = None
    written: list[Point] = field(default_factory=list)

    def add(self, point: Point) -> None:
        bisect.insort(self.written, point, key=lambda p: p.sort_key)

    def window(self, start: float | None = None, end: float | None = None) -> Window:
        indices = self.synthetic.index_range(start, end) if self.synthetic is not None else range(0)
        keys = [p.timestamp for p in self.written]
        low = 0 if start is None else bisect.bisect_left(keys, start)
        high = len(keys) if end is None else bisect.bisect_left(keys, end)
        return Window(self.synthetic, indices, tuple(self.written[low : max(low, high)]))

    def __len__(self) -> int:
        return (len(self.synthetic) if self.synthetic is not None else 0) + len(self.written)

    def keep(self, start: float | None, end: float | None) -> int:
        """Delete the points outside ``start <= t < end``; answers how many were deleted."""
        before = len(self)
        if self.synthetic is not None:
            kept = self.synthetic.index_range(start, end)
            self.synthetic = dataclasses.replace(self.synthetic, first=kept.start, count=kept.stop)
        self.written = [
            p
            for p in self.written
            if (start is None or p.timestamp >= start) and (end is None or p.timestamp < end)
        ]
        return before - len(self)

    def clear(self) -> int:
        """Delete every point; answers how many there were."""
        before = len(self)
        self.synthetic = None
        self.written = []
        return before

    def point_by_id(self, point_id: int) -> Point | None:
        if self.synthetic is not None:
            index = self.synthetic.index_of_id(point_id)
            if index is not None:
                return self.synthetic.point(index)
        return next((p for p in self.written if p.id == point_id), None)
