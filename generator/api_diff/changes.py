"""One classified change, and the version bump a set of changes calls for."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any


class Impact(enum.StrEnum):
    # Code that type-checked before no longer does, or a call that worked is refused.
    BREAKING_CALLERS = "breaking for callers"
    # The server would answer differently to the same call.
    BREAKING_WIRE = "breaking on the wire"
    COMPATIBLE = "compatible"

    @property
    def breaking(self) -> bool:
        return self is not Impact.COMPATIBLE


@dataclass(frozen=True)
class Change:
    vendor: str
    kind: str  # e.g. "operation removed", "field renamed"
    impact: Impact
    python: str  # the generated name affected, e.g. ``OdenClient.search_lines`` or ``Line.timezone``
    pointer: str  # JSON pointer into the spec, e.g. ``#/components/schemas/Line/properties/timezone``
    detail: str = ""
    overlays: tuple[str, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["impact"] = self.impact.value
        data["overlays"] = list(self.overlays)
        return data


def suggested_bump(changes: Iterable[Change]) -> str:
    """Semantic versioning: breaking -> major, additions/deprecations -> minor, nothing -> patch."""
    found = list(changes)
    if any(c.impact.breaking or c.overlays for c in found):
        return "major"
    if found:
        return "minor"
    return "patch"
