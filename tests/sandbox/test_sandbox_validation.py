"""The OpenAPI validator on a small hand-written spec, plus agreement of its fast path with jsonschema."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from iotclients_sandbox import OpenAPIValidator, load_spec
from iotclients_sandbox._access_views import REQUEST, RESPONSE
from iotclients_sandbox._schema_checks import compile_check, json_path

MINI = {
    "openapi": "3.1.0",
    "info": {"title": "mini", "version": "1"},
    "paths": {
        "/things/{thing_id}": {
            "parameters": [
                {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
            "get": {
                "operationId": "get_thing",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 10}},
                    {"name": "mode", "in": "query", "required": True, "schema": {"enum": ["a", "b"]}},
                ],
                "responses": {
                    "200": {"$ref": "#/components/responses/Thing"},
                    "4XX": {"description": "error"},
                },
            },
        },
        "/things": {
            "post": {
                "operationId": "create_things",
                "requestBody": {"$ref": "#/components/requestBodies/Things"},
                "responses": {"204": {"description": "created"}},
            }
        },
    },
    "components": {
        "requestBodies": {
            "Things": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Batch"}}},
            }
        },
        "responses": {
            "Thing": {
                "description": "a thing",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
            }
        },
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "when": {"type": "string", "format": "date-time"},
                    "id": {"type": "string", "format": "uuid"},
                    "tags": {"type": ["array", "null"], "items": {"type": "string"}},
                    "kind": {"enum": ["x", "y"]},
                },
            },
            "Batch": {
                "type": "object",
                "properties": {
                    "things": {
                        "type": "array",
                        "maxItems": 3,
                        "items": {"$ref": "#/components/schemas/Thing"},
                    }
                },
            },
        },
    },
}


@pytest.fixture(scope="module")
def validator():
    return OpenAPIValidator(MINI)


def _issues(validator, body, method="post", path="/things", **kwargs):
    check = validator.validate_request(method, path, body=json.dumps(body).encode(), **kwargs)
    assert check is not None
    return check.issues


def test_valid_body(validator):
    assert _issues(validator, {"things": [{"name": "a", "when": "2024-01-01T00:00:00Z", "tags": None}]}) == ()


@pytest.mark.parametrize(
    ("body", "field", "rule"),
    [
        ({"things": [{"name": "a"}, {"name": "b", "when": "soon"}]}, "things[1].when", "format"),
        ({"things": [{"name": "a"}, {}]}, "things[1].name", "required"),
        ({"things": [{"name": 3}]}, "things[0].name", "type"),
        ({"things": [{"name": ""}]}, "things[0].name", "minLength"),
        ({"things": [{"name": "a", "kind": "z"}]}, "things[0].kind", "enum"),
        ({"things": [{"name": "a", "id": "1234"}]}, "things[0].id", "format"),
        ({"things": [{"name": "a"}] * 4}, "things", "maxItems"),
        ({"things": [{"name": "a", "tags": [1]}]}, "things[0].tags[0]", "type"),
        ([], "", "type"),
    ],
)
def test_issue_names_the_field_and_rule(validator, body, field, rule):
    issues = _issues(validator, body)
    assert issues, body
    assert (issues[0].field, issues[0].rule) == (field, rule)
    assert issues[0].name == (field or "body")


def test_messages_stay_short_for_huge_bodies(validator):
    issues = _issues(validator, {"things": "x" * 100_000})
    assert len(str(issues[0])) < 200


def test_missing_and_broken_bodies(validator):
    check = validator.validate_request("post", "/things", body=b"")
    assert [(issue.rule, issue.name) for issue in check.issues] == [("required", "body")]
    check = validator.validate_request("post", "/things", body=b"{oops")
    assert check.issues[0].rule == "json"
    check = validator.validate_request("post", "/things", body=b"{}", content_type="text/plain")
    assert check.issues[0].rule == "content-type"


def test_path_and_query_parameters(validator):
    check = validator.validate_request("get", "/things/42", query={"mode": ["a"], "limit": ["3"]})
    assert check.operation.operation_id == "get_thing"
    assert check.path_params == {"thing_id": "42"}
    assert check.ok
    bad = validator.validate_request("get", "/things/abc", query={"limit": ["30"]})
    assert {(issue.location, issue.field, issue.rule) for issue in bad.issues} == {
        ("path", "thing_id", "type"),
        ("query", "limit", "maximum"),
        ("query", "mode", "required"),
    }


def test_unknown_operation(validator):
    assert validator.validate_request("get", "/nothing") is None
    assert validator.find("delete", "/things") is None


def test_response_validation(validator):
    operation = validator.operation("get_thing")
    good = json.dumps({"name": "a"}).encode()
    assert validator.validate_response(operation, 200, "application/json", good) == ()
    assert validator.validate_response(operation, 404, None, b"") == ()  # matched by 4XX
    assert validator.validate_response(operation, 500, "application/json", good)[0].rule == "status"
    assert validator.validate_response(operation, 200, "application/json", b'{"name": 1}')[0].field == "name"
    assert validator.validate_response(operation, 200, "text/csv", b"a")[0].rule == "content-type"
    created = validator.operation("create_things")
    assert validator.validate_response(created, 204, None, b"") == ()
    assert validator.validate_response(created, 204, "application/json", b"{}")[0].rule == "content"


def test_json_path_rendering():
    assert json_path(["intervals", 3, "start_time"]) == "intervals[3].start_time"
    assert json_path([0, "a b"]) == "[0]['a b']"
    assert json_path(["x"], prefix="limit") == "limit.x"


def test_all_oden_schemas_use_the_fast_path():
    spec = load_spec("oden.openapi.yaml")
    validator = OpenAPIValidator(spec)
    for direction in (REQUEST, RESPONSE):  # requests and responses read `required` each their way
        registry = validator._get_registry(direction)
        for name in spec["components"]["schemas"]:
            check = compile_check(
                {"$ref": f"urn:iotclients-sandbox:openapi#/components/schemas/{name}"}, registry
            )
            assert check.accelerated, name


# -- the fast path must agree with jsonschema ---------------------------------------------------

_SPEC = load_spec("oden.openapi.yaml")
_VALIDATOR = OpenAPIValidator(_SPEC)
_NAMES = sorted(_SPEC["components"]["schemas"])
_json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**40), 2**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "",
            "x",
            "2021-04-04T08:00:04Z",
            "not a date",
            "2fc8b5e5-fb88-48a7-9c35-4a763206608c",
            "23",
            "unique",
            "all",
            "RUN",
            "string",
            "number",
        ]
    ),
)
_keys = st.sampled_from(
    [
        "id",
        "name",
        "line",
        "type",
        "factory",
        "match",
        "start_time",
        "end_time",
        "metadata",
        "intervals",
        "product",
        "target",
        "error",
        "retryable",
        "num_matches",
        "entity_name",
        "tags",
        "columns",
        "rows",
        "dashboard",
        "query",
        "state_category",
        "raw_data",
        "lines",
        "value",
        "timestamp",
    ]
)
_json_values = st.recursive(
    _json_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_keys, children, max_size=5),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(_NAMES), value=_json_values)
def test_fast_path_agrees_with_jsonschema(name, value):
    schema = {"$ref": f"urn:iotclients-sandbox:openapi#/components/schemas/{name}"}
    registry = _VALIDATOR._get_registry()
    check = compile_check(schema, registry)
    reference = Draft202012Validator(
        schema, registry=registry, format_checker=check._validator.format_checker
    )
    assert check.is_valid(value) == reference.is_valid(value)
    assert check._fast(value) == reference.is_valid(value)
