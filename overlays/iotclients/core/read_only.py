"""Read-only properties (``readOnly: true``) never go out in a request body.

A model fetched from the server carries them (ids, timestamps, server-computed kinds), and sending
such a model back is the common way to update it, so they are dropped rather than refused. Models
list them in ``__read_only__`` (attribute names); the body is walked only when its type can reach
such a model.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import msgspec

from . import codec

__all__ = ["read_only_attributes", "strip_read_only", "without_read_only"]


def without_read_only(payload: bytes, tp: Any) -> bytes:
    """The JSON ``payload`` of a ``tp`` value minus every read-only property, at any depth."""
    if not _carries_read_only(tp):
        return payload
    return msgspec.json.encode(strip_read_only(msgspec.json.decode(payload), tp))


def strip_read_only(data: Any, tp: Any) -> Any:
    """JSON-shaped ``data`` (wire names) of a ``tp`` value minus every read-only property."""
    if not _carries_read_only(tp):
        return data
    if isinstance(data, list):
        element = codec._list_element(tp)
        return data if element is None else [strip_read_only(item, element) for item in data]
    if not isinstance(data, dict):
        return data
    classes = codec._attrs_classes_in(tp)
    if len(classes) != 1:
        value_type = codec._dict_value(tp)
        return data if value_type is None else {k: strip_read_only(v, value_type) for k, v in data.items()}
    cls = next(iter(classes))
    to_wire = codec.wire_names(cls)
    dropped = {to_wire.get(name, name) for name in getattr(cls, "__read_only__", ())}
    hints = codec._field_hints(cls)
    from_wire = {wire: name for name, wire in to_wire.items()}
    kept: dict[str, Any] = {}
    for key, item in data.items():
        if key in dropped:
            continue
        name = from_wire.get(key, key)
        kept[key] = strip_read_only(item, hints[name]) if name in hints else item
    return kept


def read_only_attributes(cls: Any) -> frozenset[str]:
    """The attribute names of ``cls``'s read-only fields."""
    names: frozenset[str] = getattr(cls, "__read_only__", frozenset())
    return names


@cache
def _carries_read_only(tp: Any) -> bool:
    """Whether a value of ``tp`` can hold a model with read-only fields anywhere inside it."""
    return any(
        codec._reaches(cls, lambda c: bool(read_only_attributes(c))) for cls in codec._attrs_classes_in(tp)
    )
