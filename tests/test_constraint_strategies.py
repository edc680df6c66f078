"""The shared builders draw only values valid under each constraint a spec may declare."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from tests.constraint_strategies import integer_values, list_values, number_values, string_values

SCHEMAS: list[dict[str, Any]] = [
    {"type": "string", "pattern": "^[0-9a-f]{40}$"},
    {"type": "string", "pattern": "^[A-Z]{2}-[0-9]{1,4}$", "maxLength": 5},
    {"type": "string", "minLength": 3, "maxLength": 6},
    {"type": "string", "format": "date-time"},
    {"type": "string", "format": "date"},
    {"type": "string", "format": "uuid"},
    {"type": "integer", "minimum": 1, "maximum": 9},
    {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10, "multipleOf": 3},
    {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
    {"type": "number", "minimum": -2, "maximum": 2, "multipleOf": 0.5},
    {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 3}, "minItems": 2, "maxItems": 3},
    {
        "type": "array",
        "items": {"type": "integer", "minimum": 0, "maximum": 5},
        "minItems": 3,
        "uniqueItems": True,
    },
]


def _builder(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    kind = schema["type"]
    if kind == "string":
        return string_values(schema)
    if kind == "integer":
        return integer_values(schema)
    if kind == "number":
        return number_values(schema)
    return list_values(schema, integer_values(schema["items"]))


@pytest.mark.parametrize("schema", SCHEMAS, ids=lambda s: ",".join(k for k in s if k != "type"))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
def test_drawn_values_satisfy_the_schema(schema: dict[str, Any], data: st.DataObject) -> None:
    value = data.draw(_builder(schema))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert not list(validator.iter_errors(value)), value
