"""Time series storage and statistics by period and dimension (epoch milliseconds, UTC)."""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Iterable
from typing import Any

from iotclients_sandbox.iotticket.errors import BadRequest

__all__ = ["Series", "format_ms", "parse_ms", "period_window", "statistics"]

_UTC = datetime.UTC
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=_UTC)


def parse_ms(text: str | int, name: str) -> int:
    """ISO-8601 (``Z`` or an offset; naive means UTC) to epoch milliseconds; an integer already is one."""
    if isinstance(text, int) and not isinstance(text, bool):
        return text
    if not isinstance(text, str):
        raise BadRequest(f"{name}: {text!r} is neither an ISO-8601 timestamp nor epoch milliseconds")
    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise BadRequest(f"{name}: {text!r} is not an ISO-8601 timestamp") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_UTC)
    return _to_ms(moment)


def format_ms(ms: int) -> str:
    """RFC 3339 with milliseconds; the year always has four digits (``strftime`` drops the
    zeros of years before 1000, and ``237-09-27T...`` is no RFC 3339 time)."""
    moment = _EPOCH + datetime.timedelta(milliseconds=ms)
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T"
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}.{moment.microsecond // 1000:03d}Z"
    )


class Series:
    """Values by timestamp; a write at an existing timestamp replaces the value."""

    __slots__ = ("_stamps", "_values")

    def __init__(self) -> None:
        self._stamps: list[int] = []
        self._values: dict[int, Any] = {}

    def __len__(self) -> int:
        return len(self._stamps)

    def put(self, ms: int, value: Any) -> None:
        if ms not in self._values:
            bisect.insort(self._stamps, ms)
        self._values[ms] = value

    def read(
        self, start: int | None, end: int | None, *, ascending: bool, limit: int
    ) -> list[tuple[int, Any]]:
        low = 0 if start is None else bisect.bisect_left(self._stamps, start)
        high = len(self._stamps) if end is None else bisect.bisect_right(self._stamps, end)
        stamps = self._stamps[low:high]
        chosen = stamps[:limit] if ascending else stamps[::-1][:limit]
        return [(ms, self._values[ms]) for ms in chosen]


def _floor(moment: datetime.datetime, dimension: str) -> datetime.datetime:
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if dimension == "Minute":
        return moment.replace(second=0, microsecond=0)
    if dimension == "Hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    if dimension == "Day":
        return day
    if dimension == "Week":
        return day - datetime.timedelta(days=day.weekday())
    if dimension == "Month":
        return day.replace(day=1)
    if dimension == "Quarter":
        return day.replace(day=1, month=3 * ((day.month - 1) // 3) + 1)
    return day.replace(day=1, month=1)  # Year


def _shift_months(moment: datetime.datetime, months: int) -> datetime.datetime:
    index = moment.year * 12 + moment.month - 1 + months
    return moment.replace(year=index // 12, month=index % 12 + 1)


def _to_ms(moment: datetime.datetime) -> int:
    return (moment - _EPOCH) // datetime.timedelta(milliseconds=1)


def period_window(period: str, now_ms: int, start: int | None, end: int | None) -> tuple[int, int]:
    """The [start, end] window of a statistics period, relative to ``now_ms`` (Custom: as given)."""
    if period == "Custom":
        if start is None or end is None:
            raise BadRequest("start and end are required when period is Custom")
        if start > end:
            raise BadRequest("start must not be after end")
        return start, end
    now = _EPOCH + datetime.timedelta(milliseconds=now_ms)
    if period == "CurrentMoment":
        return now_ms, now_ms
    unit, previous = {
        "CurrentDay": ("Day", False),
        "PreviousDay": ("Day", True),
        "CurrentWeek": ("Week", False),
        "PreviousWeek": ("Week", True),
        "CurrentMonth": ("Month", False),
        "PreviousMonth": ("Month", True),
        "CurrentQuarter": ("Quarter", False),
        "PreviousQuarter": ("Quarter", True),
        "CurrentYear": ("Year", False),
        "PreviousYear": ("Year", True),
    }[period]
    begin = _floor(now, unit)
    if unit == "Day":
        following = begin + datetime.timedelta(days=1)
        before = begin - datetime.timedelta(days=1)
    elif unit == "Week":
        following = begin + datetime.timedelta(days=7)
        before = begin - datetime.timedelta(days=7)
    else:
        months = {"Month": 1, "Quarter": 3, "Year": 12}[unit]
        following = _shift_months(begin, months)
        before = _shift_months(begin, -months)
    if previous:
        begin, following = before, begin
    return _to_ms(begin), _to_ms(following) - 1


def statistics(points: Iterable[tuple[int, Any]], dimension: str, limit: int) -> list[dict[str, Any]]:
    """Count, sum, avg, min and max of the numeric values per dimension bin, oldest bin first."""
    bins: dict[datetime.datetime, list[float]] = {}
    for ms, value in points:
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        key = _floor(_EPOCH + datetime.timedelta(milliseconds=ms), dimension)
        bins.setdefault(key, []).append(float(value))
    rows: list[dict[str, Any]] = []
    for key in sorted(bins)[:limit]:
        values = bins[key]
        total = sum(values)
        rows.append(
            {
                "stattime": format_ms(_to_ms(key)),
                "count": len(values),
                "sum": total,
                "avg": total / len(values),
                "min": min(values),
                "max": max(values),
            }
        )
    return rows
