"""Single-interval operations: search, set (create or update), update and delete.

Time ranges select the intervals that *start* inside ``[start_time, end_time)``; search and
bulk delete use the same rule, so what a range search shows is what a range delete removes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from iotclients_sandbox.oden.catalog import Catalog
from iotclients_sandbox.oden.errors import BadParameter, NotFound
from iotclients_sandbox.oden.interval_index import chronological
from iotclients_sandbox.oden.interval_types import IntervalTypes
from iotclients_sandbox.oden.matching import Body, Match, match_of, obj, required_obj, select, text
from iotclients_sandbox.oden.metadata import MetadataNormalizer
from iotclients_sandbox.oden.records import Interval, IntervalType, Line
from iotclients_sandbox.oden.state import OdenState
from iotclients_sandbox.oden.timefmt import parse_time
from iotclients_sandbox.oden.views import interval_view

__all__ = ["IntervalValues", "Intervals", "starts_within"]


class IntervalValues:
    """The writable fields of one interval as given in a request (absent fields stay absent)."""

    __slots__ = ("end_time", "has_end", "has_name", "has_start", "metadata", "name", "start_time")

    def __init__(self, body: Body, prefix: str = "") -> None:
        self.has_name = "name" in body
        self.name = text(body, "name")
        self.has_start = body.get("start_time") is not None
        self.start_time = parse_time(body["start_time"], f"{prefix}start_time") if self.has_start else None
        self.has_end = body.get("end_time") is not None
        self.end_time = parse_time(body["end_time"], f"{prefix}end_time") if self.has_end else None
        self.metadata = obj(body, "metadata")

    def check_order(self, current: Interval | None, prefix: str = "") -> None:
        start = self.start_time if self.has_start else (current.start_time if current else None)
        end = self.end_time if self.has_end else (current.end_time if current else None)
        if start is not None and end is not None and end < start:
            raise BadParameter(f"{prefix}end_time", "end_time is before start_time")


class Intervals:
    def __init__(
        self, state: OdenState, catalog: Catalog, types: IntervalTypes, metadata: MetadataNormalizer
    ) -> None:
        self.state = state
        self.catalog = catalog
        self.types = types
        self.metadata = metadata

    # -- shared helpers -----------------------------------------------------------------------

    def target_of(self, body: Body) -> tuple[Line, IntervalType]:
        line = self.catalog.resolve_line(required_obj(body, "line"))
        interval_type = self.types.resolve_type(required_obj(body, "type"))
        return line, interval_type

    def create(
        self, line: Line, interval_type: IntervalType, values: IntervalValues, prefix: str = ""
    ) -> Interval:
        values.check_order(None, prefix)
        interval = Interval(
            self.state.new_interval_id(),
            interval_type.id,
            line.id,
            self.state.next_sequence(),
            name=values.name,
            start_time=values.start_time,
            end_time=values.end_time,
        )
        if values.metadata is not None:
            interval.metadata = self.metadata.normalize(
                interval_type, line, values.metadata, f"{prefix}metadata"
            )
        self.state.intervals.add(interval)
        return interval

    def apply(self, interval: Interval, values: IntervalValues, prefix: str = "") -> None:
        """Change the fields ``values`` names; what it leaves out stays as it is."""
        values.check_order(interval, prefix)
        if values.has_name:
            interval.name = values.name
        if values.has_start:
            interval.start_time = values.start_time
        if values.has_end:
            interval.end_time = values.end_time
        if values.metadata is not None:
            interval_type = self.state.interval_types[interval.type_id]
            line = self.state.lines[interval.line_id]
            changes = self.metadata.normalize(
                interval_type, line, values.metadata, f"{prefix}metadata", interval.metadata
            )
            interval.metadata = {**interval.metadata, **changes}

    def remove(self, interval: Interval) -> None:
        """Delete an interval and what hangs off it (scrap/yield records and quality tests)."""
        self.state.intervals.remove(interval)
        for records in (self.state.scrap_yield_records, self.state.quality_tests):
            for key in [key for key, record in records.items() if record.interval_id == interval.id]:
                del records[key]

    # -- operations ---------------------------------------------------------------------------

    def search_intervals(self, body: Body) -> list[dict[str, Any]]:
        line_ref = required_obj(body, "line")
        interval_type = self.types.resolve_type(required_obj(body, "type"))
        across_lines = match_of(line_ref) is Match.ALL
        lines = self.catalog.find_lines(line_ref) if across_lines else [self.catalog.resolve_line(line_ref)]
        match = match_of(body, default=Match.ALL if across_lines else Match.UNIQUE)

        candidates: list[Interval] = []
        interval_id = text(body, "id")
        for line in lines:
            if interval_id is not None:
                found = self.state.intervals.in_bucket(line.id, interval_type.id, interval_id)
                candidates.extend([found] if found is not None else [])
            else:
                candidates.extend(self.state.intervals.bucket(line.id, interval_type.id))
        name = text(body, "name")
        if name is not None:
            candidates = [interval for interval in candidates if interval.name == name]
        start = parse_time(body["start_time"], "start_time") if body.get("start_time") is not None else None
        end = parse_time(body["end_time"], "end_time") if body.get("end_time") is not None else None
        if start is not None or end is not None:
            candidates = [interval for interval in candidates if starts_within(interval, start, end)]
        missing = None if match is Match.ALL else "no interval matches"
        found_intervals = select(chronological(candidates), match, "interval", missing=missing)
        return [interval_view(self.state, interval) for interval in found_intervals]

    def set_interval(self, body: Body) -> list[dict[str, Any]]:
        match = match_of(body)
        if match not in (Match.UNIQUE, Match.LAST):
            raise BadParameter("match", "interval/set accepts match 'unique' or 'last' only")
        line, interval_type = self.target_of(body)
        values = IntervalValues(body)
        interval_id = text(body, "id")
        interval: Interval | None = None
        if interval_id is not None:
            interval = self._existing(line, interval_type, interval_id)
        elif match is Match.LAST:
            bucket = chronological(self.state.intervals.bucket(line.id, interval_type.id))
            interval = bucket[-1] if bucket else None
        if interval is None:
            interval = self.create(line, interval_type, values)
        else:
            self.apply(interval, values)
        return [interval_view(self.state, interval)]

    def update_interval(self, body: Body) -> list[dict[str, Any]]:
        line, interval_type = self.target_of(body)
        interval_id = text(body, "id")
        if interval_id is None:
            raise NotFound("interval/update needs the id of the interval to update", name="id")
        interval = self._existing(line, interval_type, interval_id)
        self.apply(interval, IntervalValues(body))
        return [interval_view(self.state, interval)]

    def delete_interval(self, body: Body) -> list[dict[str, Any]]:
        line, interval_type = self.target_of(body)
        interval_id = text(body, "id")
        if interval_id is None:
            raise BadParameter("id", "id is required to delete an interval")
        interval = self._existing(line, interval_type, interval_id)
        view = interval_view(self.state, interval)
        self.remove(interval)
        return [view]

    def _existing(self, line: Line, interval_type: IntervalType, interval_id: str) -> Interval:
        interval = self.state.intervals.in_bucket(line.id, interval_type.id, interval_id)
        if interval is None:
            raise NotFound(
                f"no {interval_type.name} interval with id {interval_id!r} on line {line.name!r}", name="id"
            )
        return interval


def starts_within(interval: Interval, start: datetime | None, end: datetime | None) -> bool:
    if interval.start_time is None:
        return False
    if start is not None and interval.start_time < start:
        return False
    return end is None or interval.start_time < end
