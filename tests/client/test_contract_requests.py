"""Requests go out exactly as specs/oden.openapi.yaml says, for every operation.

Bodies are drawn from each operation's request schema, passed to the facade (as a dict or as the
typed model), and the request the mock server receives is checked: method, path, auth and content
headers, a body that validates against the spec, and no field added, dropped or changed.
"""

from __future__ import annotations

import datetime
import inspect
import json
from typing import Any

import httpx
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from oden_testkit import (
    API_KEY,
    BULK_OPERATIONS,
    OPERATION_IDS,
    OPERATIONS,
    OPERATIONS_BY_ID,
    PROPERTY_SETTINGS,
    Recorder,
    assert_valid,
    aware_datetimes,
    component_ref,
    examples,
    json_from,
    json_response,
    make_async_client,
    make_client,
    models_module,
    normalize,
    on_the_wire,
    request_schema,
    request_schema_pointer,
    response_schema,
    response_schema_pointer,
    rfc3339,
    run,
    texts,
)

from iotclients.core.errors import InvalidArgumentError
from iotclients.oden import AsyncOdenClient, OdenClient
from tests.spec_examples import media_examples

PLAIN_OPERATIONS = [op for op in OPERATION_IDS if op not in BULK_OPERATIONS]
BUILT_INS = {"RUN", "BATCH", "STATE"}


def minimal_success(op_id: str) -> httpx.Response:
    """The smallest spec-valid 200 for an operation."""
    schema = response_schema(op_id)
    if schema is None:
        return httpx.Response(200)
    body: Any = [] if schema.get("type") == "array" else {}
    assert_valid(body, response_schema_pointer(op_id))
    return json_response(200, body)


def answer_minimal(op_id: str) -> Recorder:
    return Recorder(lambda request: minimal_success(op_id))


def body_model_name(op_id: str) -> str:
    return request_schema(op_id)["$ref"].rsplit("/", 1)[-1]


def as_input(op_id: str, body: dict[str, Any], typed: bool) -> Any:
    """The facade input: the dict itself, or the typed model built from it."""
    if not typed:
        return body
    return getattr(models_module(), body_model_name(op_id)).from_dict(body)


def assert_spec_request(request: httpx.Request, op_id: str, sent_as: dict[str, Any]) -> None:
    op = OPERATIONS_BY_ID[op_id]
    assert request.method == op["method"] == "POST"
    assert request.url.scheme == "https" and request.url.host == "api.oden.app"
    assert request.url.path == op["path"]
    assert request.url.query == b""
    assert request.headers["Authorization"] == f"Token {API_KEY}"
    assert request.headers["Content-Type"] == "application/json"
    sent = json.loads(request.content)
    assert_valid(sent, request_schema_pointer(op_id))
    # Nothing dropped but read-only fields, added (UNSET/absent stays absent, None stays null) or changed.
    schema = request_schema(op_id)
    assert normalize(sent, schema) == normalize(on_the_wire(sent_as, schema), schema)


# -- the public surface ---------------------------------------------------------------------------

_INFRASTRUCTURE = {"close", "with_options"}


def public_methods(cls: type) -> set[str]:
    return {
        name
        for name in dir(cls)
        if not name.startswith("_") and callable(getattr(cls, name)) and name not in _INFRASTRUCTURE
    }


@pytest.mark.parametrize("cls", [OdenClient, AsyncOdenClient])
def test_public_methods_are_exactly_the_operation_ids(cls: type) -> None:
    assert public_methods(cls) == set(OPERATION_IDS)
    assert len(OPERATION_IDS) == len(OPERATIONS)  # one method per operation: no id is shared


def test_async_twin_has_coroutine_methods_with_the_same_parameters() -> None:
    for op_id in OPERATION_IDS:
        sync_method = getattr(OdenClient, op_id)
        async_method = getattr(AsyncOdenClient, op_id)
        assert not inspect.iscoroutinefunction(sync_method), op_id
        assert inspect.iscoroutinefunction(async_method), op_id
        assert list(inspect.signature(sync_method).parameters) == list(
            inspect.signature(async_method).parameters
        ), op_id


# -- every plain operation ------------------------------------------------------------------------


@pytest.mark.parametrize("op_id", PLAIN_OPERATIONS)
@PROPERTY_SETTINGS
@given(data=st.data(), typed=st.booleans())
def test_request_matches_spec(op_id: str, data: st.DataObject, typed: bool) -> None:
    body = data.draw(json_from(request_schema(op_id)), label="body")
    recorder = answer_minimal(op_id)
    with make_client(recorder) as client:
        getattr(client, op_id)(as_input(op_id, body, typed))
    assert len(recorder.requests) == 1
    assert_spec_request(recorder.requests[0], op_id, body)


@pytest.mark.parametrize("op_id", PLAIN_OPERATIONS)
@examples(8)
@given(data=st.data())
def test_async_client_sends_the_same_request_as_sync(op_id: str, data: st.DataObject) -> None:
    body = data.draw(json_from(request_schema(op_id)), label="body")
    sync_rec, async_rec = answer_minimal(op_id), answer_minimal(op_id)
    with make_client(sync_rec) as client:
        getattr(client, op_id)(body)

    async def go() -> None:
        async with make_async_client(async_rec) as aclient:
            await getattr(aclient, op_id)(body)

    run(go())
    assert len(async_rec.requests) == 1
    assert_spec_request(async_rec.requests[0], op_id, body)
    assert async_rec.requests[0].content == sync_rec.requests[0].content
    assert async_rec.requests[0].url == sync_rec.requests[0].url


def spec_examples() -> list[tuple[str, str, Any]]:
    found = []
    for op_id in OPERATION_IDS:
        media = OPERATIONS_BY_ID[op_id]["op"]["requestBody"]["content"]["application/json"]
        for name, value in media_examples(media).items():
            found.append((op_id, name, value))
    return found


@pytest.mark.parametrize(
    ("op_id", "name", "example"), spec_examples(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_spec_example_is_sent_as_written(op_id: str, name: str, example: Any) -> None:
    assert_valid(example, request_schema_pointer(op_id))
    recorder = answer_minimal(op_id)
    with make_client(recorder) as client:
        getattr(client, op_id)(example)
    assert len(recorder.requests) == 1
    assert_spec_request(recorder.requests[0], op_id, example)


def test_every_operation_has_an_example() -> None:
    with_examples = {op_id for op_id, _, _ in spec_examples()}
    assert with_examples == set(OPERATION_IDS)


# -- the bulk operations, restricted to inputs their pre-flight checks accept ---------------------


def custom_type_names() -> st.SearchStrategy[str]:
    return texts().filter(lambda name: name.upper() not in BUILT_INS)


def interval_types(allowed_built_ins: frozenset[str] = frozenset()) -> st.SearchStrategy[dict[str, Any]]:
    """An IntervalType dict that names the type by name, by id or both."""
    names = (
        custom_type_names() | st.sampled_from(sorted(allowed_built_ins))
        if allowed_built_ins
        else custom_type_names()
    )
    with_name = st.fixed_dictionaries(
        {"name": names},
        optional={"id": st.uuids().map(str), "match": st.sampled_from(["first", "last", "unique", "all"])},
    )
    by_id = st.fixed_dictionaries({"id": st.uuids().map(str)})
    return with_name | by_id


def bulk_items(with_id: bool) -> st.SearchStrategy[list[dict[str, Any]]]:
    item = json_from(component_ref("BulkIntervalItem"))
    if with_id:
        item = st.builds(lambda d, i: {**d, "id": i}, item, texts().filter(bool))
    return st.lists(item, min_size=1, max_size=4)


@PROPERTY_SETTINGS
@given(
    line=json_from(component_ref("Line")),
    type_=interval_types(),
    items=bulk_items(with_id=False),
    typed=st.booleans(),
)
def test_bulk_set_intervals_request_matches_spec(line: Any, type_: Any, items: Any, typed: bool) -> None:
    body = {"type": type_, "line": line, "intervals": items}
    recorder = Recorder(lambda request: json_response(200, [f"id{i}" for i in range(len(items))]))
    with make_client(recorder) as client:
        result = client.bulk_set_intervals(as_input("bulk_set_intervals", body, typed))
    assert len(recorder.requests) == 1
    assert_spec_request(recorder.requests[0], "bulk_set_intervals", body)
    assert result.ids == [f"id{i}" for i in range(len(items))]
    assert result.failed == []


@PROPERTY_SETTINGS
@given(
    line=json_from(component_ref("Line")),
    type_=interval_types(frozenset(BUILT_INS)),
    items=bulk_items(with_id=True),
    typed=st.booleans(),
)
def test_bulk_update_intervals_request_matches_spec(line: Any, type_: Any, items: Any, typed: bool) -> None:
    body = {"type": type_, "line": line, "intervals": items}
    recorder = answer_minimal("bulk_update_intervals")
    with make_client(recorder) as client:
        result = client.bulk_update_intervals(as_input("bulk_update_intervals", body, typed))
    assert len(recorder.requests) == 1
    assert_spec_request(recorder.requests[0], "bulk_update_intervals", body)
    assert result.failed == []


@PROPERTY_SETTINGS
@given(
    line=json_from(component_ref("Line")),
    type_=interval_types(frozenset({"STATE", "state", "State"})),
    start=aware_datetimes(),
    length=st.timedeltas(min_value=datetime.timedelta(seconds=1), max_value=datetime.timedelta(days=30)),
    hard_delete=st.none() | st.booleans(),
    typed=st.booleans(),
)
def test_bulk_delete_intervals_request_matches_spec(
    line: Any,
    type_: Any,
    start: datetime.datetime,
    length: datetime.timedelta,
    hard_delete: bool | None,
    typed: bool,
) -> None:
    body: dict[str, Any] = {
        "type": type_,
        "line": line,
        "start_time": rfc3339(start),
        "end_time": rfc3339(start + length),
    }
    if hard_delete is not None:
        body["hard_delete"] = hard_delete
    recorder = answer_minimal("bulk_delete_intervals")
    with make_client(recorder) as client:
        client.bulk_delete_intervals(as_input("bulk_delete_intervals", body, typed))
    assert len(recorder.requests) == 1  # at most 30 days: one window
    assert_spec_request(recorder.requests[0], "bulk_delete_intervals", body)


# -- query parameters, base URLs and refused bodies ----------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonextended", "csv"])
def test_oql_format_goes_in_the_query_string(fmt: str) -> None:
    recorder = Recorder(
        lambda request: httpx.Response(200, text="a,b\n", headers={"Content-Type": "text/csv"})
    )
    models = models_module()
    with make_client(recorder) as client:
        client.run_oql_query({"query": "q"}, format_=fmt)
        client.run_oql_query({"query": "q"}, format_=models.RunOqlQueryFormat(fmt))
    for request in recorder.requests:
        assert request.url.path == "/v2/oql/query"
        assert dict(request.url.params) == {"format": fmt}
        assert json.loads(request.content) == {"query": "q"}


@pytest.mark.parametrize("prefix", ["/", "/oden", "/proxy/oden/"])
def test_base_url_path_prefix_is_kept(prefix: str) -> None:
    recorder = answer_minimal("search_lines")
    with make_client(recorder, base_url="http://sandbox.local:8123" + prefix) as client:
        client.search_lines({"name": "L1"})
    expected = prefix.rstrip("/") + "/v2/line/search"
    assert recorder.requests[0].url.host == "sandbox.local"
    assert recorder.requests[0].url.port == 8123
    assert recorder.requests[0].url.path == expected


@pytest.mark.parametrize(
    ("op_id", "body"),
    [
        ("search_lines", {"id": "not-a-uuid"}),
        ("search_lines", {"match": "ALL"}),
        ("search_factories", {"name": 7}),
        ("set_interval", {"type": {"name": "x"}}),
        ("set_interval", {"line": {"name": "x"}}),
        ("search_intervals", {"type": {}, "line": {}, "start_time": "yesterday"}),
        ("search_quality_tests", {"interval": {"line": {"factory": {"id": "x"}}}}),
        ("run_oql_query", {}),
        ("execute_dashboard", {"range": {}}),
        ("set_scrap_yield", {"interval": {}}),
        ("search_targets", {"target_value": "high"}),
    ],
)
def test_body_breaking_the_schema_is_refused_before_sending(op_id: str, body: dict[str, Any]) -> None:
    recorder = answer_minimal(op_id)
    with make_client(recorder) as client, pytest.raises(InvalidArgumentError) as info:
        getattr(client, op_id)(body)
    assert recorder.requests == []
    assert isinstance(info.value, ValueError)
    body_parameter = list(inspect.signature(getattr(OdenClient, op_id)).parameters)[1]
    assert info.value.argument.split(".")[0].split("[")[0] == body_parameter
    assert info.value.argument in str(info.value)
    assert info.value.rule and info.value.rule in str(info.value)


@pytest.mark.parametrize("op_id", PLAIN_OPERATIONS)
def test_missing_body_is_refused_before_sending(op_id: str) -> None:
    recorder = answer_minimal(op_id)
    with make_client(recorder) as client, pytest.raises(InvalidArgumentError):
        getattr(client, op_id)(None)
    assert recorder.requests == []


@given(st.data())
@examples(10)
def test_unknown_keys_in_a_dict_body_are_refused_before_sending(data: st.DataObject) -> None:
    body = data.draw(json_from(component_ref("Line")))
    extra = data.draw(texts().filter(lambda k: k not in {"id", "name", "secondary_name", "factory", "match"}))
    assume(extra)
    recorder = answer_minimal("search_lines")
    with make_client(recorder) as client, pytest.raises(InvalidArgumentError) as caught:
        client.search_lines({**body, extra: "x"})
    assert caught.value.argument == f"line.{extra}"
    assert "not a field of Line" in caught.value.rule
    assert recorder.requests == []


def test_a_model_of_the_wrong_class_is_refused() -> None:
    recorder = answer_minimal("search_lines")
    with make_client(recorder) as client, pytest.raises(InvalidArgumentError):
        client.search_lines(models_module().Factory(name="F", timezone="UTC"))
    assert recorder.requests == []
