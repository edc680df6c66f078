"""Untagged interval metadata in requests, read as the kind its interval type names.

Oden publishes ``Interval.metadata`` as a ``oneOf`` of batch, run, state and custom metadata told
apart by ``metadata_type``. Every branch is open and all-optional, so metadata without
``metadata_type`` formally matches all four, yet Oden's own examples never send it: the server
reads metadata as the kind of the interval's type. Before validation the sandbox therefore adds
the tag the interval type implies to request metadata that has none (a tag that is sent is
checked as sent).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Final

from iotclients_sandbox.oden.views import METADATA_TYPES

__all__ = ["INTERVAL_OPERATIONS", "tag_interval_metadata"]

INTERVAL_OPERATIONS: Final = frozenset(
    {
        "search_intervals",
        "set_interval",
        "update_interval",
        "delete_interval",
        "bulk_set_intervals",
        "bulk_update_intervals",
    }
)
_TAG: Final = "metadata_type"

TypeName = Callable[[Mapping[str, Any]], str | None]
"""The name of the interval type a ``type`` reference names, if it names one."""


def _first_wins(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Oden reads the first of repeated keys; so does the validator this body goes to next.
    found: dict[str, Any] = {}
    for key, value in pairs:
        found.setdefault(key, value)
    return found


def tag_interval_metadata(body: bytes, type_name: TypeName) -> bytes:
    """``body`` with ``metadata_type`` added where interval metadata lacks it (unchanged otherwise)."""
    if b'"metadata"' not in body:
        return body
    try:
        document = json.loads(body, object_pairs_hook=_first_wins)
    except ValueError:
        return body  # the validator reports it
    if not isinstance(document, dict):
        return body
    changed = _tag(document, document.get("type"), type_name)
    items = document.get("intervals")
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict):
                changed |= _tag(item, item.get("type", document.get("type")), type_name)
    return json.dumps(document).encode() if changed else body


def _tag(interval: dict[str, Any], type_ref: Any, type_name: TypeName) -> bool:
    metadata = interval.get("metadata")
    if not isinstance(metadata, dict) or _TAG in metadata or not isinstance(type_ref, dict):
        return False
    name = type_name(type_ref)
    if name is None:
        return False  # an unknown type is reported by the operation itself
    metadata[_TAG] = METADATA_TYPES.get(name, "custom")
    return True
