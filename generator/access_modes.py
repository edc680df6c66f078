"""``readOnly`` and ``writeOnly`` properties: which way a property travels.

One model class serves requests and responses alike, so ``required`` is read the way OpenAPI
means it: a read-only property is required only in responses and a write-only one only in
requests. A schema that requests reach therefore gets its required read-only properties as
optional fields (the caller never sets them), and a schema that responses reach gets its required
write-only properties as optional fields (the server never sends them). A schema only one
direction reaches keeps its ``required`` as written. The runtime strips read-only fields from
every request body; model docstrings say which fields travel one way only.
"""

from __future__ import annotations

from typing import Any

from .lint import iter_operations
from .spec_walk import iter_refs
from .specload import resolve_ref

__all__ = ["flagged_fields", "relax_required"]

_SCHEMAS = "#/components/schemas/"


def relax_required(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with the ``required`` entries a direction never carries dropped in place (see
    the module doc)."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    to_server, to_client = _reached(document, schemas)
    for name, schema in schemas.items():
        if not isinstance(schema, dict) or not isinstance(schema.get("required"), list):
            continue
        properties = schema.get("properties") or {}
        dropped = set()
        if name in to_server:
            dropped |= {
                key for key in schema["required"] if (properties.get(key) or {}).get("readOnly") is True
            }
        if name in to_client:
            dropped |= {
                key for key in schema["required"] if (properties.get(key) or {}).get("writeOnly") is True
            }
        if dropped:
            schema["required"] = [key for key in schema["required"] if key not in dropped]
    return document


def flagged_fields(
    models: list[Any], schemas: dict[str, Any], schema_names: dict[str, str], attributes: Any, flag: str
) -> dict[str, list[str]]:
    """Class name -> attributes whose properties say ``flag: true`` (``readOnly``, ``writeOnly``).

    ``attributes`` maps the parser's property names to attributes (``of``) and wire names (``wire_of``).
    """
    found: dict[str, list[str]] = {}
    for model in models:
        class_name = str(model.class_info.name)
        properties = (schemas.get(schema_names.get(class_name, "")) or {}).get("properties") or {}
        names = sorted(
            attribute
            for key, attribute in attributes.of(model).items()
            if (properties.get(attributes.wire_of(model, key)) or {}).get(flag) is True
        )
        if names:
            found[class_name] = names
    return found


def _reached(document: dict[str, Any], schemas: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Component schemas that request bodies reach, and those that responses reach."""
    to_server: set[str] = set()
    to_client: set[str] = set()
    for _, _, operation in iter_operations(document):
        body = operation.get("requestBody")
        if body is not None:
            for media in (resolve_ref(document, body).get("content") or {}).values():
                _walk(media.get("schema"), schemas, to_server)
        for response in (operation.get("responses") or {}).values():
            for media in (resolve_ref(document, response).get("content") or {}).values():
                _walk(media.get("schema"), schemas, to_client)
    return to_server, to_client


def _walk(node: Any, schemas: dict[str, Any], seen: set[str]) -> None:
    for ref in iter_refs(node):
        name = ref[len(_SCHEMAS) :]
        if ref.startswith(_SCHEMAS) and name not in seen and name in schemas:
            seen.add(name)
            _walk(schemas[name], schemas, seen)
