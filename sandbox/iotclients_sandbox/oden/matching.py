"""The ``match`` rule shared by every Oden lookup, and typed access to JSON request fields."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from iotclients_sandbox.oden.errors import BadParameter, NotFound, NotUnique

__all__ = ["Body", "Match", "flag", "match_of", "number", "obj", "required_obj", "select", "text"]

T = TypeVar("T")
Body = Mapping[str, Any]


class Match(enum.StrEnum):
    FIRST = "first"
    LAST = "last"
    UNIQUE = "unique"
    ALL = "all"


def match_of(body: Body | None, default: Match = Match.UNIQUE) -> Match:
    raw = body.get("match") if body else None
    if raw is None:
        return default
    try:
        return Match(str(raw))
    except ValueError:
        raise BadParameter("match", f"match must be one of first, last, unique, all; got {raw!r}") from None


def select(
    candidates: Sequence[T],
    match: Match,
    entity_name: str,
    *,
    missing: str | None,
    name: str = "",
) -> list[T]:
    """Apply ``match`` to candidates given oldest first.

    ``missing`` is the 404 message when nothing matches; ``None`` means an empty list is a
    valid answer (searches whose contract has no 404).
    """
    if not candidates:
        if missing is None:
            return []
        raise NotFound(missing, name=name)
    if match is Match.ALL:
        return list(candidates)
    if match is Match.FIRST:
        return [candidates[0]]
    if match is Match.LAST:
        return [candidates[-1]]
    if len(candidates) > 1:
        raise NotUnique(entity_name, len(candidates), name=name)
    return [candidates[0]]


def obj(body: Body | None, key: str) -> dict[str, Any] | None:
    """A nested object field, or ``None`` when absent or null."""
    value = body.get(key) if body else None
    return value if isinstance(value, dict) else None


def required_obj(body: Body | None, key: str, name: str | None = None) -> dict[str, Any]:
    """A nested object the operation cannot do without (400 naming it when absent)."""
    value = obj(body, key)
    if value is None:
        field_name = name or key
        raise BadParameter(field_name, f"{field_name} is required")
    return value


def text(body: Body | None, key: str) -> str | None:
    value = body.get(key) if body else None
    return value if isinstance(value, str) else None


def number(body: Body | None, key: str) -> float | None:
    value = body.get(key) if body else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def flag(body: Body | None, key: str, default: bool) -> bool:
    value = body.get(key) if body else None
    return value if isinstance(value, bool) else default
