"""Every operation of specs/iotticket.openapi.yaml, property-based: requests drawn from the spec go
out exactly as it says (method, path, query, content type, a body that validates and equals what
was given), replies drawn from the success schemas parse into models that round-trip, and every
documented error status raises its typed error."""

from __future__ import annotations

import datetime
import json
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spec_strategies import SPEC, assert_valid, deref, iso, operations, strategy

from iotclients.core import errors
from iotclients.core.model import Model
from iotclients.core.security import BasicCredentials
from iotclients_generated.iotticket.client import GeneratedIoTTicketClient
from tests.spec_examples import first_example

OPERATIONS = operations()
BEARER = "contract-bearer-token"
DEVICE = BasicCredentials("press-01@org-1", "contract-device-password")


class Credentialed(GeneratedIoTTicketClient):
    """The generated client holding a credential for each of the spec's security schemes."""

    def _credential_providers(self) -> dict[str, Any]:
        return {"OAuth2": BEARER, "DeviceBasic": DEVICE}


def expected_authorization(op: dict[str, Any]) -> str | None:
    """What the spec's security says the Authorization header of ``op`` carries."""
    schemes = [name for requirement in op.get("security", SPEC["security"]) for name in requirement]
    if not schemes:
        return None
    assert len(schemes) == 1
    return {"OAuth2": f"Bearer {BEARER}", "DeviceBasic": DEVICE.header_value()}[schemes[0]]


# "." and ".." are left out here: the runtime refuses them (see test_dot_segment_ids_are_refused).
SAFE_IDS = st.text("abcdefghijklmnopqrstuvwxyz0123456789-_.", min_size=1, max_size=10).filter(
    lambda text: text.strip(".") != ""
)


def normalize(value: Any) -> Any:
    """Datetimes and their ISO strings compare as instants; models as their dicts."""
    if isinstance(value, Model):
        return normalize(value.to_dict())
    if isinstance(value, dict):
        return {k: normalize(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [normalize(v) for v in value]
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC)
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and value[10:11] in ("T", " "):
        try:
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(datetime.UTC)
        except ValueError:
            return value
    if hasattr(value, "value") and type(value).__module__.startswith("iotclients_generated"):
        return value.value  # enum members
    return value


def success(op: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
    for code, response in op["responses"].items():
        if str(code).startswith("2"):
            response = deref(response)
            content = response.get("content", {}).get("application/json")
            return int(code), (content or {}).get("schema")
    raise AssertionError("no success response")


def query_value(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    schema = deref(schema)
    if schema.get("format") == "date-time":
        return st.datetimes(timezones=st.just(datetime.UTC), min_value=datetime.datetime(2000, 1, 1))
    return strategy(schema).filter(lambda v: not isinstance(v, str) or (v.strip() == v and v != ""))


@st.composite
def calls(draw: st.DrawFn, op_id: str) -> tuple[dict[str, Any], Any, Any]:
    _, _, op, params = OPERATIONS[op_id]
    kwargs: dict[str, Any] = {}
    for param in params:
        argument = _argument(op_id, param["name"])
        if param["in"] == "path":
            kwargs[argument] = draw(SAFE_IDS)
        elif param.get("required") or draw(st.booleans()):
            kwargs[argument] = draw(query_value(param["schema"]))
    body = None
    if "requestBody" in op:
        media, content = next(iter(op["requestBody"]["content"].items()))
        body = draw(strategy(content["schema"]))
        if media == "application/x-www-form-urlencoded":
            body = {k: v for k, v in body.items() if isinstance(v, str) and v}
            body.setdefault("grant_type", "client_credentials")
            body.setdefault("client_id", "id")
            body.setdefault("client_secret", "secret")
        kwargs[_descriptor(op_id).body.argument] = body
    status, schema = success(op)
    reply = draw(strategy(schema)) if schema is not None else None
    return kwargs, body, (status, reply)


def _descriptor(op_id: str) -> Any:
    from iotclients_generated.iotticket.client import operation

    tag = OPERATIONS[op_id][2]["tags"][0]
    return operation(f"{tag}.{op_id}")


def method_name(op_id: str) -> str:
    """The generated method: batch operations (``x-iotclients-batch``) send one request from
    ``_send_<name>``; the facade's public method splits any input at the declared cap."""
    return f"_send_{op_id}" if _descriptor(op_id).batch else op_id


def _argument(op_id: str, wire: str) -> str:
    return next(p.argument for p in _descriptor(op_id).params if p.wire_name == wire)


def recorder(status: int, reply: Any, seen: list[httpx.Request]) -> httpx.MockTransport:
    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if reply is None:
            return httpx.Response(status)
        return httpx.Response(
            status, content=json.dumps(reply).encode(), headers={"Content-Type": "application/json"}
        )

    return httpx.MockTransport(respond)


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(data=st.data())
def test_requests_and_replies_follow_the_spec(op_id: str, data: st.DataObject) -> None:
    kwargs, body, (status, reply) = data.draw(calls(op_id))
    method, path, op, params = OPERATIONS[op_id]
    seen: list[httpx.Request] = []
    client = Credentialed(
        base_url="https://iot.example", transport=recorder(status, reply, seen), max_retries=0
    )
    result = getattr(client, method_name(op_id))(**kwargs)
    (request,) = seen
    assert request.method == method.upper()
    assert request.headers.get("Authorization") == expected_authorization(op)
    expected_path = path
    for param in params:
        if param["in"] == "path":
            expected_path = expected_path.replace(
                "{" + param["name"] + "}", quote(kwargs[_argument(op_id, param["name"])], safe="")
            )
    assert request.url.raw_path.decode().split("?")[0] == expected_path
    query = parse_qs(urlsplit(str(request.url)).query, keep_blank_values=True)
    for param in params:
        if param["in"] != "query":
            continue
        given_value = kwargs.get(_argument(op_id, param["name"]))
        if given_value is None:
            assert param["name"] not in query
            continue
        (sent,) = query[param["name"]]
        expected = given_value.value if hasattr(given_value, "value") else given_value
        if isinstance(expected, bool):
            assert sent == str(expected).lower()
        elif isinstance(expected, datetime.datetime):
            assert sent == expected.isoformat() and sent[10] == "T"  # RFC 3339
            assert normalize(sent) == normalize(expected)
        else:
            assert sent == str(expected)
    if body is not None:
        media = next(iter(op["requestBody"]["content"]))
        assert request.headers["content-type"].startswith(media)
        if media == "application/json":
            sent_body = json.loads(request.content)
            assert_valid(sent_body, op["requestBody"]["content"][media]["schema"]["$ref"])
            assert normalize(sent_body) == normalize(body)
        elif media == "application/x-www-form-urlencoded":
            assert {k: v[0] for k, v in parse_qs(request.content.decode()).items()} == body
        else:
            assert b'name="name"' in request.read() and b'name="file"' in request.content
    assert normalize(result) == normalize(reply)
    items = result if isinstance(result, list) else [result] if isinstance(result, Model) else []
    for item in items:
        assert type(item).from_dict(item.to_dict()) == item


ERROR_CASES = [
    (op_id, int(code))
    for op_id, (_, _, op, _) in sorted(OPERATIONS.items())
    for code in op["responses"]
    if str(code)[0] in "45"
]


@pytest.mark.parametrize(("op_id", "status"), ERROR_CASES)
def test_documented_errors_raise_typed_errors(op_id: str, status: int) -> None:
    kwargs, _, _ = _minimal_call(op_id)
    body = (
        {"error": "invalid_client", "error_description": "no"}
        if op_id == "create_token"
        else {"code": "x", "message": "refused"}
    )
    seen: list[httpx.Request] = []
    client = Credentialed(
        base_url="https://iot.example", transport=recorder(status, body, seen), max_retries=0
    )
    with pytest.raises(errors.APIStatusError) as caught:
        getattr(client, method_name(op_id))(**kwargs)
    assert type(caught.value) is errors.error_class_for_status(status)
    assert caught.value.status_code == status
    assert len(seen) == 1


def _minimal_call(op_id: str) -> tuple[dict[str, Any], Any, Any]:
    _, _, op, params = OPERATIONS[op_id]
    kwargs: dict[str, Any] = {}
    for param in params:
        if param["in"] == "path" or param.get("required"):
            schema = deref(param["schema"])
            kwargs[_argument(op_id, param["name"])] = schema["enum"][0] if "enum" in schema else "p1"
    if "requestBody" in op:
        content = next(iter(op["requestBody"]["content"].values()))
        example = first_example(content)
        if "file" in example:
            example = {**example, "file": b"onnx"}
        kwargs[_descriptor(op_id).body.argument] = example
    return kwargs, None, None


def test_every_operation_is_covered() -> None:
    assert len(OPERATIONS) == sum(
        len([m for m in item if m in ("get", "put", "post", "patch", "delete")])
        for item in SPEC["paths"].values()
    )
    assert iso(datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)) == "2024-01-01T00:00:00.000Z"


PATH_OPERATIONS = sorted(
    op_id for op_id, (_, _, _, params) in OPERATIONS.items() if any(p["in"] == "path" for p in params)
)


@pytest.mark.parametrize("op_id", PATH_OPERATIONS)
@pytest.mark.parametrize("segment", [".", ".."])
def test_dot_segment_ids_are_refused(op_id: str, segment: str) -> None:
    kwargs, _, _ = _minimal_call(op_id)
    _, _, _, params = OPERATIONS[op_id]
    argument = _argument(op_id, next(p["name"] for p in params if p["in"] == "path"))
    seen: list[httpx.Request] = []
    client = Credentialed(base_url="https://iot.example", transport=recorder(200, {}, seen))
    with pytest.raises(errors.InvalidArgumentError) as caught:
        getattr(client, method_name(op_id))(**{**kwargs, argument: segment})
    assert caught.value.argument == argument and not seen
