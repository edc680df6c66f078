"""The sandbox's request validation on specs with ``oneOf``/``anyOf`` (with and without a
discriminator, nullable, recursive through the union): the compiled pre-check must agree with
``jsonschema`` on every value, and union bodies are accepted or reported as the spec says."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from iotclients_sandbox import OpenAPIValidator, load_spec
from iotclients_sandbox._schema_checks import compile_check
from tests.core.union_specs import PROBE, oden_shaped_probe


@pytest.fixture(scope="module")
def oden_spec(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return load_spec(oden_shaped_probe(tmp_path_factory.mktemp("spec")))


@pytest.fixture(scope="module")
def validator(oden_spec: Any) -> OpenAPIValidator:
    return OpenAPIValidator(oden_spec)


def _issues(validator: OpenAPIValidator, path: str, body: Any) -> list[tuple[str, str]]:
    check = validator.validate_request("post", path, body=json.dumps(body).encode())
    assert check is not None
    return [(issue.field, issue.rule) for issue in check.issues]


def _check(validator: OpenAPIValidator, name: str) -> Any:
    return compile_check(
        {"$ref": f"urn:iotclients-sandbox:openapi#/components/schemas/{name}"}, validator._get_registry()
    )


def test_every_union_schema_takes_the_compiled_path(validator: OpenAPIValidator, oden_spec: Any) -> None:
    for name in oden_spec["components"]["schemas"]:
        assert _check(validator, name).accelerated, name


@pytest.mark.parametrize(
    "body",
    [
        {"petType": "cat", "name": "Tom", "lives": 9},
        {"petType": "dog", "name": "Rex", "goodBoy": True},
    ],
)
def test_a_member_of_a_discriminated_union_is_accepted(validator: OpenAPIValidator, body: Any) -> None:
    # Either body fits both members' schemas (open objects); the discriminator says which it is.
    assert _issues(validator, "/pets", body) == []


def test_a_body_matching_no_member_is_reported_at_the_field_that_fails(validator: OpenAPIValidator) -> None:
    assert _issues(validator, "/pets", {"petType": "cat"}) == [("name", "required")]
    shapes = {"title": "T", "shapes": [{"kind": "Circle"}]}
    assert _issues(validator, "/drawings", shapes) == [("shapes[0].radius", "required")]


def test_a_discriminator_value_that_names_no_member_is_reported(validator: OpenAPIValidator) -> None:
    assert _issues(validator, "/pets", {"petType": "cow", "name": "Daisy"}) == [("petType", "enum")]
    check = validator.validate_request("post", "/pets", body=b'{"petType": "cow", "name": "Daisy"}')
    assert check is not None
    assert "'cow' is not one of 'cat', 'dog'" in check.issues[0].message


def test_a_body_matching_two_members_of_a_one_of_is_refused(validator: OpenAPIValidator) -> None:
    assert _issues(validator, "/contacts", {"email": "a@example.com"}) == []
    assert _issues(validator, "/contacts", {"email": "a@example.com", "phone": "+358"}) == [("", "oneOf")]


def test_nullable_and_any_of_members(validator: OpenAPIValidator) -> None:
    body = {"title": "T", "highlight": None, "label": "x", "shapes": [{"radius": 1}, {"side": 2}]}
    assert _issues(validator, "/drawings", body) == []
    assert _issues(validator, "/drawings", {"title": "T", "label": {"icon": "i", "text": "t"}}) == []
    assert _issues(validator, "/drawings", {"title": "T", "label": 5})[0][0] == "label"


def test_oden_metadata_is_accepted_with_its_metadata_type_and_refused_without(
    validator: OpenAPIValidator,
) -> None:
    tagged = {"line": "L", "type": "RUN", "metadata": {"product": {"name": "X"}, "metadata_type": "run"}}
    assert _issues(validator, "/interval/set", tagged) == []
    batch = {"line": "L", "type": "BATCH", "metadata": {"metadata_type": "batch", "run": tagged}}
    assert _issues(validator, "/interval/set", batch) == []
    # Every branch is open and all-optional: without metadata_type all four match, which oneOf refuses.
    untagged = {"line": "L", "type": "RUN", "metadata": {"product": {"name": "X"}}}
    assert _issues(validator, "/interval/set", untagged) == [("metadata", "oneOf")]


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.sampled_from(["", "x", "cat", "dog", "Circle", "Square", "run", "batch", "state", "custom", "RUN"]),
)
_keys = st.sampled_from(
    [
        "petType",
        "name",
        "lives",
        "goodBoy",
        "kind",
        "radius",
        "side",
        "title",
        "shapes",
        "highlight",
        "label",
        "text",
        "icon",
        "email",
        "phone",
        "line",
        "type",
        "metadata",
        "metadata_type",
        "run",
        "product",
        "comment",
    ]
)
_values = st.recursive(
    _scalars,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(_keys, children, max_size=5),
    max_leaves=16,
)
_NAMES = [
    *sorted(load_spec(PROBE)["components"]["schemas"]),
    "Interval",
    "IntervalMetadata",
    "BatchMetadata",
    "RunMetadata",
]


@pytest.fixture(scope="module")
def registry(validator: OpenAPIValidator) -> Any:
    return validator._get_registry()


def test_the_compiled_check_agrees_with_jsonschema_on_unions(registry: Any) -> None:
    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(name=st.sampled_from(_NAMES), value=_values)
    def agree(name: str, value: Any) -> None:
        schema = {"$ref": f"urn:iotclients-sandbox:openapi#/components/schemas/{name}"}
        check = compile_check(schema, registry)
        reference = Draft202012Validator(
            schema, registry=registry, format_checker=check._validator.format_checker
        )
        assert check._fast is not None
        assert check._fast(value) == reference.is_valid(value)

    agree()


def test_a_mapping_may_name_members_by_component_name() -> None:
    schemas = {
        "A": {"type": "object", "properties": {"k": {"type": "string"}, "a": {"type": "integer"}}},
        "B": {"type": "object", "properties": {"k": {"type": "string"}, "b": {"type": "integer"}}},
        "AB": {
            "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
            "discriminator": {"propertyName": "k", "mapping": {"a": "A", "b": "#/components/schemas/B"}},
        },
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/ab": {
                "post": {
                    "operationId": "post_ab",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AB"}}},
                    },
                    "responses": {"204": {"description": "ok"}},
                }
            }
        },
        "components": {"schemas": schemas},
    }
    validator = OpenAPIValidator(document)
    assert _issues(validator, "/ab", {"k": "a", "a": 1}) == []
    assert _issues(validator, "/ab", {"k": "a", "a": "one"}) == [("a", "type")]
    assert _issues(validator, "/ab", {"k": "b", "b": 2}) == []
    assert _issues(validator, "/ab", {"k": "A"}) == [("k", "enum")]
