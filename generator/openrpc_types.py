"""JSON Schema (as our OpenRPC specs use it) to Python type expressions.

Two spellings per schema: the exact *output* type (what msgspec converts to and checks, with
patterns and bounds as ``msgspec.Meta``) and a looser *input* annotation for method parameters
(models also as mappings, tuples as any sequence), since every input is checked at run time anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

_META_KEYS = {
    "pattern": "pattern",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minimum": "ge",
    "maximum": "le",
    "minItems": "min_length",
    "maxItems": "max_length",
}
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


class SchemaError(Exception):
    pass


def ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    return None


def is_model(schema: Any) -> bool:
    """A component schema that becomes an attrs class: an object with named properties."""
    return isinstance(schema, dict) and schema.get("type") == "object" and bool(schema.get("properties"))


def is_open(schema: Any) -> bool:
    return is_model(schema) and schema.get("additionalProperties") not in (None, False)


def _meta(schema: dict[str, Any], keys: tuple[str, ...]) -> str:
    parts = [f"{_META_KEYS[k]}={schema[k]!r}" for k in keys if k in schema]
    return ", ".join(parts)


def _union(parts: list[str]) -> str:
    seen: list[str] = []
    for part in parts:
        if part not in seen:
            seen.append(part)
    return " | ".join(seen)


def output(schema: Any, where: str) -> str:
    """The exact type of ``schema`` (names of components are used as they are)."""
    if not isinstance(schema, dict):
        raise SchemaError(f"{where}: a schema must be a mapping")
    name = ref_name(schema)
    if name is not None:
        return name
    if "const" in schema:
        return f"Literal[{schema['const']!r}]"
    if "enum" in schema:
        return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return _union([output(s, f"{where}/{key}/{i}") for i, s in enumerate(schema[key])])
    kind = schema.get("type")
    if kind is None:
        return "Any"
    if isinstance(kind, list):
        return _union([output({**schema, "type": k}, where) for k in kind])
    if kind == "string":
        meta = _meta(schema, ("pattern", "minLength", "maxLength"))
        return f"Annotated[str, Meta({meta})]" if meta else "str"
    if kind == "integer":
        meta = _meta(schema, ("minimum", "maximum"))
        return f"Annotated[int, Meta({meta})]" if meta else "int"
    if kind in _PRIMITIVES:
        return _PRIMITIVES[kind]
    if kind == "array":
        if "prefixItems" in schema:
            items = [output(s, f"{where}/prefixItems/{i}") for i, s in enumerate(schema["prefixItems"])]
            return f"tuple[{', '.join(items)}]"
        inner = f"list[{output(schema.get('items') or {}, f'{where}/items')}]"
        meta = _meta(schema, ("minItems", "maxItems"))
        return f"Annotated[{inner}, Meta({meta})]" if meta else inner
    if kind == "object":
        if schema.get("properties"):
            raise SchemaError(f"{where}: an object with properties must be a component (it becomes a model)")
        extra = schema.get("additionalProperties")
        if extra is False:
            return "Annotated[dict[str, Any], Meta(max_length=0)]"  # a closed object without properties: {}
        if isinstance(extra, dict) and extra:
            return f"dict[str, {output(extra, f'{where}/additionalProperties')}]"
        return "dict[str, Any]"
    raise SchemaError(f"{where}: unsupported type {kind!r}")


def input_annotation(schema: Any, components: dict[str, Any], where: str) -> str:
    """A parameter annotation accepting every spelling the runtime converts (mappings, sequences)."""
    name = ref_name(schema)
    if name is not None:
        target = components[name]
        if is_model(target):
            return f"{name} | Mapping[str, Any]"
        if _needs_loose(target, components):
            return input_annotation(target, components, f"#/components/schemas/{name}")
        return name
    if not isinstance(schema, dict):
        return "Any"
    if "const" in schema or "enum" in schema:
        return output(schema, where)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return _union([input_annotation(s, components, where) for s in schema[key]])
    kind = schema.get("type")
    if kind == "array":
        if "prefixItems" in schema:
            return "Sequence[Any]"
        return f"Sequence[{input_annotation(schema.get('items') or {}, components, where)}]"
    if kind == "object":
        return "Mapping[str, Any]"
    if isinstance(kind, list):
        return _union([input_annotation({**schema, "type": k}, components, where) for k in kind])
    return _PRIMITIVES.get(str(kind), "Any")


def _needs_loose(schema: Any, components: dict[str, Any]) -> bool:
    """Whether a schema holds models or tuples, which callers may spell as mappings or lists."""
    reached = referenced(schema, components, set())
    return _has_tuple(schema) or any(is_model(components[n]) or _has_tuple(components[n]) for n in reached)


def _has_tuple(node: Any) -> bool:
    if isinstance(node, dict):
        return "prefixItems" in node or any(_has_tuple(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_tuple(v) for v in node)
    return False


def direct_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        name = ref_name(node)
        if name is not None:
            yield name
        for value in node.values():
            yield from direct_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from direct_refs(value)


def referenced(schema: Any, components: dict[str, Any], seen: set[str]) -> set[str]:
    """Every component name reachable from ``schema``."""
    for name in direct_refs(schema):
        if name not in seen:
            seen.add(name)
            referenced(components[name], components, seen)
    return seen


def names_in(expression: str) -> set[str]:
    return set(re.findall(r"\b[A-Z][A-Za-z0-9_]*\b", expression))
