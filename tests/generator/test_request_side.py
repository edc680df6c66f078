"""The request side of OpenAPI, end to end: tests/generator/specs/request_side.openapi.yaml is
generated here and its client is driven against a recording transport.

Covered: optional request bodies, one body in several media types chosen per call, deprecated
operations and parameters, read-only and write-only properties, and declared response headers.
"""

from __future__ import annotations

import importlib
import json
import sys
import warnings
from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from iotclients.core.errors import InvalidArgumentError
from iotclients.core.model import UNSET

SPEC = Path(__file__).parent / "specs" / "request_side.openapi.yaml"
PACKAGE = "request_side_generated"


@pytest.fixture(scope="module")
def gadgets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated ``gadgets`` package (models, api and client modules importable)."""
    from generator.__main__ import build
    from generator.vendors import Vendor

    root = tmp_path_factory.mktemp("generated")
    vendor = Vendor(
        name="gadgets",
        spec=str(SPEC),
        kind="openapi",
        facade_module="gadgets",
        sync_base="GadgetsClient",
        async_base="AsyncGadgetsClient",
    )
    build([vendor], root / PACKAGE)
    sys.path.insert(0, str(root))
    try:
        for module in ("models", "client"):
            importlib.import_module(f"{PACKAGE}.gadgets.{module}")
        yield importlib.import_module(f"{PACKAGE}.gadgets")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


GADGET = {"id": "g1", "name": "lamp", "createdAt": "2026-01-02T03:04:05Z"}


class Recorder:
    """Records every request; answers each with ``reply`` (a fresh copy per request)."""

    def __init__(
        self, status: int = 200, *, json_body: Any = GADGET, headers: dict[str, str] | None = None
    ) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.json_body = json_body
        self.headers = headers or {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.status == 204:
            return httpx.Response(204, headers=self.headers)
        if isinstance(self.json_body, str):
            return httpx.Response(
                self.status,
                content=self.json_body.encode(),
                headers={"Content-Type": "text/plain", **self.headers},
            )
        return httpx.Response(self.status, json=self.json_body, headers=self.headers)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def _client(gadgets: ModuleType, recorder: Recorder) -> Any:
    return gadgets.client.GadgetsClient(
        base_url="https://gadgets.test", transport=httpx.MockTransport(recorder)
    )


def _async_client(gadgets: ModuleType, recorder: Recorder) -> Any:
    return gadgets.client.AsyncGadgetsClient(
        base_url="https://gadgets.test", transport=httpx.MockTransport(recorder)
    )


def _parts(request: httpx.Request) -> dict[str, tuple[str | None, bytes]]:
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        name = str(part.get_param("name", header="content-disposition"))
        parts[name] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
    return parts


# -- optional request bodies -------------------------------------------------------------------------


def test_an_optional_body_left_out_sends_no_body_and_no_content_type(gadgets: ModuleType) -> None:
    recorder = Recorder(204)
    with _client(gadgets, recorder) as client:
        assert client.touch_gadget("g1") is None
        assert client.touch_gadget("g1", None) is None
    for request in recorder.requests:
        assert request.content == b""
        assert "content-type" not in request.headers
        assert request.url.path == "/gadgets/g1/touch"


def test_an_optional_body_given_goes_out_as_declared(gadgets: ModuleType) -> None:
    recorder = Recorder(204)
    with _client(gadgets, recorder) as client:
        client.touch_gadget("g1", gadgets.models.TouchOptions(reason="inspection"))
        client.touch_gadget("g1", touch_options={"reason": "audit"})
    assert [json.loads(r.content) for r in recorder.requests] == [
        {"reason": "inspection"},
        {"reason": "audit"},
    ]
    assert {r.headers["content-type"] for r in recorder.requests} == {"application/json"}


def test_a_required_body_is_still_required(gadgets: ModuleType) -> None:
    recorder = Recorder(201)
    with _client(gadgets, recorder) as client, pytest.raises(InvalidArgumentError) as caught:
        client.create_gadget(None)
    assert caught.value.argument == "gadget"
    assert recorder.requests == []


# -- several request media types ---------------------------------------------------------------------


def test_json_is_the_default_media_type(gadgets: ModuleType) -> None:
    recorder = Recorder(201)
    with _client(gadgets, recorder) as client:
        client.create_gadget(gadgets.models.Gadget(name="lamp", secret_code="s3cr3t"))
    assert recorder.last.headers["content-type"] == "application/json"
    assert json.loads(recorder.last.content) == {"name": "lamp", "secretCode": "s3cr3t"}


def test_form_fields_when_the_call_chooses_them(gadgets: ModuleType) -> None:
    recorder = Recorder(201)
    with _client(gadgets, recorder) as client:
        client.create_gadget(
            {"name": "lamp", "secretCode": "s3cr3t", "note": "a b&c"},
            content_type="application/x-www-form-urlencoded",
        )
    assert recorder.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(recorder.last.content.decode()) == [
        ("name", "lamp"),
        ("secretCode", "s3cr3t"),
        ("note", "a b&c"),
    ]


def test_multipart_when_the_call_chooses_it_with_its_own_schema(gadgets: ModuleType) -> None:
    recorder = Recorder(201)
    with _client(gadgets, recorder) as client:
        client.create_gadget(
            gadgets.models.GadgetUpload(name="lamp", photo=("lamp.png", b"\x89PNG", "image/png")),
            content_type="multipart/form-data",
        )
    assert recorder.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert _parts(recorder.last) == {"name": (None, b"lamp"), "photo": ("lamp.png", b"\x89PNG")}


@pytest.mark.parametrize(
    ("content_type", "value", "sent"),
    [
        ("text/csv", "name,secretCode\nlamp,s3cr3t\n", b"name,secretCode\nlamp,s3cr3t\n"),
        ("text/csv", b"name\nlamp\n", b"name\nlamp\n"),
        ("application/octet-stream", b"\x00\x01\xff", b"\x00\x01\xff"),
    ],
)
def test_raw_media_types_send_the_callers_bytes_or_text(
    gadgets: ModuleType, content_type: str, value: bytes | str, sent: bytes
) -> None:
    recorder = Recorder(201)
    with _client(gadgets, recorder) as client:
        client.create_gadget(value, content_type=content_type)
    assert recorder.last.headers["content-type"] == content_type
    assert recorder.last.content == sent


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "*/*", "json", ""])
def test_a_media_type_the_spec_does_not_declare_is_refused_before_sending(
    gadgets: ModuleType, content_type: str
) -> None:
    recorder = Recorder(201)
    with _client(gadgets, recorder) as client, pytest.raises(InvalidArgumentError) as caught:
        client.create_gadget({"name": "lamp", "secretCode": "x"}, content_type=content_type)
    assert caught.value.argument == "content_type"
    assert "application/json" in str(caught.value) and "text/csv" in str(caught.value)
    assert recorder.requests == []


def test_a_value_that_does_not_fit_the_chosen_media_type_is_refused(gadgets: ModuleType) -> None:
    recorder = Recorder(201)
    with _client(gadgets, recorder) as client:
        with pytest.raises(InvalidArgumentError) as raw:
            client.create_gadget({"name": "lamp"}, content_type="text/csv")
        with pytest.raises(InvalidArgumentError) as json_body:
            client.create_gadget("name,secretCode\n", content_type="application/json")
    assert raw.value.argument == "gadget" and json_body.value.argument.startswith("gadget")
    assert recorder.requests == []


async def test_the_async_client_chooses_media_types_the_same_way(gadgets: ModuleType) -> None:
    recorder = Recorder(201)
    async with _async_client(gadgets, recorder) as client:
        await client.create_gadget("lamp,x\n", content_type="text/csv")
        await client.create_gadget({"name": "lamp", "secretCode": "x"})
    assert [r.headers["content-type"] for r in recorder.requests] == ["text/csv", "application/json"]


# -- readOnly and writeOnly ------------------------------------------------------------------------


def test_a_fetched_model_sent_back_leaves_its_read_only_fields_out(gadgets: ModuleType) -> None:
    recorder = Recorder(200)
    with _client(gadgets, recorder) as client:
        fetched = client.get_gadget("g1")  # no secretCode: write-only, never expected back
        assert fetched.id == "g1" and fetched.secret_code is UNSET
        fetched.secret_code = "s3cr3t"
        client.create_gadget(fetched)
        client.create_gadget(fetched, content_type="application/x-www-form-urlencoded")
        client.create_gadget({"id": "forged", "name": "lamp", "secretCode": "x"})
    json_body, form_body, mapping_body = recorder.requests[1:]
    assert json.loads(json_body.content) == {"name": "lamp", "secretCode": "s3cr3t"}
    assert dict(parse_qsl(form_body.content.decode())) == {"name": "lamp", "secretCode": "s3cr3t"}
    assert json.loads(mapping_body.content) == {"name": "lamp", "secretCode": "x"}


def test_read_only_multipart_fields_are_not_sent(gadgets: ModuleType) -> None:
    recorder = Recorder(201)
    with _client(gadgets, recorder) as client:
        client.create_gadget(
            gadgets.models.GadgetUpload(id="g9", name="lamp", photo=b"png"),
            content_type="multipart/form-data",
        )
    assert set(_parts(recorder.last)) == {"name", "photo"}


def test_required_is_read_per_direction(gadgets: ModuleType) -> None:
    import attrs

    models = gadgets.models
    # Requests reach Gadget: its read-only id is not the caller's to give.
    assert attrs.fields_dict(models.Gadget)["id"].default is not attrs.NOTHING
    # Responses reach Gadget: its write-only secretCode is not expected back.
    assert models.Gadget.from_json(json.dumps({"name": "lamp", "id": "g1"})).name == "lamp"
    # Only responses reach GadgetSummary: a summary without its read-only id is refused.
    assert attrs.fields_dict(models.GadgetSummary)["id"].default is attrs.NOTHING
    # Only requests reach Credentials: the write-only password is still required on the way out.
    assert attrs.fields_dict(models.Credentials)["password"].default is attrs.NOTHING


def test_a_response_without_a_read_only_field_it_requires_is_refused(gadgets: ModuleType) -> None:
    from iotclients.core.errors import APIResponseValidationError

    recorder = Recorder(200, json_body={"uses": 3})
    with _client(gadgets, recorder) as client, pytest.raises(APIResponseValidationError):
        client.get_gadget_summary("g1")


def test_a_request_without_a_write_only_field_it_requires_is_refused(gadgets: ModuleType) -> None:
    recorder = Recorder(200, json_body={"token": "t"})
    with _client(gadgets, recorder) as client:
        with pytest.raises(InvalidArgumentError) as caught:
            client.open_session({"user": "ada"})
        assert client.open_session({"user": "ada", "password": "pw"}).token == "t"
    assert caught.value.argument.startswith("credentials") and "password" in str(caught.value)
    assert len(recorder.requests) == 1


def test_model_docstrings_say_which_fields_travel_one_way(gadgets: ModuleType) -> None:
    doc = gadgets.models.Gadget.__doc__ or ""
    lines = {line.strip().split(" ", 1)[0]: line for line in doc.splitlines() if line.strip()}
    assert "read-only" in lines["id"] and "never sent" in lines["id"]
    assert "read-only" in lines["created_at"]
    assert "write-only" in lines["secret_code"] and "never returned" in lines["secret_code"]
    assert "only" not in lines["name"]


# -- deprecated ------------------------------------------------------------------------------------


def _call_site_warnings(calls: Any) -> list[warnings.WarningMessage]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")  # Python's default for DeprecationWarning outside __main__
        calls()
    return [w for w in caught if issubclass(w.category, DeprecationWarning)]


def test_a_deprecated_operation_warns_once_per_call_site_pointing_at_the_caller(gadgets: ModuleType) -> None:
    recorder = Recorder(200, json_body=[GADGET])
    with _client(gadgets, recorder) as client:

        def calls() -> None:
            for _ in range(3):
                client.find_gadgets_legacy(name="lamp")  # one call site, three calls
            client.find_gadgets_legacy()  # another call site

        caught = _call_site_warnings(calls)
    assert len(recorder.requests) == 4  # warned, and still sent
    assert [Path(w.filename).name for w in caught] == ["test_request_side.py"] * 2
    assert caught[0].lineno != caught[1].lineno
    assert "find_gadgets_legacy() is deprecated" in str(caught[0].message)


def test_a_deprecated_parameter_warns_only_when_passed(gadgets: ModuleType) -> None:
    recorder = Recorder(200, json_body="note\n")
    with _client(gadgets, recorder) as client:
        quiet = _call_site_warnings(lambda: client.list_notes("g1"))
        loud = _call_site_warnings(lambda: client.list_notes("g1", since="2026-01-01"))
    assert quiet == []
    assert len(loud) == 1 and "'since' is deprecated" in str(loud[0].message)
    assert Path(loud[0].filename).name == "test_request_side.py"
    assert recorder.requests[1].url.params["since"] == "2026-01-01"


async def test_the_async_twin_warns_at_the_awaiting_line(gadgets: ModuleType) -> None:
    recorder = Recorder(200, json_body=[GADGET])
    async with _async_client(gadgets, recorder) as client:
        with pytest.warns(DeprecationWarning, match="find_gadgets_legacy") as caught:
            await client.find_gadgets_legacy(colour="red")
    messages = sorted(str(w.message) for w in caught)
    assert len(messages) == 2 and "'colour' is deprecated" in messages[1]
    assert {Path(w.filename).name for w in caught} == {"test_request_side.py"}


def test_docstrings_say_what_is_deprecated_and_how_bodies_are_chosen(gadgets: ModuleType) -> None:
    client = gadgets.client.GadgetsClient
    assert "Deprecated" in (client.find_gadgets_legacy.__doc__ or "")
    assert "``colour`` is deprecated" in (client.find_gadgets_legacy.__doc__ or "")
    assert "deprecated" not in (client.get_gadget.__doc__ or "").lower()
    create = client.create_gadget.__doc__ or ""
    assert "``content_type=``" in create and "``text/csv``" in create and "``multipart/form-data``" in create
    assert "optional" in (client.touch_gadget.__doc__ or "")
