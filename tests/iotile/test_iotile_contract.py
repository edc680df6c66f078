"""Every operation of specs/iotile.openapi.yaml, property-based, against an in-process transport.

Arguments and bodies are drawn from the spec; the request the transport receives must have the
spec's method and path, the JWT only where the operation is secured, exactly the query given,
and a body that validates (JSON) or carries the same parts (multipart). Response bodies drawn
from the success schema decode into typed models that round-trip; every documented error
status raises its typed error.
"""

from __future__ import annotations

import asyncio
import datetime
import json
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from iotile_spec import BASE_URL, CONTRACT_SETTINGS, OPERATIONS, SpecOperation, assert_valid, json_from

from iotclients.core.errors import error_class_for_status
from iotclients.core.model import Model
from iotclients.iotile import AsyncIOTileClient, IOTileClient
from iotclients_generated.iotile.client import GeneratedAsyncIOTileClient, GeneratedIOTileClient

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2lnbmF0dXJl"  # exp: 2100-01-01


def _path_values(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if schema.get("type") == "integer":
        return st.integers(1, 2**31)
    if schema.get("format") == "uuid":
        return st.uuids().map(str)
    return st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=12).filter(
        lambda s: s not in (".", "..")
    )


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _draw_call(op: SpecOperation, data: st.DataObject) -> tuple[dict[str, Any], str, dict[str, str], Any]:
    """Arguments for the generated method, and the path, query and body they must produce."""
    descriptor = op.descriptor
    args: dict[str, Any] = {}
    path = op.path
    query: dict[str, str] = {}
    by_name = {(p["name"], p["in"]): p for p in op.params}
    for param in descriptor.params:
        schema = by_name[(param.wire_name, param.location)]["schema"]
        if param.location == "path":
            value = data.draw(_path_values(schema), label=param.argument)
            path = path.replace("{" + param.wire_name + "}", quote(str(value), safe=""))
        elif param.required or data.draw(st.booleans(), label=f"send {param.argument}"):
            value = data.draw(json_from(schema), label=param.argument)
            query[param.wire_name] = _wire(value)
        else:
            continue
        args[param.argument] = value
    body = None
    if descriptor.body is not None:
        body = data.draw(json_from(op.body_schema), label="body")
        if op.body_media == "multipart/form-data":
            body["file"] = data.draw(st.binary(max_size=64), label="file")
        args[descriptor.body.argument] = body
    return args, path, query, body


def _multipart_parts(request: httpx.Request) -> dict[str, bytes]:
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.read())
    parts: dict[str, bytes] = {}
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        parts[str(part.get_param("name", header="content-disposition"))] = (
            payload if isinstance(payload, bytes) else b""
        )
    return parts


def _moments(value: Any) -> Any:
    """JSON with date-time strings as datetimes: ``Z`` and ``+00:00`` say the same thing."""
    if isinstance(value, dict):
        return {k: _moments(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_moments(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and "T" in value:
        try:
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


def _check_request(
    op: SpecOperation, request: httpx.Request, path: str, query: dict[str, str], body: Any
) -> None:
    assert request.method == op.method
    assert request.url.raw_path.decode().split("?")[0] == path
    auth = request.headers.get("authorization")
    assert auth == (f"JWT {TOKEN}" if op.secured else None)
    assert {key: request.url.params.get_list(key) for key in request.url.params} == {
        key: [value] for key, value in query.items()
    }
    if body is None:
        assert not request.read()
    elif op.body_media == "multipart/form-data":
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        parts = _multipart_parts(request)
        assert parts.pop("file") == body["file"]
        assert parts == {key: _wire(value).encode() for key, value in body.items() if key != "file"}
    else:
        assert request.headers["content-type"] == "application/json"
        sent = json.loads(request.read())
        assert_valid(sent, op.body_schema)
        assert _moments(sent) == _moments(body)


def _check_result(op: SpecOperation, result: Any, text: str | None) -> None:
    if text is not None:
        assert result == text
        return
    _, schema = op.success()
    if schema is None:
        assert result is None
        return
    items = result if isinstance(result, list) else [result]
    for item in items:
        assert isinstance(item, Model)
        assert type(item).from_dict(item.to_dict()) == item
        assert_valid(json.loads(item.to_json()), schema.get("items", schema))


def _responder(
    op: SpecOperation, data: st.DataObject, seen: list[httpx.Request], texts: list[str]
) -> httpx.MockTransport:
    """Answers the success reply; text replies (CSV and the like) are recorded in ``texts``."""

    def answer(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        status, schema = op.success()
        media = data.draw(st.sampled_from([*op.text_media(), *(["json"] if schema else [])] or ["none"]))
        if media.startswith("text/"):
            # Never empty: a table always has its header row, and the core refuses an empty body.
            text = data.draw(
                st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1), label="text"
            )
            texts.append(text)
            return httpx.Response(status, content=text.encode(), headers={"content-type": media})
        if schema is None:
            return httpx.Response(status)
        return httpx.Response(status, json=data.draw(json_from(schema), label="response"))

    return httpx.MockTransport(answer)


@pytest.mark.parametrize("op", OPERATIONS, ids=str)
@CONTRACT_SETTINGS
@given(data=st.data())
def test_sync_requests_and_replies_follow_the_spec(op: SpecOperation, data: st.DataObject) -> None:
    args, path, query, body = _draw_call(op, data)
    seen: list[httpx.Request] = []
    texts: list[str] = []
    with IOTileClient(TOKEN, base_url=BASE_URL, transport=_responder(op, data, seen, texts)) as client:
        result = getattr(GeneratedIOTileClient, op.id)(client, **args)
    assert len(seen) == 1
    _check_request(op, seen[0], path, query, body)
    _check_result(op, result, texts[0] if texts else None)


@pytest.mark.parametrize("op", OPERATIONS, ids=str)
@CONTRACT_SETTINGS
@given(data=st.data())
def test_async_requests_and_replies_follow_the_spec(op: SpecOperation, data: st.DataObject) -> None:
    args, path, query, body = _draw_call(op, data)
    seen: list[httpx.Request] = []
    texts: list[str] = []
    sync_transport = _responder(op, data, seen, texts)

    async def handler(request: httpx.Request) -> httpx.Response:
        return sync_transport.handle_request(request)

    async def call() -> Any:
        async with AsyncIOTileClient(
            TOKEN, base_url=BASE_URL, transport=httpx.MockTransport(handler)
        ) as client:
            return await getattr(GeneratedAsyncIOTileClient, op.id)(client, **args)

    result = asyncio.run(call())
    assert len(seen) == 1
    _check_request(op, seen[0], path, query, body)
    _check_result(op, result, texts[0] if texts else None)


ERROR_CASES = [(op, status, schema) for op in OPERATIONS for status, schema in op.errors()]


@pytest.mark.parametrize(
    ("op", "status", "schema"), ERROR_CASES, ids=lambda v: str(v) if not isinstance(v, dict) else ""
)
@CONTRACT_SETTINGS
@given(data=st.data())
def test_documented_errors_raise_their_typed_error(
    op: SpecOperation, status: int, schema: Any, data: st.DataObject
) -> None:
    args, *_ = _draw_call(op, data)
    payload = data.draw(json_from(schema), label="error body")
    transport = httpx.MockTransport(lambda request: httpx.Response(status, json=payload))
    client = IOTileClient(TOKEN, base_url=BASE_URL, transport=transport, max_retries=0)
    with client, pytest.raises(error_class_for_status(status)) as caught:
        getattr(GeneratedIOTileClient, op.id)(client, **args)
    assert caught.value.status_code == status
    assert TOKEN not in str(caught.value)
