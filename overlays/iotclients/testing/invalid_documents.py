"""Documents a schema rejects: a valid document with exactly one rule broken.

Three ways to break an object schema, each certain to be rejected: leave out a required property,
give a property a value of a JSON type its schema does not allow (or a string outside its enum),
or send something that is not an object at all.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Final

from hypothesis import strategies as st

from .schema_strategies import SchemaStrategies

__all__ = ["invalid_json"]

# One value of each JSON type, with the types a schema would accept it under.
_WRONG_VALUES: Final[tuple[tuple[Any, frozenset[str]], ...]] = (
    (None, frozenset({"null"})),
    (True, frozenset({"boolean"})),
    (7, frozenset({"integer", "number"})),
    ("not-a-valid-value", frozenset({"string"})),
    ([], frozenset({"array"})),
    ({}, frozenset({"object"})),
)
_NOT_A_MEMBER: Final = "\x00not-a-member"


def _wrong_values(strategies: SchemaStrategies, schema: Mapping[str, Any]) -> list[Any]:
    """Values ``schema`` surely rejects (none when it accepts anything or combines schemas)."""
    schema = strategies.deref(schema)
    if "enum" in schema:
        return [_NOT_A_MEMBER] if all(isinstance(v, str) for v in schema["enum"]) else []
    if any(key in schema for key in ("anyOf", "oneOf", "allOf", "const")) or "type" not in schema:
        return []
    kind = schema["type"]
    allowed = set(kind) if isinstance(kind, list) else {kind}
    return [value for value, types in _WRONG_VALUES if not types & allowed]


def _without(key: str, document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != key}


def _with(key: str, document: dict[str, Any], value: Any) -> dict[str, Any]:
    return {**document, key: value}


def invalid_json(strategies: SchemaStrategies, schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """JSON documents that break exactly one rule of ``schema`` (an object or enum schema)."""
    target = strategies.deref(schema)
    if "enum" in target:
        members = set(target["enum"])
        return st.sampled_from([_NOT_A_MEMBER, 7, None]).filter(lambda v: v not in members)
    if "allOf" in target:
        target = strategies.merged_all_of(target)
    props: Mapping[str, Any] = target.get("properties") or {}
    valid = strategies.json_from(target).filter(lambda d: isinstance(d, dict))
    ways: list[st.SearchStrategy[Any]] = [st.sampled_from([[1, 2], "not an object", 7, None])]
    for name in target.get("required") or ():
        ways.append(valid.map(functools.partial(_without, name)))
    for name, sub in props.items():
        wrong = _wrong_values(strategies, sub)
        if wrong:
            ways.append(st.builds(functools.partial(_with, name), valid, st.sampled_from(wrong)))
    return st.one_of(ways)
