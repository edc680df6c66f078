"""Intervals indexed by id and by (line, type), so bulk writes and searches stay linear.

Every interval operation of the API names one line and one type, so each (line, type) pair
gets its own insertion-ordered bucket; ids are unique across the whole store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from iotclients_sandbox.oden.records import Interval

__all__ = ["IntervalIndex", "chronological"]

_EARLIEST = datetime.min.replace(tzinfo=UTC)


class IntervalIndex:
    def __init__(self) -> None:
        self._by_id: dict[str, Interval] = {}
        self._buckets: dict[tuple[str, str], dict[str, Interval]] = {}

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Interval]:
        return iter(self._by_id.values())

    def get(self, interval_id: str) -> Interval | None:
        return self._by_id.get(interval_id)

    def add(self, interval: Interval) -> None:
        if interval.id in self._by_id:
            raise KeyError(f"interval {interval.id} already exists")
        self._by_id[interval.id] = interval
        self._buckets.setdefault((interval.line_id, interval.type_id), {})[interval.id] = interval

    def remove(self, interval: Interval) -> None:
        self._by_id.pop(interval.id, None)
        bucket = self._buckets.get((interval.line_id, interval.type_id))
        if bucket is not None:
            bucket.pop(interval.id, None)

    def move(self, interval: Interval, line_id: str, type_id: str) -> None:
        self.remove(interval)
        interval.line_id = line_id
        interval.type_id = type_id
        self.add(interval)

    def bucket(self, line_id: str, type_id: str) -> list[Interval]:
        """The intervals of one type on one line, in creation order."""
        return list(self._buckets.get((line_id, type_id), {}).values())

    def in_bucket(self, line_id: str, type_id: str, interval_id: str) -> Interval | None:
        return self._buckets.get((line_id, type_id), {}).get(interval_id)

    def of_type(self, type_id: str) -> list[Interval]:
        return [interval for interval in self._by_id.values() if interval.type_id == type_id]

    def clear(self) -> None:
        self._by_id.clear()
        self._buckets.clear()


def chronological(intervals: Iterable[Interval]) -> list[Interval]:
    """Oldest first by start time; intervals without one sort first, ties by creation order."""
    return sorted(intervals, key=lambda interval: (interval.start_time or _EARLIEST, interval.sequence))
