"""Factories, lines and metric groups: the entities other requests refer to by id or name."""

from __future__ import annotations

from typing import Any

from iotclients_sandbox.oden.matching import Body, Match, match_of, obj, select, text
from iotclients_sandbox.oden.records import Factory, Line, MetricGroup
from iotclients_sandbox.oden.state import OdenState
from iotclients_sandbox.oden.views import factory_view, line_view, metric_group_view

__all__ = ["Catalog"]


class Catalog:
    def __init__(self, state: OdenState) -> None:
        self.state = state

    # -- factories ----------------------------------------------------------------------------

    def find_factories(self, ref: Body) -> list[Factory]:
        factory_id = text(ref, "id")
        if factory_id is not None:
            found = self.state.factories.get(factory_id)
            return [found] if found is not None else []
        candidates = list(self.state.factories.values())
        name = text(ref, "name")
        if name is not None:
            candidates = [factory for factory in candidates if factory.name == name]
        secondary = text(ref, "secondary_name")
        if secondary is not None:
            candidates = [factory for factory in candidates if factory.secondary_name == secondary]
        return candidates

    def resolve_factory(self, ref: Body, name: str = "factory") -> Factory:
        found = self.find_factories(ref)
        return select(
            found, _one(ref), "factory", missing=f"factory {describe_ref(ref)} not found", name=name
        )[0]

    def search_factories(self, body: Body) -> list[dict[str, Any]]:
        found = select(self.find_factories(body), match_of(body), "factory", missing="no factory matches")
        return [factory_view(factory) for factory in found]

    # -- lines --------------------------------------------------------------------------------

    def find_lines(self, ref: Body, name: str = "line") -> list[Line]:
        """Lines named by ``ref``: by id, else by name/secondary_name within an optional factory."""
        line_id = text(ref, "id")
        if line_id is not None:
            found = self.state.lines.get(line_id)
            return [found] if found is not None else []
        candidates = list(self.state.lines.values())
        factory_ref = obj(ref, "factory")
        if factory_ref is not None:
            factory = self.resolve_factory(factory_ref, f"{name}.factory")
            candidates = [line for line in candidates if line.factory_id == factory.id]
        line_name = text(ref, "name")
        if line_name is not None:
            candidates = [line for line in candidates if line.name == line_name]
        secondary = text(ref, "secondary_name")
        if secondary is not None:
            candidates = [line for line in candidates if line.secondary_name == secondary]
        return candidates

    def resolve_line(self, ref: Body, name: str = "line") -> Line:
        """Exactly one line (404 if none, 409 if several and no first/last was asked for)."""
        found = self.find_lines(ref, name)
        return select(found, _one(ref), "line", missing=f"line {describe_ref(ref)} not found", name=name)[0]

    def search_lines(self, body: Body) -> list[dict[str, Any]]:
        found = select(self.find_lines(body), match_of(body), "line", missing="no line matches")
        return [line_view(self.state, line) for line in found]

    # -- metric groups ------------------------------------------------------------------------

    def find_metric_groups(self, ref: Body) -> list[MetricGroup]:
        group_id = text(ref, "id")
        if group_id is not None:
            found = self.state.metric_groups.get(group_id)
            return [found] if found is not None else []
        candidates = list(self.state.metric_groups.values())
        group_name = text(ref, "name")
        if group_name is not None:
            candidates = [group for group in candidates if group.name == group_name]
        return candidates

    def resolve_metric_group(self, ref: Body, name: str = "metric_group") -> MetricGroup:
        found = self.find_metric_groups(ref)
        missing = f"metric group {describe_ref(ref)} not found"
        return select(found, _one(ref), "metric_group", missing=missing, name=name)[0]

    def search_metric_groups(self, body: Body) -> list[dict[str, Any]]:
        found = select(
            self.find_metric_groups(body), match_of(body), "metric_group", missing="no metric group matches"
        )
        return [metric_group_view(group) for group in found]


def _one(ref: Body) -> Match:
    # A reference must end up naming one entity: "all" cannot, first/last can.
    match = match_of(ref)
    return Match.UNIQUE if match is Match.ALL else match


def describe_ref(ref: Body) -> str:
    for key in ("id", "name", "secondary_name"):
        value = text(ref, key)
        if value is not None:
            return f"{key}={value!r}"
    return "(no id or name given)"
