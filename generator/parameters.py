"""Path, query, header and cookie parameters as the spec declares them.

The parser names parameters and orders them, but it refuses arrays in headers, objects in
queries and ``style``/``explode`` (dropping the whole operation), and it reduces a schema to a
Python type. The parser is therefore handed plain string stand-ins for those parameters, and the
facts the runtime converts and checks values by (type, format, enum, constraints, style,
explode) are read from the spec itself, together with the annotation of each argument.
"""

from __future__ import annotations

from typing import Any

from .lint import iter_operations
from .specload import resolve_ref

__all__ = ["ParameterError", "parameter_facts", "parser_friendly"]

_FACT_KEYS = (
    "type",
    "format",
    "enum",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "required",
)
_STYLES = {
    "path": ("simple",),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_FORMATS = {"uuid": "UUID", "date-time": "datetime.datetime", "date": "datetime.date"}


class ParameterError(Exception):
    pass


def _declared(document: dict[str, Any], path: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameters (refs resolved), the path item's first, overridden by name and place."""
    item = (document.get("paths") or {}).get(path) or {}
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in list(item.get("parameters") or []) + list(operation.get("parameters") or []):
        param = resolve_ref(document, raw)
        merged[(str(param["in"]), str(param["name"]))] = param
    return list(merged.values())


def _needs_stand_in(document: dict[str, Any], param: dict[str, Any]) -> bool:
    schema = resolve_ref(document, param.get("schema") or {})
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return "style" in param or "explode" in param or any(k in ("array", "object") for k in kinds)


def parser_friendly(document: dict[str, Any]) -> None:
    """Replace, in the parser's copy of the spec, parameters it would refuse by plain strings."""
    for path, _, operation in iter_operations(document):
        item = (document.get("paths") or {}).get(path) or {}
        for owner in (item, operation):
            for index, raw in enumerate(owner.get("parameters") or []):
                param = resolve_ref(document, raw)
                if _needs_stand_in(document, param):
                    stand_in = {k: v for k, v in param.items() if k in ("name", "in", "required")}
                    owner["parameters"][index] = {**stand_in, "schema": {"type": "string"}}


def _facts(document: dict[str, Any], schema: Any, seen: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The schema with references resolved, reduced to what values are converted and checked by."""
    if isinstance(schema, dict) and "$ref" in schema:
        if schema["$ref"] in seen:
            return {}
        seen = seen | {schema["$ref"]}
    schema = resolve_ref(document, schema or {})
    if not isinstance(schema, dict):
        return {}
    facts: dict[str, Any] = {key: schema[key] for key in _FACT_KEYS if key in schema}
    for key in ("minimum", "maximum"):
        # OpenAPI 3.0 spelling: a boolean flag beside the bound.
        exclusive = "exclusive" + key[0].upper() + key[1:]
        if schema.get(exclusive) is True:
            facts[exclusive] = facts.pop(key)
        elif schema.get(exclusive) is False:
            facts.pop(exclusive, None)
    if isinstance(schema.get("items"), dict):
        facts["items"] = _facts(document, schema["items"], seen)
    if isinstance(schema.get("properties"), dict):
        facts["properties"] = {
            str(name): _facts(document, prop, seen) for name, prop in sorted(schema["properties"].items())
        }
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        facts["additionalProperties"] = _facts(document, extra, seen)
    elif extra is False:
        facts["additionalProperties"] = False
    return dict(sorted(facts.items()))


def annotation(document: dict[str, Any], schema: Any, class_names: set[str]) -> str:
    """The Python type a caller passes for ``schema`` (enums by class where the spec names one)."""
    if not isinstance(schema, dict):
        return "Any"
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        target = resolve_ref(document, schema)
        if name in class_names:
            return f"{name} | Mapping[str, Any]" if target.get("type") == "object" else name
        return annotation(document, target, class_names)
    kinds = schema.get("type")
    if isinstance(kinds, list):
        parts = [annotation(document, {**schema, "type": k}, class_names) for k in kinds if k != "null"]
        return " | ".join(dict.fromkeys(parts)) or "Any"
    if "enum" in schema:
        return "Literal[" + ", ".join(repr(v) for v in schema["enum"] if v is not None) + "]"
    if kinds == "array":
        return f"list[{annotation(document, schema.get('items'), class_names)}]"
    if kinds == "object":
        return "Mapping[str, Any]"
    if kinds == "string" and schema.get("format") in _FORMATS:
        return _FORMATS[str(schema["format"])]
    if kinds == "number":
        return "float"  # an int is a number too: ``float`` accepts it for type checkers
    return _PRIMITIVES.get(str(kinds), "Any")


def parameter_facts(
    document: dict[str, Any], path: str, operation: dict[str, Any], endpoint: Any, class_names: set[str]
) -> list[dict[str, Any]]:
    """Each parameter for the templates, in the parser's order (path, query, header, cookie)."""
    from .openapi import _text

    declared = {(str(p["in"]), str(p["name"])): p for p in _declared(document, path, operation)}
    result: list[dict[str, Any]] = []
    for location in ("path", "query", "header", "cookie"):
        for prop in getattr(endpoint, f"{location}_parameters"):
            wire_name = _text(prop.name)
            param = declared[(location, wire_name)]
            where = f"{operation['operationId']}: parameter {wire_name!r} ({location})"
            style = param.get("style")
            if style is not None and style not in _STYLES[location]:
                choices = ", ".join(_STYLES[location])
                raise ParameterError(f"{where}: style {style!r} is not supported here; use one of {choices}")
            explode = param.get("explode")
            if style == "deepObject" and explode is False:
                raise ParameterError(f"{where}: deepObject needs explode: true")
            schema = param.get("schema") or {}
            enum_class = _enum_class(document, schema, class_names, prop)
            result.append(
                {
                    "argument": _text(prop.python_name),
                    "wire_name": wire_name,
                    "location": location,
                    "required": bool(param.get("required")),
                    "schema": _facts(document, schema),
                    "style": style,
                    "explode": explode if isinstance(explode, bool) else None,
                    "annotation": enum_class or annotation(document, schema, class_names),
                }
            )
    return result


def _enum_class(document: dict[str, Any], schema: Any, class_names: set[str], prop: Any) -> str | None:
    """The enum class the parser made of an inline enum, which callers already use."""
    if not isinstance(schema, dict) or "enum" not in schema:
        return None
    from .openapi import _text

    name = _text(prop.get_type_string(no_optional=True))
    return name if name in class_names else None
