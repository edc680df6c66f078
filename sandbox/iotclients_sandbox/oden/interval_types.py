"""Interval types: the built-in RUN, BATCH and STATE, and custom types users define."""

from __future__ import annotations

import json
from typing import Any, Final

from iotclients_sandbox.oden.errors import BadParameter, NotFound
from iotclients_sandbox.oden.matching import Body, Match, match_of, select, text
from iotclients_sandbox.oden.records import IntervalType
from iotclients_sandbox.oden.state import OdenState
from iotclients_sandbox.oden.views import interval_type_view

__all__ = ["BUILTIN_TYPES", "IntervalTypes"]

BUILTIN_TYPES: Final = ("RUN", "BATCH", "STATE")


class IntervalTypes:
    def __init__(self, state: OdenState) -> None:
        self.state = state

    def find_types(self, ref: Body) -> list[IntervalType]:
        type_id = text(ref, "id")
        if type_id is not None:
            found = self.state.interval_types.get(type_id)
            return [found] if found is not None else []
        candidates = list(self.state.interval_types.values())
        name = text(ref, "name")
        if name is not None:
            candidates = [interval_type for interval_type in candidates if interval_type.name == name]
        return candidates

    def resolve_type(self, ref: Body, name: str = "type") -> IntervalType:
        found = self.find_types(ref)
        label = text(ref, "id") or text(ref, "name") or "(no id or name given)"
        return select(
            found, Match.UNIQUE, "interval_type", missing=f"interval type {label!r} not found", name=name
        )[0]

    def search_interval_types(self, body: Body) -> list[dict[str, Any]]:
        found = select(
            self.find_types(body), match_of(body), "interval_type", missing="no interval type matches"
        )
        return [interval_type_view(interval_type) for interval_type in found]

    def set_interval_type(self, body: Body) -> dict[str, Any]:
        type_id = text(body, "id")
        if type_id is None:
            return interval_type_view(self._create(body))
        interval_type = self.state.interval_types.get(type_id)
        if interval_type is None:
            raise NotFound(f"interval type id={type_id!r} not found", name="id")
        if interval_type.builtin:
            raise BadParameter("id", f"the built-in interval type {interval_type.name} cannot be changed")
        if "name" in body:
            raise BadParameter("name", "interval types cannot be renamed; leave name out when updating by id")
        self._apply_schema_and_tags(interval_type, body)
        return interval_type_view(interval_type)

    def _create(self, body: Body) -> IntervalType:
        name = text(body, "name")
        if not name or not name.strip():
            raise BadParameter("name", "name is required to create an interval type")
        if self.find_types({"name": name}) or name.upper() in BUILTIN_TYPES:
            raise BadParameter("name", f"an interval type named {name!r} already exists")
        interval_type = IntervalType(self.state.new_uuid(), name)
        self._apply_schema_and_tags(interval_type, body)
        self.state.interval_types[interval_type.id] = interval_type
        return interval_type

    def _apply_schema_and_tags(self, interval_type: IntervalType, body: Body) -> None:
        if "metadata_schema" in body:
            schema = body["metadata_schema"]
            if schema is not None:
                _require_json_object(schema)
            interval_type.metadata_schema = schema
        # Tags are tri-state: missing or null keeps them, [] clears them, a list replaces them.
        tags = body.get("tags")
        if isinstance(tags, list):
            interval_type.tags = [str(tag) for tag in tags]

    def delete_interval_type(self, body: Body) -> dict[str, Any]:
        type_id = text(body, "id")
        if type_id is None:
            raise BadParameter("id", "id is required to delete an interval type")
        interval_type = self.state.interval_types.get(type_id)
        if interval_type is None:
            raise NotFound(f"interval type id={type_id!r} not found", name="id")
        if interval_type.builtin:
            raise BadParameter("id", f"the built-in interval type {interval_type.name} cannot be deleted")
        for interval in self.state.intervals.of_type(interval_type.id):
            self.state.intervals.remove(interval)
        del self.state.interval_types[interval_type.id]
        return interval_type_view(interval_type)


def _require_json_object(schema: object) -> None:
    if not isinstance(schema, str):
        raise BadParameter("metadata_schema", "metadata_schema must be a string holding a JSON object")
    try:
        parsed = json.loads(schema)
    except ValueError:
        raise BadParameter("metadata_schema", "metadata_schema does not hold valid JSON") from None
    if not isinstance(parsed, dict):
        raise BadParameter("metadata_schema", "metadata_schema must hold a JSON object")
