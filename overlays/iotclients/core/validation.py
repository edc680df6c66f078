"""Checking an encoded body against its type without building the models again.

``codec.encode_json`` decodes every body it encodes, so that a value the spec would refuse is
refused before sending. Decoding into the attrs models builds one garbage object per item, and
with the garbage collector on each of them is traced until it dies. The decoder here checks the
same rules (types, required fields, ``msgspec.Meta`` constraints, wire names) against mirror
``msgspec.Struct`` classes that the collector does not track: the result is thrown away at once.
Types it cannot mirror (unions of several models, models that contain themselves) are checked
by decoding into the models, as before.
"""

from __future__ import annotations

import types
import typing
from functools import cache
from typing import Annotated, Any

import attrs
import msgspec

__all__ = ["validator"]


class _CannotMirror(Exception):
    pass


def _mirror(tp: Any, building: frozenset[type]) -> Any:
    origin = typing.get_origin(tp)
    if isinstance(tp, type) and attrs.has(tp):
        return _mirror_class(tp, building)
    if origin is Annotated:
        inner, *metadata = typing.get_args(tp)
        return Annotated[(_mirror(inner, building), *metadata)]
    if origin in (list, dict, tuple, typing.Union, types.UnionType):
        args = tuple(_mirror(arg, building) for arg in typing.get_args(tp))
        if origin is list:
            return list[args[0]]  # type: ignore[valid-type]
        if origin is dict:
            return dict[args[0], args[1]]  # type: ignore[valid-type]
        if origin is tuple:
            return tuple[args]  # type: ignore[valid-type]
        return typing.Union[args]  # noqa: UP007  (built from a tuple of types)
    return tp


def _mirror_class(cls: type, building: frozenset[type]) -> Any:
    if cls in building:
        raise _CannotMirror(f"{cls.__name__} contains itself")
    hints = typing.get_type_hints(cls, include_extras=True)
    wire: dict[str, str] = dict(getattr(cls, "__wire_names__", None) or {})
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for field in attrs.fields(typing.cast(Any, cls)):
        kind = _mirror(hints[field.name], building | {cls})
        if field.default is attrs.NOTHING:
            fields.append((field.name, kind))
        else:
            fields.append((field.name, kind, msgspec.UNSET))
    return msgspec.defstruct(f"{cls.__name__}Check", fields, kw_only=True, gc=False, rename=wire or None)


@cache
def validator(tp: Any) -> msgspec.json.Decoder[Any] | None:
    """A decoder that checks JSON against ``tp``'s rules, building mirrors instead of models;
    ``None`` when ``tp`` cannot be mirrored (the caller decodes into the models then)."""
    try:
        return msgspec.json.Decoder(_mirror(tp, frozenset()))
    except (_CannotMirror, TypeError):
        return None
