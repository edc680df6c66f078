"""The value rules of model fields (patterns, lengths, bounds, item counts), for ``__constraints__``.

Each generated model lists the rules of its own fields as ``msgspec.Meta`` arguments; the runtime
(``iotclients.core.constraints``) compiles them once per body type and checks bodies before they
are sent. Rules of a referenced model stay with that model; enums and formats are not listed
because the field types already enforce them.
"""

from __future__ import annotations

from typing import Any

from .specload import resolve_ref

__all__ = ["body_type_expr", "field_rules", "model_tables"]

_STRING = {"pattern": "pattern", "minLength": "min_length", "maxLength": "max_length"}
_NUMBER = {
    "minimum": "ge",
    "maximum": "le",
    "exclusiveMinimum": "gt",
    "exclusiveMaximum": "lt",
    "multipleOf": "multiple_of",
}
_ARRAY = {"minItems": "min_length", "maxItems": "max_length"}
# Formats with a Python type of their own: string rules would not apply to the decoded value.
_TYPED_FORMATS = {"uuid", "date", "date-time", "binary"}


def field_rules(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    """The rules of one property's schema (``items``/``values`` for elements), ``{}`` if none."""
    if not isinstance(schema, dict):
        return {}
    if "$ref" in schema:
        target = resolve_ref(document, schema)
        if isinstance(target, dict) and target.get("properties"):
            return {}  # a model: its own table holds its rules
        return field_rules(document, target)
    for key in ("anyOf", "oneOf", "allOf"):
        branches = [b for b in schema.get(key) or [] if not (isinstance(b, dict) and b.get("type") == "null")]
        if len(branches) == 1:
            return field_rules(document, branches[0])
        if branches:
            return {}  # several shapes: which rules apply depends on the branch
    kinds = schema.get("type")
    kinds = [k for k in (kinds if isinstance(kinds, list) else [kinds]) if k != "null"]
    if len(kinds) != 1:
        return {}
    kind = kinds[0]
    rules: dict[str, Any] = {}
    if kind == "string" and schema.get("format") not in _TYPED_FORMATS and "enum" not in schema:
        rules = {name: schema[key] for key, name in _STRING.items() if key in schema}
    elif kind in ("integer", "number"):
        rules = {name: _number(schema[key], kind) for key, name in _NUMBER.items() if key in schema}
        for bound, strict in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
            if isinstance(schema.get(strict), bool):  # OpenAPI 3.0: a flag beside the bound
                rules.pop(_NUMBER[strict], None)
                if schema[strict] and bound in schema:
                    rules[_NUMBER[strict]] = rules.pop(_NUMBER[bound])
    elif kind == "array":
        rules = {name: schema[key] for key, name in _ARRAY.items() if key in schema}
        items = field_rules(document, schema.get("items"))
        if items:
            rules["items"] = items
    elif kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        values = field_rules(document, schema["additionalProperties"])
        if values:
            rules["values"] = values
    if rules:
        rules["type"] = kind  # what values are, where the field's own type does not say (map values)
    return dict(sorted(rules.items()))


def model_tables(models: list[Any], attributes: Any, document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Class name -> attribute -> rules, for the models that have any."""
    from .openapi import _text

    tables: dict[str, dict[str, Any]] = {}
    for model in models:
        properties = _properties(model, document)
        table = {}
        for prop in model.required_properties + model.optional_properties:
            key = _text(prop.name)
            rules = field_rules(document, properties.get(attributes.wire_of(model, key)))
            if rules:
                table[attributes.of(model)[key]] = rules
        if table:
            tables[_text(model.class_info.name)] = dict(sorted(table.items()))
    return tables


def _properties(model: Any, document: dict[str, Any]) -> dict[str, Any]:
    """The spec's property schemas of a model (a component's, or the inline schema's)."""
    from .openapi import _text

    schemas = (document.get("components") or {}).get("schemas") or {}
    for name in (_text(model.name).rsplit("/", 1)[-1], _text(model.class_info.name)):
        if isinstance(schemas.get(name), dict):
            found: dict[str, Any] = schemas[name].get("properties") or {}
            return found
    data = getattr(model, "data", None)
    if data is None:
        return {}
    # An inline schema, as the parser read it (numbers may have become floats).
    dumped = data.model_dump(by_alias=True, exclude_none=True, mode="json")
    properties: dict[str, Any] = dumped.get("properties") or {}
    return properties


def _number(value: Any, kind: str) -> Any:
    """A bound as msgspec takes it for the field's type (integer fields take integer bounds)."""
    if kind == "integer" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def body_type_expr(document: dict[str, Any], schema: Any, type_expr: str) -> str:
    """The type thunk of a whole body, wrapped in ``constrained(...)`` where its schema has rules
    of its own (a top-level array's ``maxItems``, its items' pattern); unchanged otherwise."""
    return _constrained(type_expr, field_rules(document, schema))


def _constrained(expr: str, rules: dict[str, Any]) -> str:
    for key, container in (("items", "list["), ("values", "dict[str, ")):
        if rules.get(key) and expr.startswith(container) and expr.endswith("]"):
            expr = container + _constrained(expr[len(container) : -1], rules[key]) + "]"
    meta = ", ".join(f"{k}={v!r}" for k, v in rules.items() if k not in ("items", "values", "type"))
    return f"constrained({expr}, {meta})" if meta else expr
