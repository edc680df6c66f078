"""Models (component schemas) added, removed and changed, named as the generator names them."""

from __future__ import annotations

from typing import Any

from .changes import Impact
from .schemas import Emit, SchemaDiff
from .usage import directions

_FIELD_PREFIX = "field_"  # the parser's default, which our generation keeps


def class_name(component: str, kind: str) -> str:
    """The generated class for a component: the parser's ``ClassName`` for OpenAPI, the component
    name itself for OpenRPC (our templates use it as written)."""
    if kind == "openrpc":
        return component
    from openapi_python_client.strings import ClassName

    return str(ClassName(component, _FIELD_PREFIX))


def compare_models(old: dict[str, Any], new: dict[str, Any], kind: str, emit: Emit) -> None:
    old_schemas: dict[str, Any] = (old.get("components") or {}).get("schemas") or {}
    new_schemas: dict[str, Any] = (new.get("components") or {}).get("schemas") or {}
    old_ways, new_ways = directions(old), directions(new)
    diff = SchemaDiff(emit)
    for name, old_schema in old_schemas.items():
        python = class_name(name, kind)
        pointer = f"#/components/schemas/{name}"
        if name not in new_schemas:
            emit("model removed", Impact.BREAKING_CALLERS, python, pointer, "", touches=(python,))
            continue
        way = old_ways.get(name, "both")
        if way != new_ways.get(name, "both"):
            way = "both"
        diff.schema(old_schema, new_schemas[name], pointer, python, way)
    for name in new_schemas:
        if name not in old_schemas:
            python = class_name(name, kind)
            emit("model added", Impact.COMPATIBLE, python, f"#/components/schemas/{name}", "")
