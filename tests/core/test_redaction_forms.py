"""Secrets stay masked in every encoding a server or a library may echo them in.

JSON escapes, percent and form encoding, base64 of ``user:secret``, the ``b'...'`` form httpcore's
debug log prints; in exception texts, kept bodies, headers, parsed error models and log records.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iotclients.core.errors import APIStatusError, InvalidArgumentError
from iotclients.core.redaction import MASK, WHOLE_WORD_BELOW, redact, register_secret


@pytest.fixture(autouse=True)
def _own_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Secrets registered here are forgotten afterwards: random ones would mask other tests' data."""
    from iotclients.core import redaction

    monkeypatch.setattr(redaction, "_secrets", set(redaction._secrets))
    monkeypatch.setattr(redaction, "_ordered", redaction._ordered)


PASSWORD = "Pässwort-1"
TICKET_SECRET = "s3cr+t/=&x y"


def _every_form(secret: str) -> list[str]:
    """How the secret reads once a server or a log has encoded it."""
    return [
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote_plus(secret)),
        repr(secret.encode())[2:-1],
    ]


def _assert_hidden(text: str, secret: str) -> None:
    for form in _every_form(secret):
        assert form not in text, form


def _iotile_login(reply: httpx.Response) -> APIStatusError:
    from iotclients.iotile import IOTileClient

    client = IOTileClient(
        base_url="https://iotile.example", transport=httpx.MockTransport(lambda request: reply)
    )
    with pytest.raises(APIStatusError) as caught:
        client.login(email="ops@example.com", password=PASSWORD)
    return caught.value


def test_a_json_escaped_password_is_masked_in_the_text_the_body_and_the_parsed_error() -> None:
    echoed = json.dumps({"detail": f"wrong password {PASSWORD} for ops@example.com"})  # \u00e4
    assert "\\u00e4" in echoed
    error = _iotile_login(
        httpx.Response(400, content=echoed.encode(), headers={"content-type": "application/json"})
    )
    _assert_hidden(str(error), PASSWORD)
    _assert_hidden(error.body.decode(), PASSWORD)
    assert error.error is not None
    _assert_hidden(repr(error.error), PASSWORD)
    _assert_hidden(error.error.detail, PASSWORD)
    assert MASK in error.error.detail


def test_a_password_escaped_in_an_unforeseen_way_does_not_come_back_in_the_parsed_error() -> None:
    # Every character escaped: no list of encodings has this form, JSON decoding restores it.
    spelled = "".join(f"\\u{ord(c):04x}" for c in PASSWORD)
    echoed = '{"detail": "wrong password ' + spelled + '"}'
    error = _iotile_login(
        httpx.Response(400, content=echoed.encode(), headers={"content-type": "application/json"})
    )
    assert error.error is not None
    assert PASSWORD not in error.error.detail
    assert PASSWORD not in repr(error.error)


def test_a_form_encoded_client_secret_is_masked() -> None:
    from iotclients.iotticket import IoTTicketClient

    def handler(request: httpx.Request) -> httpx.Response:
        # The server echoes the form it was sent (client_secret=s3cr%2Bt%2F%3D%26x+y).
        return httpx.Response(
            401, json={"error": "invalid_client", "error_description": request.content.decode()}
        )

    client = IoTTicketClient(
        "client-1", TICKET_SECRET, organization_id="org-1", base_url="https://ticket.example",
        transport=httpx.MockTransport(handler), max_retries=0,
    )  # fmt: skip
    with pytest.raises(APIStatusError) as caught:
        client.list_analytics_items("org-1")
    _assert_hidden(str(caught.value), TICKET_SECRET)
    _assert_hidden(caught.value.body.decode(), TICKET_SECRET)


def test_base64_of_user_and_secret_is_masked_at_every_alignment() -> None:
    secret = "device-password-42"
    register_secret(secret)
    for user in ("d", "de", "dev", "device-7"):
        header = base64.b64encode(f"{user}:{secret}".encode()).decode()
        text = redact(f"refused credentials Basic {header}")
        assert header not in text
        assert MASK in text
        # What is left around the mask cannot be decoded back into the secret.
        left = text.split("Basic ", 1)[1].split(MASK)[0]
        assert secret.encode() not in base64.b64decode(left + "=" * (-len(left) % 4), validate=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=WHOLE_WORD_BELOW, max_size=40).filter(lambda s: s.strip() and "\x00" not in s))
def test_every_encoding_of_any_long_secret_is_masked(secret: str) -> None:
    register_secret(secret)
    for form in _every_form(secret):
        text = redact(f"echo: <{form}> end")
        assert form not in text


def test_short_secrets_are_masked_as_whole_words() -> None:
    # Other tests register secrets too (the registry is process-wide): assert on this one only.
    register_secret("k9zq")
    for text in ("key k9zq was refused", "api_key=k9zq&page=2", "k9zq", '{"key": "k9zq"}'):
        cleaned = redact(text)
        assert "k9zq" not in cleaned and MASK in cleaned
    assert "ok9zqed" in redact("ok9zqed stays readable")
    assert "k9zq-request-id" in redact("k9zq-request-id: 7")


def test_up_to_three_characters_are_not_taken_for_secrets() -> None:
    for short in ("a", "42", "not"):
        register_secret(short)
    assert redact("not a list of 42 items") == "not a list of 42 items"


def test_userinfo_in_base_url_is_refused_without_echoing_it() -> None:
    from iotclients.oden import OdenClient

    with pytest.raises(InvalidArgumentError, match="base_url") as caught:
        OdenClient("oden-test-key-7f3a9c1e5b", base_url="https://ops:hunter2-secret@api.oden.example")
    assert "hunter2-secret" not in str(caught.value)


# -- httpx and httpcore logs ------------------------------------------------------------------

API_KEY = "oden-echoed-key-5d1f0c9b7a"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJlLXZhbHVl"


class _Echo(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        body = json.dumps({"error": f"key {API_KEY} refused"}).encode()
        self.send_response(401)
        self.send_header("WWW-Authenticate", f'Bearer error="invalid_token", token="{JWT}"')
        self.send_header("X-Echo-Key", API_KEY)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def echo_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_httpx_and_httpcore_debug_logs_never_show_an_echoed_secret(
    echo_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    from iotclients.oden import OdenClient

    register_secret(JWT)
    with (
        caplog.at_level(logging.DEBUG),
        OdenClient(API_KEY, base_url=echo_server, max_retries=0) as client,
        pytest.raises(APIStatusError) as caught,
    ):
        client.search_lines({"name": "Line 01", "factory": {"name": "Factory A"}})
    sources = {record.name for record in caplog.records}
    assert {"httpx", "httpcore.http11"} <= sources  # the records that used to leak were made
    for record in caplog.records:
        _assert_hidden(record.getMessage(), API_KEY)
        _assert_hidden(record.getMessage(), JWT)
    _assert_hidden(json.dumps(caught.value.headers), API_KEY)
    _assert_hidden(json.dumps(caught.value.headers), JWT)
