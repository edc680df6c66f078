"""Hypothesis strategies drawn from specs/iotticket.openapi.yaml, and the spec's operations.

Small named builders per schema keyword (enum, type, object, array) rather than one composite.
"""

from __future__ import annotations

import datetime
import functools
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from ruamel.yaml import YAML

from tests.constraint_strategies import integer_values, list_values, number_values, string_values

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "iotticket.openapi.yaml"
SPEC: dict[str, Any] = YAML(typ="safe").load(SPEC_PATH.read_text(encoding="utf-8"))
SPEC_URI = "urn:iotclients-tests:iotticket-openapi"
REGISTRY = Registry().with_resource(SPEC_URI, Resource.from_contents(SPEC, default_specification=DRAFT202012))
METHODS = ("get", "put", "post", "patch", "delete")


def operations() -> dict[str, tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """operationId -> (method, path, operation, parameters with path-level ones merged)."""
    found = {}
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method in item:
                params = [deref(p) for p in item.get("parameters", []) + item[method].get("parameters", [])]
                found[item[method]["operationId"]] = (method, path, item[method], params)
    return found


def deref(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


@functools.cache
def _validator(pointer: str) -> Draft202012Validator:
    return Draft202012Validator({"$ref": f"{SPEC_URI}#{pointer}"}, registry=REGISTRY)


def assert_valid(value: Any, schema_ref: str) -> None:
    errors = [e.message for e in _validator(schema_ref.lstrip("#")).iter_errors(value)]
    assert not errors, errors


_STAMPS = st.datetimes(
    min_value=datetime.datetime(2000, 1, 1),
    max_value=datetime.datetime(2100, 1, 1),
    timezones=st.just(datetime.UTC),
).map(lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000))
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=12)
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**31), 2**31),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    _TEXT,
)


def iso(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def free_json() -> st.SearchStrategy[Any]:
    return st.recursive(
        _SCALARS,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
        max_leaves=6,
    )


def _string(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if schema.get("format") == "date-time":
        return _STAMPS.map(iso)
    if schema.get("format") == "binary":
        return st.binary(max_size=16)
    return string_values(schema, alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]))


def _object(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    if "maxProperties" in schema and schema["maxProperties"] == 1 and not required:
        # One of the alternatives (TelemetryPayload: exactly one of t, t_set, ts).
        return st.one_of(*(st.builds(lambda v, k=k: {k: v}, strategy(p)) for k, p in properties.items()))
    optional = sorted(set(properties) - required)
    fixed = {k: strategy(properties[k]) for k in properties if k in required}
    extra = st.dictionaries(_TEXT.filter(lambda k: k not in properties), free_json(), max_size=2)

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        value = {k: draw(s) for k, s in fixed.items()}
        for key in optional:
            if draw(st.booleans()):
                value[key] = draw(strategy(properties[key]))
        if schema.get("additionalProperties") is True or (
            not properties and "additionalProperties" not in schema
        ):
            value.update(draw(extra))
        elif isinstance(schema.get("additionalProperties"), dict):
            value.update(draw(st.dictionaries(_TEXT, strategy(schema["additionalProperties"]), max_size=3)))
        while len(value) < schema.get("minProperties", 0):
            value[f"k{len(value)}"] = draw(free_json())
        return value

    return build()


def _one_type(kind: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return integer_values(schema)
    if kind == "number":
        return number_values(schema)
    if kind == "string":
        return _string(schema)
    if kind == "array":
        return list_values(schema, strategy(schema["items"]), longest=3)
    return _object(schema)


def strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    schema = deref(schema)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = schema.get("type")
    if kinds is None:
        return _object(schema) if "properties" in schema else free_json()
    if isinstance(kinds, list):
        return st.one_of(*(_one_type(k, schema) for k in kinds))
    return _one_type(kinds, schema)
