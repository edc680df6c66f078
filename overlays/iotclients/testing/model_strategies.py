"""Strategies for generated models: their wire documents and their decoded instances."""

from __future__ import annotations

import functools
from typing import Any, TypeVar

import msgspec
from hypothesis import strategies as st

from iotclients.core import codec

from .invalid_documents import invalid_json
from .model_schemas import is_enum, model_schema
from .schema_strategies import SchemaStrategies

__all__ = ["carries_files", "documents", "instances", "spec_strategies"]

_T = TypeVar("_T")


@functools.cache
def spec_strategies(spec_file: str) -> SchemaStrategies:
    """The shared strategy builder of a bundled spec (e.g. ``"oden.openapi.yaml"``)."""
    from iotclients_sandbox.specs import load_spec

    return SchemaStrategies(load_spec(spec_file))


def documents(model: type[Any], *, valid: bool = True) -> st.SearchStrategy[Any]:
    """JSON documents (dicts, lists, scalars) for ``model``'s schema.

    ``valid=True``: documents the schema accepts, as the service would send them.
    ``valid=False``: documents breaking exactly one rule of the schema (a required property left
    out, a property of the wrong type, a string outside an enum, not an object at all), which
    ``model.from_dict`` refuses.
    """
    if is_enum(model):
        members = [member.value for member in model]
        if valid:
            return st.sampled_from(members)
        return st.sampled_from(["\x00not-a-member", 7, None]).filter(lambda v: v not in members)
    located = model_schema(model)
    strategies = spec_strategies(located.spec_file)
    schema = strategies.resolve(located.pointer)
    return strategies.json_from(schema) if valid else invalid_json(strategies, schema)


def instances(model: type[_T]) -> st.SearchStrategy[_T]:
    """Instances of a generated model (or members of a generated enum), decoded from valid documents.

    They decode exactly as a client decodes a response body, so they carry the same types
    (aware datetimes, UUIDs, enum members, nested models).
    """
    if is_enum(model):
        return st.sampled_from(list(model))  # type: ignore[call-overload]
    located = model_schema(model)
    strategies = spec_strategies(located.spec_file)
    if carries_files(strategies, strategies.resolve(located.pointer)):
        raise ValueError(
            f"{model.__qualname__} carries files (format: binary) and is only ever sent as multipart, "
            "never decoded from JSON; draw its fields with documents()"
        )
    return documents(model).map(functools.partial(_decoded, model))


def carries_files(strategies: SchemaStrategies, schema: Any) -> bool:
    """Whether an object schema has a ``format: binary`` property (a multipart file part)."""
    properties = strategies.deref(schema).get("properties") or {}
    return any(strategies.deref(sub).get("format") == "binary" for sub in properties.values())


def _decoded(model: type[_T], document: Any) -> _T:
    value: _T = codec.decode(msgspec.json.encode(document), model)
    return value
