"""Bulk interval operations: create, update and delete thousands of intervals per request.

The limits are the API's: 2,500 items per bulk create or update; a bulk delete covers at
most 30 days and 15,000 intervals. Bulk create takes custom types only and never
overwrites; bulk delete refuses RUN and BATCH. Validation happens before any change, so
a rejected request leaves the store untouched.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Final

from iotclients_sandbox.oden.errors import BadParameter, OdenError
from iotclients_sandbox.oden.intervals import Intervals, IntervalValues, starts_within
from iotclients_sandbox.oden.matching import Body, flag, obj, required_obj
from iotclients_sandbox.oden.records import Interval, IntervalType, Line
from iotclients_sandbox.oden.state import OdenState
from iotclients_sandbox.oden.timefmt import parse_time
from iotclients_sandbox.oden.views import interval_view

__all__ = ["MAX_BULK_DELETE", "MAX_BULK_DELETE_WINDOW", "MAX_BULK_ITEMS", "BulkIntervals"]

MAX_BULK_ITEMS: Final = 2500
MAX_BULK_DELETE: Final = 15_000
MAX_BULK_DELETE_WINDOW: Final = timedelta(days=30)
_NOT_BULK_CREATABLE: Final = frozenset({"RUN", "BATCH", "STATE"})
_NOT_BULK_DELETABLE: Final = frozenset({"RUN", "BATCH"})


class BulkIntervals:
    def __init__(self, state: OdenState, intervals: Intervals) -> None:
        self.state = state
        self.intervals = intervals

    def bulk_set_intervals(self, body: Body) -> list[str]:
        line, interval_type = self.intervals.target_of(body)
        if interval_type.builtin or interval_type.name in _NOT_BULK_CREATABLE:
            raise BadParameter(
                "type",
                f"bulk create takes custom interval types only, not {interval_type.name}; use interval/set",
            )
        items = _items(body)
        staged: list[IntervalValues] = []
        for index, item in enumerate(items):
            prefix = f"intervals[{index}]."
            if "id" in item:
                raise BadParameter(f"{prefix}id", "bulk create never overwrites: leave id out")
            self._check_item_target(item, line, interval_type, prefix)
            values = IntervalValues(item, prefix)
            values.check_order(None, prefix)
            staged.append(values)
        created = [
            self.intervals.create(line, interval_type, values, f"intervals[{index}].")
            for index, values in enumerate(staged)
        ]
        return [interval.id for interval in created]

    def _check_item_target(self, item: Body, line: Line, interval_type: IntervalType, prefix: str) -> None:
        # Oden's docs make per-item line and type optional ("just once at the top level"), and
        # its published client types items as Interval, which requires both: an item may repeat
        # them, but only to name the request's own line and type.
        line_ref = obj(item, "line")
        if (
            line_ref is not None
            and self.intervals.catalog.resolve_line(line_ref, f"{prefix}line").id != line.id
        ):
            raise BadParameter(f"{prefix}line", "an item's line must be the line given at the top level")
        type_ref = obj(item, "type")
        if type_ref is not None and self.intervals.types.resolve_type(type_ref, f"{prefix}type").id != (
            interval_type.id
        ):
            raise BadParameter(f"{prefix}type", "an item's type must be the type given at the top level")
        for key in ("line", "type"):
            if item.get(key) is not None and obj(item, key) is None:
                raise BadParameter(f"{prefix}{key}", f"{key} must be an object")

    def bulk_update_intervals(self, body: Body) -> dict[str, Any]:
        line, interval_type = self.intervals.target_of(body)
        items = _items(body)
        for index, item in enumerate(items):
            if not isinstance(item.get("id"), str):
                raise BadParameter(
                    f"intervals[{index}].id", "every item of a bulk update needs the interval id"
                )
        updated: list[Interval] = []
        failed: list[dict[str, str]] = []
        for index, item in enumerate(items):
            interval_id = str(item["id"])
            interval = self.state.intervals.in_bucket(line.id, interval_type.id, interval_id)
            if interval is None:
                error = f"no {interval_type.name} interval with id {interval_id!r} on line {line.name!r}"
                failed.append({"id": interval_id, "error": error})
                continue
            try:
                self._check_item_target(item, line, interval_type, f"intervals[{index}].")
                self.intervals.apply(
                    interval, IntervalValues(item, f"intervals[{index}]."), f"intervals[{index}]."
                )
            except OdenError as exc:
                # Per-item problems are reported, not fatal: the rest of the batch still lands.
                failed.append({"id": interval_id, "error": exc.message})
                continue
            updated.append(interval)
        return {
            "num_updated": len(updated),
            "updated_intervals": [interval_view(self.state, interval) for interval in updated],
            "num_failed": len(failed),
            "failed_intervals": failed,
        }

    def bulk_delete_intervals(self, body: Body) -> dict[str, Any]:
        interval_type = self.intervals.types.resolve_type(required_obj(body, "type"))
        line = self.intervals.catalog.resolve_line(required_obj(body, "line"))
        _check_deletable(interval_type)
        for key in ("start_time", "end_time"):
            if body.get(key) is None:
                raise BadParameter(key, f"{key} is required: a bulk delete covers one time range")
        start = parse_time(body["start_time"], "start_time")
        end = parse_time(body["end_time"], "end_time")
        if end <= start:
            raise BadParameter("end_time", "end_time must be after start_time")
        if end - start > MAX_BULK_DELETE_WINDOW:
            raise BadParameter("end_time", f"a bulk delete covers at most {MAX_BULK_DELETE_WINDOW.days} days")
        doomed = [
            interval
            for interval in self.state.intervals.bucket(line.id, interval_type.id)
            if starts_within(interval, start, end)
        ]
        if len(doomed) > MAX_BULK_DELETE:
            raise BadParameter(
                "end_time",
                f"the range holds {len(doomed)} intervals; "
                f"at most {MAX_BULK_DELETE} can be deleted per request",
            )
        hard = flag(body, "hard_delete", True)
        for interval in doomed:
            self.intervals.remove(interval)
            if not hard:
                self.state.soft_deleted_intervals[interval.id] = interval
        return {"num_deleted": len(doomed), "failed_intervals": []}


def _items(body: Body) -> list[dict[str, Any]]:
    raw = body.get("intervals")
    if raw is None:
        raise BadParameter("intervals", "intervals is required")
    if not isinstance(raw, list):
        raise BadParameter("intervals", "intervals must be an array")
    if len(raw) > MAX_BULK_ITEMS:
        raise BadParameter("intervals", f"has {len(raw)} items; at most {MAX_BULK_ITEMS} allowed per request")
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            raise BadParameter(f"intervals[{index}]", "each interval must be an object")
    return raw


def _check_deletable(interval_type: IntervalType) -> None:
    if interval_type.builtin and interval_type.name in _NOT_BULK_DELETABLE:
        raise BadParameter(
            "type", f"bulk delete does not take {interval_type.name} intervals; delete them one by one"
        )
