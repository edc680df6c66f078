"""Retries, backoff and timeouts, driven by random fault sequences from a mock server.

A model of the documented policy (retry idempotent operations on connection errors, 408, 429 and
5xx; retry anything whose request provably never left on connect failures; wait a full-jitter
backoff or the server's Retry-After, capped) predicts the attempt count, the waits and the final
error; the sync and async clients must both match it.
"""

from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from oden_testkit import (
    Recorder,
    examples,
    json_response,
    make_async_client,
    make_client,
    run,
)

from iotclients.core import errors

MAX_BACKOFF = 8.0
INITIAL_BACKOFF = 0.5
MAX_RETRY_AFTER = 60.0

STATUS_ERRORS = {
    400: errors.BadRequestError,
    404: errors.NotFoundError,
    408: errors.RequestTimeoutError,
    429: errors.RateLimitError,
    500: errors.InternalServerError,
    502: errors.ServerError,
    503: errors.ServiceUnavailableError,
    504: errors.ServerError,
}
TRANSPORT_ERRORS = {
    httpx.ConnectError: errors.APIConnectionError,
    httpx.ConnectTimeout: errors.APITimeoutError,
    httpx.ReadError: errors.APIConnectionError,
    httpx.ReadTimeout: errors.APITimeoutError,
}
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout)


@dataclass(frozen=True)
class StatusFault:
    status: int
    retry_after: tuple[str, float] | None = None  # ("seconds" | "ms" | "date" | "garbage", value)

    def response(self) -> httpx.Response:
        headers = {}
        if self.retry_after is not None:
            kind, value = self.retry_after
            if kind == "seconds":
                headers["Retry-After"] = f"{value:g}"
            elif kind == "ms":
                headers["retry-after-ms"] = f"{value:g}"
            elif kind == "date":
                headers["Retry-After"] = email.utils.formatdate(time.time() + value, usegmt=True)
            else:
                headers["Retry-After"] = "soon-ish"
        return json_response(self.status, {"error": "transient", "retryable": True}, headers)

    @property
    def retryable(self) -> bool:
        return self.status in (408, 429) or self.status >= 500


@dataclass(frozen=True)
class TransportFault:
    kind: type[httpx.TransportError]

    def raise_for(self, request: httpx.Request) -> None:
        raise self.kind(f"simulated {self.kind.__name__}", request=request)


Fault = StatusFault | TransportFault


def retry_afters() -> st.SearchStrategy[tuple[str, float] | None]:
    return st.one_of(
        st.none(),
        st.tuples(
            st.just("seconds"),
            st.integers(0, 200).map(float) | st.floats(0, 90, allow_nan=False).map(lambda v: round(v, 3)),
        ),
        st.tuples(st.just("ms"), st.integers(0, 120_000).map(float)),
        st.tuples(st.just("date"), st.integers(3, 200).map(float)),
        st.tuples(st.just("garbage"), st.just(0.0)),
    )


def faults(statuses: list[int], transport: list[type[httpx.TransportError]]) -> st.SearchStrategy[Fault]:
    return st.one_of(
        st.builds(StatusFault, st.sampled_from(statuses), retry_afters()),
        st.builds(TransportFault, st.sampled_from(transport)),
    )


RETRYABLE_STATUSES = [408, 429, 500, 502, 503, 504]
ALL_STATUSES = [*RETRYABLE_STATUSES, 400, 404]
ALL_TRANSPORT = [httpx.ConnectError, httpx.ReadError, httpx.ReadTimeout, httpx.ConnectTimeout]


class FlakyServer:
    """Fails with ``faults`` in order, then answers ``success``."""

    def __init__(self, faults: list[Fault], success: Any) -> None:
        self.faults = list(faults)
        self.success = success
        self.recorder = Recorder(self.respond)

    def respond(self, request: httpx.Request) -> httpx.Response:
        attempt = len(self.recorder.requests) - 1
        if attempt < len(self.faults):
            fault = self.faults[attempt]
            if isinstance(fault, TransportFault):
                fault.raise_for(request)
            return fault.response()
        return json_response(200, self.success)

    @property
    def attempts(self) -> int:
        return len(self.recorder.requests)


@dataclass
class Expected:
    attempts: int
    error: type[Exception] | None
    sleeps_after: list[Fault]


def predict(faults: list[Fault], idempotent: bool, max_retries: int) -> Expected:
    """What the documented retry policy does with this fault sequence."""
    waited: list[Fault] = []
    for attempt, fault in enumerate(faults):
        if isinstance(fault, StatusFault):
            safe = idempotent and fault.retryable
            error: type[Exception] = STATUS_ERRORS[fault.status]
        else:
            safe = idempotent or issubclass(fault.kind, NEVER_SENT)
            error = TRANSPORT_ERRORS[fault.kind]
        if not safe or attempt >= max_retries:
            return Expected(attempt + 1, error, waited)
        waited.append(fault)
    return Expected(len(faults) + 1, None, waited)


def assert_delays(delays: list[float], waited: list[Fault]) -> None:
    assert len(delays) == len(waited)
    for n, (delay, fault) in enumerate(zip(delays, waited, strict=True)):
        ceiling = min(MAX_BACKOFF, INITIAL_BACKOFF * 2**n)
        retry_after = fault.retry_after if isinstance(fault, StatusFault) else None
        if retry_after is None or retry_after[0] == "garbage":
            assert 0.0 <= delay <= ceiling, f"retry {n}: {delay} outside [0, {ceiling}]"
        elif retry_after[0] == "seconds":
            assert delay == pytest.approx(min(retry_after[1], MAX_RETRY_AFTER))
        elif retry_after[0] == "ms":
            assert delay == pytest.approx(min(retry_after[1] / 1000, MAX_RETRY_AFTER))
        else:  # an HTTP date: whole seconds, measured from "now" when the reply was read
            wanted = min(retry_after[1], MAX_RETRY_AFTER)
            assert max(0.0, wanted - 3) <= delay <= wanted, f"retry {n}: {delay} vs Retry-After ~{wanted}"


def run_sync(
    op: str, body: Any, faults_: list[Fault], success: Any, **options: Any
) -> tuple[FlakyServer, list[float], Any]:
    server = FlakyServer(faults_, success)
    client = make_client(server.recorder, **options)
    outcome: Any
    try:
        outcome = getattr(client, op)(body)
    except Exception as exc:
        outcome = exc
    finally:
        client.close()
    return server, client._sleep.delays, outcome


def run_async(
    op: str, body: Any, faults_: list[Fault], success: Any, **options: Any
) -> tuple[FlakyServer, list[float], Any]:
    server = FlakyServer(faults_, success)
    client = make_async_client(server.recorder, **options)

    async def go() -> Any:
        try:
            return await getattr(client, op)(body)
        except Exception as exc:
            return exc
        finally:
            await client.close()

    outcome = run(go())
    return server, client._sleep.delays, outcome


def assert_outcome(outcome: Any, expected: Expected) -> None:
    if expected.error is None:
        assert not isinstance(outcome, Exception), f"unexpected {outcome!r}"
    else:
        assert type(outcome) is expected.error, (
            f"{type(outcome).__name__} raised, expected {expected.error.__name__}"
        )


SEARCH_BODY = {"name": "Line 01", "factory": {"name": "Factory A"}}
SET_BODY = {"type": {"name": "operator id"}, "line": {"name": "Line 01"}, "name": "Operator 7"}


# -- idempotent operation ----------------------------------------------------------------------------


@examples(60)
@given(
    faults_=st.lists(faults(ALL_STATUSES, ALL_TRANSPORT), max_size=6),
    max_retries=st.integers(0, 4),
)
def test_idempotent_operation_retries_as_the_policy_says(faults_: list[Fault], max_retries: int) -> None:
    expected = predict(faults_, idempotent=True, max_retries=max_retries)
    server, delays, outcome = run_sync(
        "search_lines", SEARCH_BODY, faults_, [{"name": "Line 01"}], max_retries=max_retries
    )
    assert server.attempts == expected.attempts
    assert_outcome(outcome, expected)
    assert_delays(delays, expected.sleeps_after)
    if expected.error is None:
        assert [line.name for line in outcome] == ["Line 01"]
    # Every attempt is the same request, authenticated.
    assert len({r.content for r in server.recorder.requests}) == 1
    assert all(r.headers["Authorization"].startswith("Token ") for r in server.recorder.requests)


@examples(40)
@given(
    k=st.integers(0, 8),
    max_retries=st.integers(0, 5),
    fault=faults(RETRYABLE_STATUSES, [httpx.ConnectError, httpx.ReadError, httpx.ReadTimeout]),
)
def test_k_transient_failures_then_success_take_min_k_retries_plus_one(
    k: int, max_retries: int, fault: Fault
) -> None:
    server, delays, outcome = run_sync("search_lines", SEARCH_BODY, [fault] * k, [], max_retries=max_retries)
    assert server.attempts == min(k, max_retries) + 1
    assert len(delays) == min(k, max_retries)
    if k > max_retries:
        expected = (
            STATUS_ERRORS[fault.status] if isinstance(fault, StatusFault) else TRANSPORT_ERRORS[fault.kind]
        )
        assert type(outcome) is expected
    else:
        assert outcome == []


# -- operations that are not safe to repeat --------------------------------------------------------


@examples(60)
@given(
    faults_=st.lists(faults(ALL_STATUSES, ALL_TRANSPORT), max_size=6),
    max_retries=st.integers(0, 4),
)
def test_non_idempotent_operation_is_retried_only_when_never_sent(
    faults_: list[Fault], max_retries: int
) -> None:
    expected = predict(faults_, idempotent=False, max_retries=max_retries)
    server, delays, outcome = run_sync("set_interval", SET_BODY, faults_, [], max_retries=max_retries)
    assert server.attempts == expected.attempts
    assert_outcome(outcome, expected)
    assert_delays(delays, expected.sleeps_after)


@pytest.mark.parametrize("status", RETRYABLE_STATUSES)
def test_non_idempotent_operation_is_not_retried_on_a_status(status: int) -> None:
    server, delays, outcome = run_sync(
        "set_interval", SET_BODY, [StatusFault(status, ("seconds", 1.0))] * 5, [], max_retries=4
    )
    assert server.attempts == 1
    assert delays == []
    assert type(outcome) is STATUS_ERRORS[status]


@pytest.mark.parametrize(
    "kind", [httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.WriteError]
)
def test_non_idempotent_operation_is_not_retried_once_possibly_sent(kind: type[httpx.TransportError]) -> None:
    server, delays, outcome = run_sync(
        "set_interval", SET_BODY, [TransportFault(kind)] * 5, [], max_retries=4
    )
    assert server.attempts == 1
    assert delays == []
    assert isinstance(outcome, errors.APIConnectionError)


@pytest.mark.parametrize("kind", [httpx.ConnectError, httpx.ConnectTimeout])
def test_non_idempotent_operation_is_retried_when_the_connection_never_opened(
    kind: type[httpx.TransportError],
) -> None:
    server, delays, outcome = run_sync(
        "set_interval", SET_BODY, [TransportFault(kind)] * 2, [], max_retries=2
    )
    assert server.attempts == 3
    assert len(delays) == 2
    assert outcome == []


BULK_BODY = {
    "type": {"name": "operator id"},
    "line": {"name": "Line 01"},
    "intervals": [{"name": f"Operator {i}"} for i in range(3)],
}


@examples(40)
@given(faults_=st.lists(faults(ALL_STATUSES, ALL_TRANSPORT), max_size=5), max_retries=st.integers(0, 3))
def test_bulk_create_request_follows_the_non_idempotent_policy(
    faults_: list[Fault], max_retries: int
) -> None:
    expected = predict(faults_, idempotent=False, max_retries=max_retries)
    server, delays, result = run_sync(
        "bulk_set_intervals", BULK_BODY, faults_, ["a", "b", "c"], max_retries=max_retries
    )
    assert server.attempts == expected.attempts
    assert_delays(delays, expected.sleeps_after)
    assert result.requests == 1
    if expected.error is None:
        assert result.ids == ["a", "b", "c"] and result.failed == []
    else:
        assert result.ids == []
        assert [f.index for f in result.failed] == [0, 1, 2]
        assert [f.item.name for f in result.failed] == ["Operator 0", "Operator 1", "Operator 2"]
        assert all(type(f.error) is expected.error and f.reason for f in result.failed)


# -- sync and async twins ------------------------------------------------------------------------------


@examples(40)
@given(
    faults_=st.lists(faults(ALL_STATUSES, ALL_TRANSPORT), max_size=5),
    max_retries=st.integers(0, 3),
    op=st.sampled_from(["search_lines", "set_interval"]),
)
def test_sync_and_async_clients_behave_identically(faults_: list[Fault], max_retries: int, op: str) -> None:
    body = SEARCH_BODY if op == "search_lines" else SET_BODY
    expected = predict(faults_, idempotent=op == "search_lines", max_retries=max_retries)
    sync_server, sync_delays, sync_outcome = run_sync(op, body, faults_, [], max_retries=max_retries)
    async_server, async_delays, async_outcome = run_async(op, body, faults_, [], max_retries=max_retries)
    assert sync_server.attempts == async_server.attempts == expected.attempts
    assert type(sync_outcome) is type(async_outcome)
    assert_outcome(async_outcome, expected)
    assert_delays(async_delays, expected.sleeps_after)
    assert len(sync_delays) == len(async_delays)
    assert [r.content for r in sync_server.recorder.requests] == [
        r.content for r in async_server.recorder.requests
    ]


# -- per-call and per-client options --------------------------------------------------------------------


def always(status: int) -> Recorder:
    return Recorder(lambda request: json_response(status, {"error": "down", "retryable": True}))


def test_with_options_max_retries_zero_disables_retries_for_that_call_only() -> None:
    recorder = always(503)
    with make_client(recorder) as client:
        with pytest.raises(errors.ServiceUnavailableError):
            client.with_options(max_retries=0).search_lines(SEARCH_BODY)
        assert len(recorder.requests) == 1
        with pytest.raises(errors.ServiceUnavailableError):
            client.search_lines(SEARCH_BODY)
        assert len(recorder.requests) == 1 + 3  # the default: 2 retries
        assert client.options.retry.max_retries == 2


def test_with_options_can_raise_the_retry_count_for_one_call() -> None:
    recorder = always(500)
    with make_client(recorder) as client:
        with pytest.raises(errors.InternalServerError):
            client.with_options(max_retries=5).search_lines(SEARCH_BODY)
        assert len(recorder.requests) == 6


@pytest.mark.parametrize("max_retries", [0, 1, 5])
def test_constructor_max_retries_sets_the_attempt_count(max_retries: int) -> None:
    recorder = always(502)
    with make_client(recorder, max_retries=max_retries) as client, pytest.raises(errors.ServerError):
        client.search_lines(SEARCH_BODY)
    assert len(recorder.requests) == max_retries + 1


def test_async_with_options_disables_retries_for_that_call_only() -> None:
    recorder = always(429)

    async def go() -> None:
        async with make_async_client(recorder) as client:
            with pytest.raises(errors.RateLimitError):
                await client.with_options(max_retries=0).search_lines(SEARCH_BODY)
            assert len(recorder.requests) == 1
            with pytest.raises(errors.RateLimitError):
                await client.search_lines(SEARCH_BODY)
            assert len(recorder.requests) == 4

    run(go())


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        make_client(Recorder(), max_retries=-1)


# -- timeouts -------------------------------------------------------------------------------------------


def sent_timeout(recorder: Recorder) -> dict[str, float | None]:
    return recorder.requests[-1].extensions["timeout"]


def assert_finite(timeout: dict[str, float | None]) -> None:
    assert set(timeout) == {"connect", "read", "write", "pool"}
    for part, value in timeout.items():
        assert value is not None and 0 < value < float("inf"), f"{part} timeout is {value!r}"


@pytest.mark.parametrize("timeout", [None, 5, 2.5, httpx.Timeout(7.0)])
def test_every_request_carries_a_finite_timeout(timeout: Any) -> None:
    recorder = Recorder()
    with make_client(recorder, timeout=timeout) as client:
        client.search_lines(SEARCH_BODY)
    assert_finite(sent_timeout(recorder))
    if isinstance(timeout, (int, float)):
        assert sent_timeout(recorder)["read"] == timeout


def test_async_requests_carry_a_finite_timeout() -> None:
    recorder = Recorder()

    async def go() -> None:
        async with make_async_client(recorder) as client:
            await client.search_lines(SEARCH_BODY)

    run(go())
    assert_finite(sent_timeout(recorder))


def test_user_http_client_without_timeout_still_gets_a_finite_one() -> None:
    from iotclients.oden import OdenClient

    recorder = Recorder()
    http = httpx.Client(transport=recorder.sync_transport(), timeout=None)
    with OdenClient("k3y-for-timeouts", http_client=http) as client:
        client.search_lines(SEARCH_BODY)
    assert_finite(sent_timeout(recorder))
    http.close()


def test_with_options_timeout_applies_to_that_call_only() -> None:
    recorder = Recorder()
    with make_client(recorder) as client:
        client.with_options(timeout=3.0).search_lines(SEARCH_BODY)
        assert sent_timeout(recorder)["read"] == 3.0
        client.search_lines(SEARCH_BODY)
        assert sent_timeout(recorder)["read"] != 3.0
        assert_finite(sent_timeout(recorder))


@pytest.mark.parametrize(
    "timeout",
    [
        httpx.Timeout(None),
        httpx.Timeout(10.0, read=None),
        httpx.Timeout(10.0, connect=None),
        httpx.Timeout(10.0, write=None),
        httpx.Timeout(10.0, pool=None),
    ],
)
def test_a_timeout_with_no_limit_is_refused(timeout: httpx.Timeout) -> None:
    with pytest.raises(ValueError, match="timeout"):
        make_client(Recorder(), timeout=timeout)
    with make_client(Recorder()) as client, pytest.raises(ValueError, match="timeout"):
        client.with_options(timeout=timeout)


@pytest.mark.parametrize("timeout", [0, -1, -0.5])
def test_a_non_positive_timeout_is_refused(timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout"):
        make_client(Recorder(), timeout=timeout)


@pytest.mark.parametrize(
    "timeout",
    [float("inf"), float("nan"), httpx.Timeout(float("inf")), httpx.Timeout(5.0, read=float("inf"))],
)
def test_an_infinite_or_nan_timeout_is_refused(timeout: Any) -> None:
    with pytest.raises(ValueError, match="timeout"):
        make_client(Recorder(), timeout=timeout)
