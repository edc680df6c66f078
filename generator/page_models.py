"""The models that are pages of a paginated list, and what iterating one of them yields.

A page model (IOTile's ``PaginatedProjectList``) is what a ``list_*`` operation returns; the
operation's ``x-iotclients-pagination`` names the property holding the page's items. The model
template gives such models an ``__iter__`` over those items, so ``for project in
client.list_projects(): ...`` works on the page in hand.
"""

from __future__ import annotations

from typing import Any

__all__ = ["page_models"]


def _page_component(document: dict[str, Any], operation: dict[str, Any]) -> str | None:
    """The component schema a paginated operation's first 2xx JSON reply refers to, if any."""
    for status, response in sorted((operation.get("responses") or {}).items(), key=lambda kv: str(kv[0])):
        if not str(status).startswith("2"):
            continue
        media = ((response or {}).get("content") or {}).get("application/json") or {}
        ref = (media.get("schema") or {}).get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            return ref.rsplit("/", 1)[-1]
        return None
    return None


def page_models(
    document: dict[str, Any], operations: dict[str, dict[str, Any]], schema_names: dict[str, str]
) -> dict[str, dict[str, str]]:
    """Class name of each page model -> ``{"results": attribute, "item": annotation}``."""
    class_of = {component: name for name, component in schema_names.items() if component}
    declared: dict[str, dict[str, Any]] = {}
    for path_item in (document.get("paths") or {}).values():
        for operation in (path_item or {}).values():
            if isinstance(operation, dict) and operation.get("x-iotclients-pagination"):
                declared[str(operation.get("operationId"))] = operation
    found: dict[str, dict[str, str]] = {}
    for op_id, info in operations.items():
        pagination = info.get("pagination")
        operation = declared.get(op_id)
        if not pagination or operation is None:
            continue
        component = _page_component(document, operation)
        if component is None or component not in class_of:
            continue
        found[class_of[component]] = {
            "results": pagination["fields"]["results"],
            "item": pagination["item_annotation"],
        }
    return dict(sorted(found.items()))
