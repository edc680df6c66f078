"""``deprecated: true`` on operations and parameters, for the templates.

A deprecated operation says so in its docstring and warns (``DeprecationWarning``) when called; a
deprecated parameter warns when the call passes it.
"""

from __future__ import annotations

from typing import Any

from .specload import resolve_ref

__all__ = ["deprecation_info"]


def deprecation_info(
    document: dict[str, Any], path: str, operation: dict[str, Any], params: list[dict[str, Any]]
) -> dict[str, Any]:
    """Marks each of ``params`` ``deprecated`` (or not); whether the operation is deprecated and
    whether calling it can warn at all."""
    path_item = (document.get("paths") or {}).get(path) or {}
    listed = [*(path_item.get("parameters") or []), *(operation.get("parameters") or [])]
    declared = [resolve_ref(document, parameter) for parameter in listed]
    deprecated = {(p.get("in"), p.get("name")) for p in declared if p.get("deprecated") is True}
    for param in params:
        param["deprecated"] = (param["location"], param["wire_name"]) in deprecated
    operation_deprecated = operation.get("deprecated") is True
    return {
        "deprecated": operation_deprecated,
        "warns": operation_deprecated or any(param["deprecated"] for param in params),
    }
