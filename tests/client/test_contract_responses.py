"""Responses drawn from specs/oden.openapi.yaml decode into the right typed values and errors.

* every 200 body decodes into the spec's model classes, field by field, and round-trips;
* every model class round-trips random valid dicts (``to_dict(from_dict(d)) == d``);
* every documented error status raises its exception class with the vendor error parsed;
* undocumented statuses and bodies that break the spec raise typed errors instead of crashing.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from oden_testkit import (
    BULK_OPERATIONS,
    COMPONENTS,
    OPERATION_IDS,
    OPERATIONS_BY_ID,
    Recorder,
    assert_typed,
    assert_valid,
    component_ref,
    component_validator,
    error_statuses,
    examples,
    iter_models,
    json_from,
    json_response,
    make_async_client,
    make_client,
    models_module,
    normalize,
    response_schema,
    response_schema_pointer,
    run,
    validator,
)

from iotclients.core import errors
from iotclients.core.model import Model
from tests.spec_examples import first_example as spec_first_example

PLAIN_OPERATIONS = [op for op in OPERATION_IDS if op not in BULK_OPERATIONS]
OBJECT_COMPONENTS = sorted(name for name, schema in COMPONENTS.items() if schema.get("type") == "object")

STATUS_CLASSES = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    429: errors.RateLimitError,
    500: errors.InternalServerError,
    501: errors.NotImplementedByServerError,
}


def first_example(op_id: str) -> Any:
    media = OPERATIONS_BY_ID[op_id]["op"]["requestBody"]["content"]["application/json"]
    return spec_first_example(media)


def call(op_id: str, responder: Any, **client_options: Any) -> tuple[Any, Recorder]:
    recorder = Recorder(responder)
    with make_client(recorder, **client_options) as client:
        result = getattr(client, op_id)(first_example(op_id))
    return result, recorder


def as_builtins(value: Any) -> Any:
    if isinstance(value, list):
        return [as_builtins(v) for v in value]
    if isinstance(value, Model):
        return value.to_dict()
    return value


def assert_models_round_trip(value: Any) -> None:
    for model in iter_models(value):
        again = type(model).from_dict(model.to_dict())
        assert again == model, f"{type(model).__name__} changed in from_dict(to_dict(x))"
        assert type(model).from_json(model.to_json()) == model


# -- 200 bodies -------------------------------------------------------------------------------------

TYPED_PLAIN = [op for op in PLAIN_OPERATIONS if response_schema(op) is not None and op != "run_oql_query"]
UNTYPED_PLAIN = [op for op in PLAIN_OPERATIONS if response_schema(op) is None]


@pytest.mark.parametrize("op_id", TYPED_PLAIN)
@examples(30)
@given(data=st.data())
def test_success_body_decodes_into_spec_types(op_id: str, data: st.DataObject) -> None:
    schema = response_schema(op_id)
    assert schema is not None
    body = data.draw(json_from(schema), label="body")
    assert_valid(body, response_schema_pointer(op_id))
    result, recorder = call(op_id, lambda request: json_response(200, body))
    assert len(recorder.requests) == 1
    assert_typed(result, body, schema)
    assert normalize(as_builtins(result), schema) == normalize(body, schema)
    assert_models_round_trip(result)


@pytest.mark.parametrize("op_id", [*TYPED_PLAIN[:6], "execute_dashboard", "search_intervals", "set_interval"])
@examples(5)
@given(data=st.data())
def test_async_client_decodes_the_same_values(op_id: str, data: st.DataObject) -> None:
    schema = response_schema(op_id)
    assert schema is not None
    body = data.draw(json_from(schema), label="body")

    async def go() -> Any:
        async with make_async_client(Recorder(lambda request: json_response(200, body))) as client:
            return await getattr(client, op_id)(first_example(op_id))

    result = run(go())
    assert_typed(result, body, schema)
    sync_result, _ = call(op_id, lambda request: json_response(200, body))
    assert result == sync_result


@pytest.mark.parametrize("op_id", UNTYPED_PLAIN)
@pytest.mark.parametrize("content", [b"", b'{"ok": true}'])
def test_operations_without_a_body_return_none(op_id: str, content: bytes) -> None:
    result, recorder = call(op_id, lambda request: httpx.Response(200, content=content))
    assert result is None
    assert len(recorder.requests) == 1


@given(body=json_from({}))
@examples(25)
def test_oql_json_result_is_returned_as_json(body: Any) -> None:
    result, _ = call("run_oql_query", lambda request: json_response(200, body))
    assert result == body


def test_oql_csv_result_is_returned_as_text() -> None:
    csv = "time,speed\n2021-04-04T00:00:00Z,1.5\n"
    result, _ = call(
        "run_oql_query",
        lambda request: httpx.Response(200, text=csv, headers={"Content-Type": "text/csv; charset=utf-8"}),
    )
    assert result == csv


@examples(25)
@given(ids=json_from(response_schema("bulk_set_intervals") or {}))
def test_bulk_set_result_lists_every_returned_id(ids: list[str]) -> None:
    result, recorder = call("bulk_set_intervals", lambda request: json_response(200, ids))
    assert len(recorder.requests) == 1
    assert result.ids == ids
    assert result.failed == []
    assert result.ok


@examples(30)
@given(data=st.data())
def test_bulk_update_result_carries_updated_and_failed_intervals(data: st.DataObject) -> None:
    example = first_example("bulk_update_intervals")
    example_ids = [item["id"] for item in example["intervals"]]
    schema = response_schema("bulk_update_intervals")
    assert schema is not None
    body = data.draw(json_from(schema), label="body")
    # Make some failures name the items actually sent.
    failed = [
        {**f, "id": data.draw(st.sampled_from(example_ids))} if data.draw(st.booleans()) else f
        for f in body.get("failed_intervals", [])
    ]
    if "failed_intervals" in body:
        body["failed_intervals"] = failed
    assert_valid(body, response_schema_pointer("bulk_update_intervals"))
    result, _ = call("bulk_update_intervals", lambda request: json_response(200, body))
    updated_schema = {"type": "array", "items": component_ref("Interval")}
    assert_typed(result.updated, body.get("updated_intervals", []), updated_schema)
    assert len(result.failed) == len(failed)
    for reported, raw in zip(result.failed, failed, strict=True):
        if raw.get("id") in example_ids:
            index = example_ids.index(raw["id"])
            assert reported.index == index
            assert reported.item.id == raw["id"]
        else:
            assert reported.index == -1
        if "error" in raw:
            assert reported.reason == raw["error"]


@examples(25)
@given(body=json_from(response_schema("bulk_delete_intervals") or {}))
def test_bulk_delete_result_carries_counts_and_failed_ids(body: dict[str, Any]) -> None:
    result, recorder = call("bulk_delete_intervals", lambda request: json_response(200, body))
    assert len(recorder.requests) == 1  # the example spans six days: one window
    assert result.num_deleted == body.get("num_deleted", 0)
    assert result.failed_ids == body.get("failed_intervals", [])
    assert result.failed_windows == []


# -- every model class -------------------------------------------------------------------------------


def test_every_object_component_has_a_model_class() -> None:
    models = models_module()
    for name in OBJECT_COMPONENTS:
        assert isinstance(getattr(models, name), type), name


@pytest.mark.parametrize("name", OBJECT_COMPONENTS)
@examples(15)
@given(data=st.data())
def test_model_round_trips_valid_dicts(name: str, data: st.DataObject) -> None:
    cls = getattr(models_module(), name)
    raw = data.draw(json_from(component_ref(name)), label=name)
    assert not list(component_validator(name).iter_errors(raw))
    model = cls.from_dict(raw)
    assert_typed(model, raw, component_ref(name))
    dumped = model.to_dict()
    assert normalize(dumped, component_ref(name)) == normalize(raw, component_ref(name))
    assert not list(component_validator(name).iter_errors(dumped))
    assert cls.from_dict(dumped) == model
    assert cls.from_json(model.to_json()) == model
    assert json.loads(model.to_json()) == dumped


@pytest.mark.parametrize(
    "name",
    [
        "BatchMetadata",
        "RunMetadata",
        "StateMetadata",
        "CustomMetadata",
        "ScrapYieldRawData",
        "QualityTestRawData",
        "DashboardRow",
        "DashboardFiltersApplied",
        "MaintenanceWorkOrderMetadata",
    ],
)
def test_open_models_keep_unknown_keys_through_a_round_trip(name: str) -> None:
    cls = getattr(models_module(), name)
    raw = {"operator": "Operator 7", "nested": {"a": [1, 2.5, None, True]}, "n": 3}
    model = cls.from_dict(raw)
    assert model["operator"] == "Operator 7"
    assert model.additional_properties == raw
    assert model.to_dict() == raw
    assert cls.from_dict(model.to_dict()) == model
    assert cls.from_dict({**raw, "n": 4}) != model


def test_closed_models_ignore_unknown_keys_in_responses() -> None:
    body = [{"name": "L1", "brand_new_field": {"x": 1}, "factory": {"name": "F", "also_new": 2}}]
    result, _ = call("search_lines", lambda request: json_response(200, body))
    assert result[0].to_dict() == {"name": "L1", "factory": {"name": "F"}}


# -- documented error statuses -------------------------------------------------------------------


def documented_errors() -> list[tuple[str, int, str]]:
    return [
        (op_id, status, schema)
        for op_id in OPERATION_IDS
        for status, schema in sorted(error_statuses(op_id).items())
    ]


def test_error_statuses_use_the_vendor_error_schemas() -> None:
    expected = {400: "ParameterError", 409: "NotUniqueError", 500: "InternalError"}
    for op_id, status, schema in documented_errors():
        assert status in STATUS_CLASSES, (op_id, status)
        assert schema == expected.get(status, "GenericError"), (op_id, status)


def error_responder(status: int, raw: bytes) -> Any:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=raw, headers={"Content-Type": "application/json"})

    return respond


def assert_status_error(
    exc: BaseException, status: int, schema: str, body: dict[str, Any], raw: bytes
) -> None:
    cls = STATUS_CLASSES[status]
    assert type(exc) is cls, f"{type(exc).__name__} raised for {status}, expected {cls.__name__}"
    assert isinstance(exc, errors.APIStatusError)
    assert exc.status_code == status
    assert exc.body == raw
    error_model = getattr(models_module(), schema)
    assert type(exc.error) is error_model
    assert_typed(exc.error, body, component_ref(schema))
    assert exc.error.error in exc.message or not exc.error.error.strip()
    assert str(status) in str(exc)


@pytest.mark.parametrize(
    ("op_id", "status", "schema"), [e for e in documented_errors() if e[0] not in BULK_OPERATIONS]
)
@examples(3)
@given(data=st.data())
def test_documented_error_raises_its_typed_error(
    op_id: str, status: int, schema: str, data: st.DataObject
) -> None:
    body = data.draw(json_from(component_ref(schema)), label="error body")
    raw = json.dumps(body).encode()
    responder = error_responder(status, raw)
    with pytest.raises(errors.APIStatusError) as info:
        call(op_id, responder, max_retries=0)
    assert_status_error(info.value, status, schema, body, raw)


@pytest.mark.parametrize(
    ("op_id", "status", "schema"), [e for e in documented_errors() if e[0] in BULK_OPERATIONS]
)
def test_documented_error_of_a_bulk_request_is_reported_typed(op_id: str, status: int, schema: str) -> None:
    body = {
        "error": "boom",
        "retryable": False,
        "name": "intervals",
        "entity_name": "line",
        "num_matches": 2,
        "id": "6f1e4a36-5b0a-4f25-a9a3-2d7a4c1b9e10",
    }
    body = {k: v for k, v in body.items() if k in COMPONENTS[schema]["properties"]}
    raw = json.dumps(body).encode()
    responder = error_responder(status, raw)
    result, recorder = call(op_id, responder, max_retries=0)
    assert len(recorder.requests) == 1
    reported = result.failed_windows if op_id == "bulk_delete_intervals" else result.failed
    assert reported, "a failed request must be reported, not swallowed"
    assert not result.ok
    for failure in reported:
        assert_status_error(failure.error, status, schema, body, raw)
        assert "boom" in failure.reason
    if op_id != "bulk_delete_intervals":
        sent = json.loads(recorder.requests[0].content)["intervals"]
        assert [f.index for f in result.failed] == list(range(len(sent)))


@pytest.mark.parametrize("op_id", ["search_lines", "set_interval", "run_oql_query", "set_product"])
@pytest.mark.parametrize("status", [400, 404, 409, 500])
def test_error_body_breaking_its_schema_keeps_the_class_and_raw_body(op_id: str, status: int) -> None:
    raw = b"<html>upstream said no</html>"
    with pytest.raises(errors.APIStatusError) as info:
        call(op_id, lambda request: httpx.Response(status, content=raw), max_retries=0)
    assert type(info.value) is STATUS_CLASSES[status]
    assert info.value.status_code == status
    assert info.value.error is None
    assert info.value.body == raw


# -- undocumented statuses -------------------------------------------------------------------------


@pytest.mark.parametrize("op_id", ["search_lines", "set_interval", "execute_dashboard", "delete_product"])
@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (418, errors.APIStatusError),
        (499, errors.APIStatusError),
        (520, errors.ServerError),
        (561, errors.ServerError),
    ],
)
@pytest.mark.parametrize("content", [b"", b"not json at all", b'{"error": "odd", "retryable": false}'])
def test_undocumented_status_raises_a_typed_error(op_id: str, status: int, cls: type, content: bytes) -> None:
    with pytest.raises(errors.APIStatusError) as info:
        call(op_id, lambda request: httpx.Response(status, content=content), max_retries=0)
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert info.value.body == content
    assert str(status) in str(info.value)


# -- 200 bodies that break the spec -------------------------------------------------------------------


def broken_bodies(op_id: str) -> list[bytes]:
    schema = response_schema(op_id)
    assert schema is not None
    wrong_top = b'{"unexpected": true}' if schema.get("type") == "array" else b"[1, 2]"
    return [wrong_top, b'"just a string"', b"{not json", b""]


NESTED_BREAKAGE = [
    ("search_lines", [{"id": "not-a-uuid"}]),
    ("search_lines", [{"factory": {"secondary_name": 5}}]),
    ("search_intervals", [{"line": {}}]),
    ("search_intervals", [{"type": {}, "line": {}, "start_time": "yesterday"}]),
    ("set_interval", [{"type": {}, "line": {}, "metadata": {"reason": {"id": "seven"}}}]),
    ("search_interval_types", [{"match": "ALL"}]),
    ("execute_dashboard", [{"module_name": "m", "module_type": "table"}]),
    (
        "execute_dashboard",
        [
            {
                "module_id": "6f1e4a36-5b0a-4f25-a9a3-2d7a4c1b9e10",
                "module_name": "m",
                "module_type": "t",
                "columns": [{"name": "c", "type": "blob"}],
            }
        ],
    ),
    ("set_target", {"target_value": "high"}),
    ("search_scrap_yield", [{"timestamp": 5}]),
    ("search_maintenance_work_orders", [{"metadata": []}]),
    ("search_product_attributes", [{"rule_based": "yes"}]),
]


@pytest.mark.parametrize("op_id", TYPED_PLAIN)
def test_success_body_breaking_the_spec_raises_validation_error(op_id: str) -> None:
    for content in broken_bodies(op_id):
        with pytest.raises(errors.APIResponseValidationError) as info:
            call(
                op_id,
                lambda request, c=content: httpx.Response(
                    200, content=c, headers={"Content-Type": "application/json"}
                ),
            )
        assert info.value.status_code == 200
        assert info.value.body == content
        assert OPERATIONS_BY_ID[op_id]["path"] in str(info.value)


@pytest.mark.parametrize(("op_id", "body"), NESTED_BREAKAGE)
def test_nested_breakage_in_a_success_body_raises_validation_error(op_id: str, body: Any) -> None:
    assert list(validator(response_schema_pointer(op_id)).iter_errors(body)), (
        "the fixture must break the spec"
    )
    with pytest.raises(errors.APIResponseValidationError):
        call(op_id, lambda request: json_response(200, body))


def test_broken_success_body_of_a_bulk_create_is_reported_not_lost() -> None:
    result, _ = call("bulk_set_intervals", lambda request: json_response(200, {"ids": ["a"]}))
    assert [f.index for f in result.failed] == [0, 1]
    assert all(isinstance(f.error, errors.APIResponseValidationError) for f in result.failed)
