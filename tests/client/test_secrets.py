"""The API key never shows up in logs, reprs or exceptions, yet is sent on the wire.

Also: credentials and base URL come from arguments or ODEN_API_KEY / ODEN_BASE_URL.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from oden_testkit import Recorder, json_response, make_async_client, make_client, run

from iotclients.core import errors
from iotclients.core.errors import InvalidArgumentError
from iotclients.oden import AsyncOdenClient, OdenClient

KEY = "odn_live_Zq8v2LkP0sWx4YtB9mNe"
BODY = {"name": "Line 01", "factory": {"name": "Factory A"}}
ERROR_ID = "6f1e4a36-5b0a-4f25-a9a3-2d7a4c1b9e10"


@pytest.fixture(autouse=True)
def debug_logging(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("IOTCLIENTS_LOG", raising=False)
    caplog.set_level(logging.DEBUG, logger="iotclients")
    yield


def leaks(text: str) -> bool:
    return KEY in text


def assert_exception_clean(exc: BaseException) -> None:
    assert not leaks(str(exc)), str(exc)
    assert not leaks(repr(exc)), repr(exc)
    message = getattr(exc, "message", "")
    assert not leaks(str(message))
    headers = getattr(exc, "headers", {}) or {}
    assert not leaks(repr(headers)), headers
    assert not leaks(str(getattr(exc, "url", "")))
    # What `logger.exception(...)` or an uncaught traceback would print, causes included.
    assert not leaks("".join(traceback.format_exception(exc))), "key in the formatted traceback"


def auth_echo(status: int) -> Any:
    """A server that echoes the credential back in its error body and headers."""

    def respond(request: httpx.Request) -> httpx.Response:
        echoed = request.headers["Authorization"]
        body = {"error": f"token rejected: {echoed}", "retryable": status >= 500}
        if status == 500:
            body["id"] = ERROR_ID
        return json_response(status, body, {"X-Debug-Auth": echoed, "WWW-Authenticate": echoed})

    return respond


def connect_error_with_url(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError(
        f"cannot reach {request.url} (sent Authorization: {request.headers['Authorization']})",
        request=request,
    )


def test_successful_and_retried_calls_log_without_the_key(caplog: pytest.LogCaptureFixture) -> None:
    attempts = []

    def respond(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if len(attempts) == 1:
            return auth_echo(503)(request)
        return json_response(200, [{"name": "Line 01"}])

    recorder = Recorder(respond)
    with make_client(recorder, api_key=KEY) as client:
        assert client.search_lines(BODY)[0].name == "Line 01"
    assert len(recorder.requests) == 2
    assert all(r.headers["Authorization"] == f"Token {KEY}" for r in recorder.requests)
    assert caplog.records, "DEBUG logging of iotclients produced nothing to check"
    assert any("retry" in r.getMessage() for r in caplog.records)
    assert not leaks(caplog.text)
    for record in caplog.records:
        assert not leaks(record.getMessage())


@pytest.mark.parametrize("status", [401, 403, 500])
def test_failing_calls_whose_body_echoes_the_key_do_not_leak_it(
    caplog: pytest.LogCaptureFixture, status: int
) -> None:
    recorder = Recorder(auth_echo(status))
    with (
        make_client(recorder, api_key=KEY, max_retries=1) as client,
        pytest.raises(errors.APIStatusError) as info,
    ):
        client.search_lines(BODY)
    assert recorder.requests[0].headers["Authorization"] == f"Token {KEY}"
    assert_exception_clean(info.value)
    assert "token rejected" in str(info.value)  # the server's message is kept, only the key masked
    assert not leaks(caplog.text)


def test_parsed_vendor_error_does_not_leak_the_key_in_its_repr() -> None:
    recorder = Recorder(auth_echo(401))
    with (
        make_client(recorder, api_key=KEY, max_retries=0) as client,
        pytest.raises(errors.AuthenticationError) as info,
    ):
        client.search_lines(BODY)
    assert info.value.error is not None
    assert not leaks(repr(info.value.error)), repr(info.value.error)


@pytest.mark.parametrize("op", ["search_lines", "set_interval"])
def test_connection_errors_quoting_the_url_and_header_do_not_leak_the_key(
    caplog: pytest.LogCaptureFixture, op: str
) -> None:
    recorder = Recorder(connect_error_with_url)
    body = BODY if op == "search_lines" else {"type": {"name": "t"}, "line": {"name": "l"}}
    with (
        make_client(recorder, api_key=KEY, base_url="https://api.oden.app") as client,
        pytest.raises(errors.APIConnectionError) as info,
    ):
        getattr(client, op)(body)
    assert len(recorder.requests) == 3  # connect failures are retried even for writes
    assert_exception_clean(info.value)
    assert "api.oden.app" in str(info.value)
    assert not leaks(caplog.text)


@pytest.mark.parametrize("kind", [httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError])
def test_other_transport_errors_do_not_leak_the_key(
    caplog: pytest.LogCaptureFixture, kind: type[httpx.TransportError]
) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        raise kind(f"{request.method} {request.url} {request.headers}", request=request)

    with (
        make_client(Recorder(respond), api_key=KEY, max_retries=1) as client,
        pytest.raises(errors.APIConnectionError) as info,
    ):
        client.search_lines(BODY)
    assert_exception_clean(info.value)
    assert not leaks(caplog.text)


def test_bulk_failures_do_not_leak_the_key() -> None:
    body = {"type": {"name": "operator id"}, "line": {"name": "Line 01"}, "intervals": [{"name": "a"}]}
    with make_client(Recorder(auth_echo(401)), api_key=KEY) as client:
        result = client.bulk_set_intervals(body)
    [failed] = result.failed
    assert not leaks(failed.reason)
    assert not leaks(repr(failed))
    assert failed.error is not None
    assert_exception_clean(failed.error)


def test_async_failures_do_not_leak_the_key(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(auth_echo(500))

    async def go() -> None:
        async with make_async_client(recorder, api_key=KEY, max_retries=1) as client:
            await client.search_lines(BODY)

    with pytest.raises(errors.InternalServerError) as info:
        run(go())
    assert len(recorder.requests) == 2
    assert recorder.requests[0].headers["Authorization"] == f"Token {KEY}"
    assert_exception_clean(info.value)
    assert not leaks(caplog.text)


def test_client_repr_str_and_attributes_do_not_show_the_key() -> None:
    with make_client(Recorder(), api_key=KEY) as client:
        for text in (repr(client), str(client), repr(vars(client)), repr(client.with_options(max_retries=0))):
            assert not leaks(text), text
        assert "api.oden.app" in repr(client)


def test_async_client_repr_does_not_show_the_key() -> None:
    client = make_async_client(Recorder(), api_key=KEY)
    assert not leaks(repr(client)) and not leaks(str(client)) and not leaks(repr(vars(client)))
    run(client.close())


# -- credentials and base URL from the environment --------------------------------------------------


def test_missing_key_is_refused_naming_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ODEN_API_KEY", raising=False)
    for cls in (OdenClient, AsyncOdenClient):
        with pytest.raises(InvalidArgumentError) as info:
            cls()
        assert isinstance(info.value, ValueError)
        assert info.value.argument == "api_key"
        assert "ODEN_API_KEY" in str(info.value)


def test_empty_key_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ODEN_API_KEY", "")
    with pytest.raises(InvalidArgumentError) as info:
        OdenClient()
    assert info.value.argument == "api_key"
    with pytest.raises(InvalidArgumentError):
        OdenClient(api_key="")


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ODEN_API_KEY", KEY)
    monkeypatch.setenv("ODEN_BASE_URL", "http://127.0.0.1:8765")
    recorder = Recorder()
    with OdenClient(transport=recorder.sync_transport()) as client:
        client.search_lines(BODY)
        assert not leaks(repr(client))
    request = recorder.requests[0]
    assert request.headers["Authorization"] == f"Token {KEY}"
    assert str(request.url) == "http://127.0.0.1:8765/v2/line/search"


def test_async_client_reads_the_environment_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ODEN_API_KEY", KEY)
    monkeypatch.setenv("ODEN_BASE_URL", "http://sandbox.local:9000")
    recorder = Recorder()

    async def go() -> None:
        async with AsyncOdenClient(transport=recorder.async_transport()) as client:
            await client.search_lines(BODY)

    run(go())
    assert recorder.requests[0].headers["Authorization"] == f"Token {KEY}"
    assert str(recorder.requests[0].url) == "http://sandbox.local:9000/v2/line/search"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ODEN_API_KEY", "env-key-should-not-be-used")
    monkeypatch.setenv("ODEN_BASE_URL", "http://wrong.example:1")
    recorder = Recorder()
    with OdenClient(KEY, base_url="http://right.example:2", transport=recorder.sync_transport()) as client:
        client.search_lines(BODY)
    assert recorder.requests[0].headers["Authorization"] == f"Token {KEY}"
    assert recorder.requests[0].url.host == "right.example"


def test_default_base_url_is_oden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ODEN_BASE_URL", raising=False)
    recorder = Recorder()
    with OdenClient(KEY, transport=recorder.sync_transport()) as client:
        client.search_lines(BODY)
    assert str(recorder.requests[0].url) == "https://api.oden.app/v2/line/search"


@pytest.mark.parametrize("url", ["api.oden.app", "ftp://api.oden.app", "https://"])
def test_bad_base_url_is_refused(url: str) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        OdenClient(KEY, base_url=url)
    assert info.value.argument == "base_url"


def test_a_key_cut_by_message_truncation_does_not_leak_a_prefix() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="x" * 290 + " " + KEY + " trailing text")

    with (
        make_client(Recorder(respond), api_key=KEY, max_retries=0) as client,
        pytest.raises(errors.ServerError) as info,
    ):
        client.search_lines(BODY)
    assert KEY[:9] not in str(info.value), str(info.value)[-40:]
