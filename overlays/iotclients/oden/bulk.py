"""Bulk interval writes of any size: checked up front, split into requests the API accepts,
reported item by item.

The API takes at most 2,500 intervals per bulk create/update and at most 30 days (and 15,000
intervals) per bulk delete. These helpers plan the requests; the clients send them. A request that
fails does not stop the others: every item it carried is reported in ``failed`` with the reason.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from iotclients.core.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    BadRequestError,
    InvalidArgumentError,
)
from iotclients.core.write_results import RaisesForErrors

if TYPE_CHECKING:
    from iotclients_generated.oden.models import (
        BulkIntervalItem,
        Interval,
        IntervalBulkCreate,
        IntervalBulkDelete,
        IntervalBulkUpdate,
    )

__all__ = [
    "BUILT_IN_TYPES",
    "BulkDeleteResult",
    "BulkUpdateResult",
    "BulkWriteResult",
    "FailedItem",
    "FailedWindow",
    "ProgressCallback",
]

ProgressCallback = Callable[[int, int], None]
"""Called after each request with (items done, items in total)."""

BUILT_IN_TYPES = frozenset({"RUN", "BATCH", "STATE"})
_NO_BULK_CREATE = BUILT_IN_TYPES
_NO_BULK_DELETE = frozenset({"RUN", "BATCH"})
# Below this a window that the server still finds too large is reported, not split further.
_SMALLEST_WINDOW = datetime.timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class FailedItem:
    """One input item that was not written: its position in the input, the item, and why."""

    index: int
    item: Any
    reason: str
    error: APIError | None = None


@dataclass(frozen=True, slots=True)
class FailedWindow:
    start_time: datetime.datetime
    end_time: datetime.datetime
    reason: str
    error: APIError | None = None


@dataclass(slots=True)
class BulkWriteResult(RaisesForErrors):
    """The outcome of ``bulk_set_intervals``: every created id, every item not created."""

    ids: list[str] = field(default_factory=list)
    failed: list[FailedItem] = field(default_factory=list)
    requests: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def _failures(self) -> tuple[str, tuple[APIError, ...]]:
        total = len(self.ids) + len(self.failed)
        return f"{len(self.failed)} of {total} intervals not created", _item_errors(self.failed)


@dataclass(slots=True)
class BulkUpdateResult(RaisesForErrors):
    """The outcome of ``bulk_update_intervals``: updated intervals and every item not updated."""

    updated: list[Interval] = field(default_factory=list)
    failed: list[FailedItem] = field(default_factory=list)
    requests: int = 0

    @property
    def updated_ids(self) -> list[str]:
        return [str(interval.id) for interval in self.updated]

    @property
    def ok(self) -> bool:
        return not self.failed

    def _failures(self) -> tuple[str, tuple[APIError, ...]]:
        total = len(self.updated) + len(self.failed)
        return f"{len(self.failed)} of {total} intervals not updated", _item_errors(self.failed)


@dataclass(slots=True)
class BulkDeleteResult(RaisesForErrors):
    """The outcome of ``bulk_delete_intervals`` over any time range."""

    num_deleted: int = 0
    failed_ids: list[str] = field(default_factory=list)
    failed_windows: list[FailedWindow] = field(default_factory=list)
    requests: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed_ids and not self.failed_windows

    def _failures(self) -> tuple[str, tuple[APIError, ...]]:
        errors = tuple(w.error for w in self.failed_windows if w.error is not None)
        return (
            f"{len(self.failed_ids)} intervals and {len(self.failed_windows)} time windows not deleted",
            errors,
        )


def _item_errors(failed: list[FailedItem]) -> tuple[APIError, ...]:
    return tuple(item.error for item in failed if item.error is not None)


# -- checking input ----------------------------------------------------------------------------


def _type_name(value: Any, argument: str) -> str:
    from iotclients.core.model import UNSET

    name = getattr(value, "name", UNSET)
    type_id = getattr(value, "id", UNSET)
    if value is UNSET or value is None or (name is UNSET and type_id is UNSET):
        raise InvalidArgumentError(
            f"{argument}.type", "is required: name the interval type once at the top level"
        )
    return str(name).upper() if name is not UNSET else ""


def _require_line(value: Any, argument: str) -> None:
    from iotclients.core.model import UNSET

    if value is UNSET or value is None:
        raise InvalidArgumentError(f"{argument}.line", "is required: name the line once at the top level")


def check_bulk_create(
    body: IntervalBulkCreate, argument: str = "interval_bulk_create"
) -> list[BulkIntervalItem]:
    type_name = _type_name(body.type, argument)
    if type_name in _NO_BULK_CREATE:
        raise InvalidArgumentError(
            f"{argument}.type",
            f"bulk create accepts custom interval types only, not {type_name} "
            "(use set_interval for RUN/BATCH/STATE)",
        )
    _require_line(body.line, argument)
    return _items(body.intervals, argument)


def check_bulk_update(
    body: IntervalBulkUpdate, argument: str = "interval_bulk_update"
) -> list[BulkIntervalItem]:
    from iotclients.core.model import UNSET

    _type_name(body.type, argument)
    _require_line(body.line, argument)
    items = _items(body.intervals, argument)
    for index, item in enumerate(items):
        if item.id is UNSET or not item.id:
            raise InvalidArgumentError(
                f"{argument}.intervals[{index}].id", "is required: bulk update changes intervals by id"
            )
    return items


def _items(intervals: Any, argument: str) -> list[BulkIntervalItem]:
    """The items of a bulk body as models: a model built with plain mappings as its items (which
    attrs does not convert) reads the same as one built from models."""
    from iotclients.core import codec
    from iotclients.core.model import UNSET
    from iotclients_generated.oden.models import BulkIntervalItem

    if intervals is UNSET or intervals is None:
        return []
    if isinstance(intervals, str | bytes) or not isinstance(intervals, Sequence):
        raise InvalidArgumentError(
            f"{argument}.intervals", f"must be a list of intervals, got {intervals!r:.80}"
        )
    return [
        codec.coerce(item, BulkIntervalItem, argument=f"{argument}.intervals[{index}]")
        for index, item in enumerate(intervals)
    ]


def check_bulk_delete(
    body: IntervalBulkDelete, argument: str = "interval_bulk_delete"
) -> tuple[datetime.datetime, datetime.datetime]:
    from iotclients.core.model import UNSET

    type_name = _type_name(body.type, argument)
    if type_name in _NO_BULK_DELETE:
        raise InvalidArgumentError(
            f"{argument}.type", f"bulk delete does not accept {type_name} intervals (use delete_interval)"
        )
    _require_line(body.line, argument)
    for name in ("start_time", "end_time"):
        value = getattr(body, name)
        if value is UNSET or value is None:
            raise InvalidArgumentError(f"{argument}.{name}", "is required: bulk delete removes a time range")
        if value.tzinfo is None:
            raise InvalidArgumentError(f"{argument}.{name}", "must be timezone-aware (e.g. datetime.UTC)")
    start, end = body.start_time, body.end_time
    assert isinstance(start, datetime.datetime) and isinstance(end, datetime.datetime)
    # Windows are cut in UTC: local wall-clock arithmetic would make a window that spans a
    # daylight-saving change an hour longer than 30 days.
    start, end = start.astimezone(datetime.UTC), end.astimezone(datetime.UTC)
    if end <= start:
        raise InvalidArgumentError(f"{argument}.end_time", "must be after start_time")
    return start, end


# -- planning requests ---------------------------------------------------------------------------


def chunk_bounds(total: int, size: int) -> Iterator[tuple[int, int]]:
    for start in range(0, total, size):
        yield start, min(start + size, total)


def check_chunk_size(chunk_size: int | None, maximum: int) -> int:
    if chunk_size is None:
        return maximum
    # A bool is an int to Python, but True is no chunk size: refused rather than read as 1.
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or not 1 <= chunk_size <= maximum:
        raise InvalidArgumentError(
            "chunk_size", f"must be an integer between 1 and {maximum} (the API's per-request limit)"
        )
    return chunk_size


def windows(
    start: datetime.datetime, end: datetime.datetime, max_days: int
) -> Iterator[tuple[datetime.datetime, datetime.datetime]]:
    """``[start, end)`` cut into consecutive windows of at most ``max_days``."""
    step = datetime.timedelta(days=max_days)
    cursor = start
    while cursor < end:
        upper = min(cursor + step, end)
        yield cursor, upper
        cursor = upper


def halves(
    start: datetime.datetime, end: datetime.datetime
) -> tuple[tuple[datetime.datetime, datetime.datetime], tuple[datetime.datetime, datetime.datetime]] | None:
    """Two halves of a window the server refused as too large, or ``None`` if it is already tiny."""
    if end - start <= _SMALLEST_WINDOW:
        return None
    middle = start + (end - start) / 2
    return (start, middle), (middle, end)


def too_large(error: APIError) -> bool:
    """A 400 about the 15,000-interval cap: the window must be split, nothing was deleted."""
    return isinstance(error, BadRequestError) and "15000" in error.message.replace(",", "")


def failure_reason(error: APIError, idempotent: bool) -> str:
    """Why a request's items were not written, and whether resending them is safe."""
    if isinstance(error, APIConnectionError):
        if not error.request_sent:
            return f"not sent, safe to send again ({error.message})"
        if not idempotent:
            return (
                f"outcome unknown, not retried to avoid duplicates ({error.message}); "
                "search the range before sending these again"
            )
    if isinstance(error, APIResponseValidationError) and not idempotent:
        return (
            f"the server accepted the request but its reply did not match the spec ({error.message}); "
            "they were probably written: search the range before sending these again"
        )
    return error.message


def record_chunk_failure(
    failed: list[FailedItem], items: Sequence[Any], offset: int, error: APIError, idempotent: bool
) -> None:
    reason = failure_reason(error, idempotent)
    failed.extend(FailedItem(offset + i, item, reason, error) for i, item in enumerate(items))
