"""The spec as each direction reads it: ``required`` means "in requests" for a ``writeOnly``
property and "in responses" for a ``readOnly`` one (OpenAPI 3.1, Schema Object).

JSON Schema itself ignores both keywords, so request bodies are checked against a copy in which
``required`` leaves out read-only properties, and responses against one that leaves out
write-only properties.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["REQUEST", "RESPONSE", "direction_view"]

REQUEST = "readOnly"  # what requests never carry
RESPONSE = "writeOnly"  # what responses never carry


def direction_view(document: Mapping[str, Any], never_carried: str) -> Any:
    """A copy of ``document`` whose schemas do not require properties marked ``never_carried``."""
    return _view(document, never_carried)


def _view(node: Any, never_carried: str) -> Any:
    if isinstance(node, Mapping):
        copied = {key: _view(value, never_carried) for key, value in node.items()}
        required, properties = copied.get("required"), copied.get("properties")
        if isinstance(required, list) and isinstance(properties, Mapping):
            copied["required"] = [
                name
                for name in required
                if not (
                    isinstance(properties.get(name), Mapping) and properties[name].get(never_carried) is True
                )
            ]
        return copied
    if isinstance(node, list):
        return [_view(item, never_carried) for item in node]
    return node
