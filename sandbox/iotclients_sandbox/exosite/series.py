"""A dataport's points: kept sorted by timestamp, trimmed by retention, read with the 1P options."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Series"]

Point = tuple[int, Any]


@dataclass
class Series:
    """Points of one resource. One value per timestamp: a later write at the same second replaces it."""

    timestamps: list[int] = field(default_factory=list)
    values: list[Any] = field(default_factory=list)
    version: int = 0
    """Counts writes, so a wait without ``since`` sees a point written in its own second."""

    def __len__(self) -> int:
        return len(self.timestamps)

    def put(self, ts: int, value: Any) -> None:
        self.version += 1
        at = bisect.bisect_left(self.timestamps, ts)
        if at < len(self.timestamps) and self.timestamps[at] == ts:
            self.values[at] = value
        else:
            self.timestamps.insert(at, ts)
            self.values.insert(at, value)

    def put_many(self, points: list[Point]) -> None:
        self.version += 1
        if points and (not self.timestamps or points[0][0] > self.timestamps[-1]) and _ascending(points):
            # The common bulk case (newer points in order) appends without shifting the lists.
            self.timestamps.extend(ts for ts, _ in points)
            self.values.extend(v for _, v in points)
            return
        for ts, value in points:
            self.put(ts, value)

    def retain(self, count: Any, duration_hours: Any, now: int) -> None:
        if isinstance(duration_hours, int):
            cut = bisect.bisect_left(self.timestamps, now - duration_hours * 3600)
            del self.timestamps[:cut], self.values[:cut]
        if isinstance(count, int) and len(self.timestamps) > count:
            extra = len(self.timestamps) - count
            del self.timestamps[:extra], self.values[:extra]

    def flush(self, newer_than: int | None, older_than: int | None) -> None:
        keep = [
            (ts, v)
            for ts, v in zip(self.timestamps, self.values, strict=True)
            if not ((newer_than is None or ts > newer_than) and (older_than is None or ts < older_than))
        ]
        self.timestamps = [ts for ts, _ in keep]
        self.values = [v for _, v in keep]

    def window(self, start: int, end: int) -> tuple[int, int]:
        return bisect.bisect_left(self.timestamps, start), bisect.bisect_right(self.timestamps, end)

    def read(self, start: int, end: int, sort: str, limit: int, selection: str) -> list[list[Any]]:
        lo, hi = self.window(start, end)
        indexes = list(range(lo, hi))
        if selection == "givenwindow" and limit > 0 and end > start:
            # At most one point (the newest) per limit-th of the window.
            width = (end - start) / limit
            buckets: dict[int, int] = {}
            for i in indexes:
                buckets[min(int((self.timestamps[i] - start) / width), limit - 1)] = i
            indexes = sorted(buckets.values())
        elif selection == "autowindow" and 0 < limit < len(indexes):
            step = len(indexes) / limit
            indexes = [indexes[int(k * step)] for k in range(limit)]
        if sort == "desc":
            indexes.reverse()
        return [[self.timestamps[i], self.values[i]] for i in indexes[:limit]]

    def newest_after(self, since: int) -> Point | None:
        if self.timestamps and self.timestamps[-1] > since:
            return self.timestamps[-1], self.values[-1]
        return None

    @property
    def first(self) -> int | None:
        return self.timestamps[0] if self.timestamps else None

    @property
    def last(self) -> int | None:
        return self.timestamps[-1] if self.timestamps else None


def _ascending(points: list[Point]) -> bool:
    return all(points[i][0] < points[i + 1][0] for i in range(len(points) - 1))
