"""Resolve the interval another entity points at (scrap/yield records, quality tests)."""

from __future__ import annotations

from iotclients_sandbox.oden.catalog import Catalog
from iotclients_sandbox.oden.errors import BadParameter, NotFound
from iotclients_sandbox.oden.interval_index import chronological
from iotclients_sandbox.oden.interval_types import IntervalTypes
from iotclients_sandbox.oden.matching import Body, Match, obj, select, text
from iotclients_sandbox.oden.records import Interval
from iotclients_sandbox.oden.state import OdenState

__all__ = ["IntervalRefs"]


class IntervalRefs:
    def __init__(self, state: OdenState, catalog: Catalog, types: IntervalTypes) -> None:
        self.state = state
        self.catalog = catalog
        self.types = types

    def resolve(self, ref: Body, name: str = "interval") -> Interval:
        """By ``id`` (checked against ``line``/``type`` when given), else the one interval of line + type."""
        line_ref = obj(ref, "line")
        type_ref = obj(ref, "type")
        line = self.catalog.resolve_line(line_ref, f"{name}.line") if line_ref is not None else None
        interval_type = self.types.resolve_type(type_ref, f"{name}.type") if type_ref is not None else None
        interval_id = text(ref, "id")
        if interval_id is not None:
            interval = self.state.intervals.get(interval_id)
            if (
                interval is None
                or (line is not None and interval.line_id != line.id)
                or (interval_type is not None and interval.type_id != interval_type.id)
            ):
                raise NotFound(f"interval {interval_id!r} not found", name=f"{name}.id")
            return interval
        if line is None or interval_type is None:
            raise BadParameter(name, f"{name} needs an id, or a line and a type")
        bucket = chronological(self.state.intervals.bucket(line.id, interval_type.id))
        name_filter = text(ref, "name")
        if name_filter is not None:
            bucket = [interval for interval in bucket if interval.name == name_filter]
        return select(bucket, Match.UNIQUE, "interval", missing="no interval matches", name=name)[0]
