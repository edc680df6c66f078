"""Contract: what the client sends for every procedure and how it reads every reply.

Arguments are drawn from the spec's param schemas; the sent envelope is validated against the spec
with jsonschema (not the generated models); results drawn from the result schemas come back typed
and round-trip; replies are matched by id whatever their order; every status maps to its class.
"""

from __future__ import annotations

from typing import Any

import httpx
import msgspec
import pytest
from exosite_testkit import (
    BASE_URL,
    CIK,
    METHODS,
    PROPERTY_SETTINGS,
    RID,
    STATUSES,
    Recorder,
    arguments,
    call_args,
    envelope_validator,
    ok,
    result,
)
from hypothesis import given
from hypothesis import strategies as st

from iotclients.core import errors
from iotclients.core.codec import to_builtins
from iotclients.core.rpc_errors import CallError, LockedError, RejectedEntriesError, RequestRejectedError
from iotclients.exosite import OnePlatformClient

METHOD_NAMES = sorted(METHODS)


def client_for(recorder: Recorder, **options: Any) -> OnePlatformClient:
    return OnePlatformClient(CIK, base_url=BASE_URL, transport=httpx.MockTransport(recorder), **options)


def expected_arguments(method: str, values: list[Any]) -> list[Any]:
    """Spec order, constants filled in, defaults for values left out, trailing optionals dropped."""
    out: list[Any] = []
    given_values = iter(values)
    for param in METHODS[method].get("params", []):
        schema = param["schema"]
        if "const" in schema:
            out.append(schema["const"])
            continue
        value = next(given_values)
        if value is None and "default" in schema:
            value = schema["default"]
        if value is None and not param.get("required"):
            continue
        out.append(value)
    return out


def to_wire(value: Any) -> Any:
    return msgspec.json.decode(msgspec.json.encode(to_builtins(value)))


@pytest.mark.parametrize("method", METHOD_NAMES)
def test_every_procedure_sends_its_arguments_in_spec_order(method: str) -> None:
    validator = envelope_validator(method)

    @PROPERTY_SETTINGS
    @given(values=arguments(method))
    def check(values: list[Any]) -> None:
        recorder = Recorder(ok())
        args, kwargs = call_args(method, values)
        with client_for(recorder) as one:
            getattr(one, method)(*args, **kwargs)
        (body,) = recorder.bodies
        assert body["auth"] == {"cik": CIK}
        (call,) = body["calls"]
        assert call["procedure"] == METHODS[method].get("x-iotclients-procedure", method)
        assert call["arguments"] == to_wire(expected_arguments(method, values))
        errors_found = [e.message for e in validator.iter_errors(call["arguments"])]
        assert not errors_found, errors_found
        request = recorder.requests[0]
        assert request.method == "POST"
        assert request.url.path == "/onep:v1/rpc/process"
        assert request.headers["content-type"].startswith("application/json")

    check()


@pytest.mark.parametrize(
    "method", [m for m in METHOD_NAMES if METHODS[m]["result"]["schema"].get("type") != "null"]
)
def test_every_result_comes_back_typed_and_round_trips(method: str) -> None:
    @PROPERTY_SETTINGS
    @given(values=arguments(method), value=result(method))
    def check(values: list[Any], value: Any) -> None:
        args, kwargs = call_args(method, values)
        with client_for(Recorder(ok(value))) as one:
            typed = getattr(one, method)(*args, **kwargs)
        assert to_wire(typed) == value

    check()


@given(count=st.integers(min_value=2, max_value=30), seed=st.integers(0, 1000))
@PROPERTY_SETTINGS
def test_batch_replies_are_matched_by_id_in_any_order(count: int, seed: int) -> None:
    recorder = Recorder(
        lambda call: {"status": "ok", "result": [[call["id"], call["arguments"][0]["alias"]]]}, seed=seed
    )
    with client_for(recorder, max_calls_per_request=100) as one, one.batch() as batch:
        pending = [batch.read({"alias": f"port{i}"}) for i in range(count)]
    ids = [call["id"] for call in recorder.calls]
    assert len(set(ids)) == len(ids) == count
    for index, (item, call_id) in enumerate(zip(pending, ids, strict=True)):
        assert item.result() == [(call_id, f"port{index}")]


def test_ids_increase_across_requests_and_start_where_asked() -> None:
    recorder = Recorder(ok([[1, 2]]))
    with client_for(recorder, start_id=40) as one:
        for _ in range(3):
            one.read(RID)
    assert [call["id"] for call in recorder.calls] == [40, 41, 42]


@pytest.mark.parametrize(("status", "code"), sorted(STATUSES.items()))
def test_every_status_maps_to_its_error_class_keeping_the_error_object(status: str, code: int) -> None:
    detail = {"code": 400, "message": "no such alias", "context": "arguments"}
    with (
        client_for(Recorder(lambda call: {"status": status, "error": detail})) as one,
        pytest.raises(CallError) as caught,
    ):
        one.read({"alias": "nope"})
    exc = caught.value
    expected = LockedError if code == 423 else errors.error_class_for_status(code)
    assert isinstance(exc, expected)
    assert exc.status_code == code
    assert exc.rpc_status == status
    assert exc.error == detail
    assert exc.procedure == "read"
    assert "no such alias" in str(exc)


def test_a_fail_status_takes_its_class_from_the_error_code() -> None:
    detail = {"code": 501, "message": "arguments not supported", "context": "arguments"}
    with (
        client_for(Recorder(lambda call: {"status": "fail", "error": detail})) as one,
        pytest.raises(errors.NotImplementedByServerError),
    ):
        one.read(RID)


def test_an_error_entry_without_a_status_fails_only_its_own_call() -> None:
    def answer(call: dict[str, Any]) -> dict[str, Any]:
        if call["arguments"][0] == {"alias": "bad"}:
            return {"error": {"code": 500, "message": "boom", "context": "calls"}}
        return {"status": "ok", "result": [[1, 1]]}

    with client_for(Recorder(answer)) as one, one.batch() as batch:
        bad, good = batch.read({"alias": "bad"}), batch.read({"alias": "good"})
    assert isinstance(bad.error, errors.InternalServerError)
    assert good.result() == [(1, 1)]


def test_rejected_entries_are_a_typed_error_listing_each_point() -> None:
    rejected = [[10, "invalid"], [12, "invalid"]]
    with (
        client_for(Recorder(lambda call: {"status": rejected})) as one,
        pytest.raises(RejectedEntriesError) as caught,
    ):
        one.recordbatch(RID, [[10, "x"], [11, 1], [12, "y"]])
    assert caught.value.rejected == [(10, "invalid"), (12, "invalid")]
    assert isinstance(caught.value, errors.BadRequestError)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        ({"code": 401, "message": "Invalid", "context": "auth"}, errors.AuthenticationError),
        ({"code": -1, "message": "not JSON", "context": "calls"}, errors.BadRequestError),
        ({"code": 500, "message": "internal", "context": "calls"}, errors.InternalServerError),
        ({"code": 501, "message": "arguments", "context": "arguments"}, errors.NotImplementedByServerError),
    ],
)
def test_request_level_errors_are_raised_typed(error: dict[str, Any], expected: type[Exception]) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"error": error}))
    with (
        OnePlatformClient(CIK, base_url=BASE_URL, transport=transport) as one,
        pytest.raises(RequestRejectedError) as caught,
    ):
        one.info(RID)
    assert isinstance(caught.value, expected)
    assert caught.value.error == error
    assert caught.value.context == error["context"]


def test_a_missing_reply_entry_is_a_validation_error() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))
    with (
        OnePlatformClient(CIK, base_url=BASE_URL, transport=transport) as one,
        pytest.raises(errors.APIResponseValidationError),
    ):
        one.info(RID)


def test_a_result_off_the_spec_is_a_validation_error() -> None:
    with client_for(Recorder(ok("not-a-rid"))) as one, pytest.raises(errors.APIResponseValidationError):
        one.lookup("alias", "x")


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda one: one.read("ABC"), "resource"),
        (lambda one: one.read(RID, {"limti": 1}), "options.limti"),
        (lambda one: one.read(RID, {"sort": "up"}), "options.sort"),
        (
            lambda one: one.create_dataport({"format": "double", "retention": {"count": 1, "duration": 1}}),
            "desc.format",
        ),
        (
            lambda one: one.create_dataport({"format": "float", "retention": {"count": -1, "duration": 1}}),
            "desc.retention.count",
        ),
        (lambda one: one.create_dataport({"format": "float"}), "desc"),
        (lambda one: one.write_points(RID, [[1, 2], ["x", 3]]), "points[1][0]"),
        (lambda one: one.read(RID, auth={"cik": "short"}), "auth.cik"),
        (lambda one: one.read(RID, auth={"cik": CIK, "banana": 1}), "auth"),
    ],
)
def test_bad_input_is_refused_before_sending(call: Any, argument: str) -> None:
    recorder = Recorder(ok())
    with client_for(recorder) as one, pytest.raises(errors.InvalidArgumentError) as caught:
        call(one)
    assert caught.value.argument == argument
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("auth", "wire"),
    [
        (CIK, {"cik": CIK}),
        ({"cik": CIK, "client_id": RID}, {"cik": CIK, "client_id": RID}),
        ({"cik": CIK, "resource_id": RID}, {"cik": CIK, "resource_id": RID}),
        ({"token": "t" * 40}, {"token": "t" * 40}),
    ],
)
def test_every_auth_form_travels_as_given(auth: Any, wire: dict[str, Any]) -> None:
    recorder = Recorder(ok([[1, 1]]))
    with client_for(recorder) as one:
        one.read(RID, auth=auth)
    assert recorder.bodies[0]["auth"] == wire


def test_connect_as_and_connect_owner_act_through_the_own_cik() -> None:
    recorder = Recorder(ok([[1, 1]]))
    with client_for(recorder) as one:
        one.connect_as(RID).read({"alias": "x"})
        one.connect_owner(RID).read({"alias": "x"})
        one.read({"alias": "x"})
    assert [body["auth"] for body in recorder.bodies] == [
        {"cik": CIK, "client_id": RID},
        {"cik": CIK, "resource_id": RID},
        {"cik": CIK},
    ]


def test_a_wait_gets_a_read_timeout_longer_than_its_poll() -> None:
    seen: list[Any] = []

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=[{"id": 0, "status": "expire"}])

    with OnePlatformClient(CIK, base_url=BASE_URL, transport=httpx.MockTransport(respond), timeout=5) as one:
        assert one.wait_for(RID, timeout_ms=120_000) is None
    assert seen[0]["read"] >= 120


def test_the_user_agent_given_is_the_one_sent_by_every_client_instance() -> None:
    first, second = Recorder(ok([[1, 1]])), Recorder(ok([[1, 1]]))
    with (
        client_for(first, user_agent="acme-gateway/1.0 (ops@acme.example)") as one,
        client_for(second) as other,
    ):
        one.read(RID)
        other.read(RID)
        one.read(RID)
    assert [r.headers["user-agent"] for r in first.requests] == ["acme-gateway/1.0 (ops@acme.example)"] * 2
    assert second.requests[0].headers["user-agent"].startswith("iotclients/")
