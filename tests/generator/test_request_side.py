"""The request side of OpenAPI, end to end: tests/generator/specs/request_side.openapi.yaml is
generated here and its client is driven against a recording transport.

Covered: optional request bodies, one body in several media types chosen per call, deprecated
operations and parameters, read-only and write-only properties, and declared response headers.
"""

from __future__ import annotations

import datetime
import importlib
import json
import os
import sys
import typing
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

from generator.vendors import VENDORS
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
    """Records every request; answers with ``status``, ``json_body`` (text when a str), ``headers``."""

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
    # Form fields have no order a server may rely on; each goes once, by its wire name.
    assert sorted(parse_qsl(recorder.last.content.decode())) == [
        ("name", "lamp"),
        ("note", "a b&c"),
        ("secretCode", "s3cr3t"),
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


# -- response headers: with_raw_response -----------------------------------------------------------

CREATED_HEADERS = {
    "Location": "/gadgets/g1",
    "X-Rate-Limit-Remaining": "42",
    "X-Expires-At": "2026-01-02T03:04:05Z",
    "X-Trace-Ids": "a1, b2,c3",
    "X-Cached": "false",
    "X-Request-Id": "req-7",
    "X-Undeclared": "kept in headers only",
}


def test_the_raw_response_carries_status_headers_request_id_and_the_typed_value(gadgets: ModuleType) -> None:
    recorder = Recorder(201, headers=CREATED_HEADERS)
    with _client(gadgets, recorder) as client:
        plain = client.create_gadget({"name": "lamp", "secretCode": "x"})
        raw = client.with_raw_response.create_gadget({"name": "lamp", "secretCode": "x"})
    assert raw.status_code == 201
    assert isinstance(raw.headers, httpx.Headers) and raw.headers["x-undeclared"] == "kept in headers only"
    assert raw.request_id == "req-7"
    assert isinstance(raw.parsed, gadgets.models.Gadget) and raw.parsed == plain
    assert raw.declared_headers == {
        "Location": "/gadgets/g1",
        "X-Rate-Limit-Remaining": 42,
        "X-Expires-At": datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
        "X-Trace-Ids": ["a1", "b2", "c3"],
        "X-Cached": False,
    }
    first, second = recorder.requests  # the raw call sends exactly what the plain call sends
    assert (first.method, first.url, first.content) == (second.method, second.url, second.content)
    assert first.headers["content-type"] == second.headers["content-type"]
    assert "42" not in repr(raw) and "gadgets/g1" not in repr(raw)


def test_declared_headers_hold_only_what_the_response_has(gadgets: ModuleType) -> None:
    required_only = {"Location": "/gadgets/g1", "X-Rate-Limit-Remaining": "0"}
    with _client(gadgets, Recorder(201, headers=required_only)) as client:
        raw = client.with_raw_response.create_gadget(b"lamp,x\n", content_type="text/csv")
    assert raw.declared_headers == {"Location": "/gadgets/g1", "X-Rate-Limit-Remaining": 0}
    with _client(gadgets, Recorder(204, headers={"ETag": '"v2"'})) as client:
        touched = client.with_raw_response.touch_gadget("g1")
    assert touched.status_code == 204 and touched.parsed is None
    assert touched.declared_headers == {"ETag": '"v2"'}
    with _client(gadgets, Recorder(204)) as client:  # the same operation, a response without it
        assert client.with_raw_response.touch_gadget("g1").declared_headers == {}


@pytest.mark.parametrize(
    ("headers", "named"),
    [
        ({"Location": "/g"}, "X-Rate-Limit-Remaining header is missing"),
        ({"Location": "/g", "X-Rate-Limit-Remaining": "many"}, "X-Rate-Limit-Remaining header"),
        ({"Location": "/g", "X-Rate-Limit-Remaining": "1", "X-Expires-At": "soon"}, "X-Expires-At header"),
    ],
)
def test_a_declared_header_that_breaks_the_spec_is_a_validation_error(
    gadgets: ModuleType, headers: dict[str, str], named: str
) -> None:
    from iotclients.core.errors import APIResponseValidationError

    with (
        _client(gadgets, Recorder(201, headers=headers)) as client,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        client.with_raw_response.create_gadget({"name": "lamp", "secretCode": "x"})
    assert named in str(caught.value)


def test_operations_without_declared_headers_have_an_empty_mapping(gadgets: ModuleType) -> None:
    with _client(gadgets, Recorder(200, headers={"X-Request-Id": "r1", "ETag": "e"})) as client:
        raw = client.with_raw_response.get_gadget("g1")
    assert raw.declared_headers == {} and raw.request_id == "r1" and raw.parsed.id == "g1"


async def test_the_async_raw_response(gadgets: ModuleType) -> None:
    recorder = Recorder(201, headers=CREATED_HEADERS)
    async with _async_client(gadgets, recorder) as client:
        raw = await client.with_raw_response.create_gadget(
            {"name": "lamp", "secretCode": "x"}, content_type="application/x-www-form-urlencoded"
        )
    async with _async_client(gadgets, Recorder(200, json_body=[GADGET])) as client:
        with pytest.warns(DeprecationWarning) as caught:
            legacy = await client.with_raw_response.find_gadgets_legacy()
    assert raw.declared_headers["X-Rate-Limit-Remaining"] == 42 and raw.parsed.name == "lamp"
    assert recorder.requests[0].headers["content-type"] == "application/x-www-form-urlencoded"
    assert legacy.parsed[0].id == "g1" and Path(caught[0].filename).name == "test_request_side.py"


def test_every_raw_method_annotation_resolves(gadgets: ModuleType) -> None:
    raw_module = importlib.import_module(f"{PACKAGE}.gadgets.raw_responses")
    namespace = {name: getattr(gadgets.models, name) for name in dir(gadgets.models) if name[:1].isupper()}
    namespace.update(vars(raw_module))
    for cls in (raw_module.GadgetsClientRawResponses, raw_module.AsyncGadgetsClientRawResponses):
        methods = [m for name, m in vars(cls).items() if callable(m) and not name.startswith("__")]
        for method in methods:
            hints = typing.get_type_hints(method, localns=namespace)
            assert typing.get_origin(hints["return"]) is raw_module.RawResponse
        assert len(methods) == 7
    headers = typing.get_type_hints(raw_module.CreateGadgetHeaders)
    assert headers["X-Rate-Limit-Remaining"] is int and headers["X-Trace-Ids"] == list[str]
    assert raw_module.CreateGadgetHeaders.__required_keys__ == {"Location", "X-Rate-Limit-Remaining"}


@pytest.mark.slow
def test_mypy_sees_the_declared_header_types_and_the_media_type_choices(
    gadgets: ModuleType, tmp_path: Path
) -> None:
    import subprocess

    script = tmp_path / "use_gadgets.py"
    script.write_text(
        f"from {PACKAGE}.gadgets.client import GadgetsClient\n"
        "with GadgetsClient(base_url='https://x.test') as client:\n"
        "    raw = client.with_raw_response.create_gadget(b'x', content_type='text/csv')\n"
        "    reveal_type(raw.declared_headers['X-Rate-Limit-Remaining'])\n"
        "    reveal_type(raw.declared_headers.get('X-Expires-At'))\n"
        "    reveal_type(raw.parsed)\n"
        "    raw.declared_headers['X-Nope']\n"
        "    client.create_gadget(b'x', content_type='text/xml')\n"
        "    client.touch_gadget('g1')\n"
    )
    package_root = Path(gadgets.__file__).parents[2]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "MYPYPATH": str(package_root)},
        check=False,
    )
    lines = result.stdout.splitlines()
    assert 'Revealed type is "int"' in lines[0]
    assert 'Revealed type is "datetime.datetime | None"' in lines[1]
    assert "Gadget" in lines[2]
    assert 'no key "X-Nope"' in lines[3]
    assert "content_type" in lines[4] and "text/xml" in lines[4]
    assert "Found 2 errors" in result.stdout


# -- what goes out validates against the spec ------------------------------------------------------


def test_every_request_the_client_sends_validates_against_the_spec(gadgets: ModuleType) -> None:
    from iotclients_sandbox import OpenAPIValidator, load_spec

    recorder = Recorder(201, headers={"Location": "/g", "X-Rate-Limit-Remaining": "1"})
    fetched = gadgets.models.Gadget(id="g1", name="lamp", secret_code="s", note="n")
    with _client(gadgets, recorder) as client:
        for content_type in ("application/json", "application/x-www-form-urlencoded"):
            client.create_gadget(fetched, content_type=content_type)
        client.create_gadget({"name": "lamp", "photo": b"png"}, content_type="multipart/form-data")
        client.create_gadget("name,secretCode\nlamp,s\n", content_type="text/csv")
        client.create_gadget(b"\x00", content_type="application/octet-stream")
        client.touch_gadget("g1")
        client.touch_gadget("g1", {"reason": "audit"})
    validator = OpenAPIValidator(load_spec(SPEC))
    for request in recorder.requests:
        check = validator.validate_request(
            request.method,
            request.url.path,
            query={k: request.url.params.get_list(k) for k in request.url.params},
            headers=dict(request.headers),
            body=request.content,
            content_type=request.headers.get("content-type"),
        )
        assert check is not None and check.issues == (), (request, check and check.issues)
    assert len(recorder.requests) == 7


def test_the_sandbox_reads_required_per_direction_too() -> None:
    from iotclients_sandbox import OpenAPIValidator, load_spec

    validator = OpenAPIValidator(load_spec(SPEC))
    found = validator.find("GET", "/gadgets/g1")
    summary = validator.find("GET", "/gadgets/g1/summary")
    assert found is not None and summary is not None
    # A response need not carry the write-only secretCode the schema lists as required...
    gadget = json.dumps({"id": "g1", "name": "lamp"}).encode()
    assert validator.validate_response(found[0], 200, "application/json", gadget) == ()
    # ...but must carry a required read-only field.
    issues = validator.validate_response(summary[0], 200, "application/json", b'{"uses": 1}')
    assert [(i.field, i.rule) for i in issues] == [("id", "required")]
    # A request need not carry the read-only id, but must carry the write-only secretCode.
    created = validator.validate_request(
        "POST", "/gadgets", body=b'{"name": "lamp"}', content_type="application/json"
    )
    assert created is not None and [(i.field, i.rule) for i in created.issues] == [("secretCode", "required")]


# -- every vendor has it ---------------------------------------------------------------------------


def test_a_vendor_client_has_raw_responses_with_its_credentials_and_retries() -> None:
    from iotclients.oden import OdenClient
    from iotclients.oden.models import Factory, Match

    answers = iter(
        [httpx.Response(503), httpx.Response(200, json=[{"name": "A"}], headers={"X-Request-Id": "r9"})]
    )
    sent: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return next(answers)

    with OdenClient("key-1", base_url="https://oden.test", transport=httpx.MockTransport(reply)) as oden:
        oden._sleep = lambda seconds: None  # type: ignore[method-assign]
        raw = oden.with_raw_response.search_factories(Factory(match=Match.ALL))
    assert [r.headers["Authorization"] for r in sent] == ["Token key-1", "Token key-1"]  # retried: idempotent
    assert raw.status_code == 200 and raw.request_id == "r9" and raw.declared_headers == {}
    assert [factory.name for factory in raw.parsed] == ["A"]


@pytest.mark.parametrize("vendor", sorted(n for n, v in VENDORS.items() if v.kind == "openapi"))
def test_every_operation_of_every_vendor_has_a_raw_twin(vendor: str) -> None:
    client = importlib.import_module(f"iotclients_generated.{vendor}.client")
    raw = importlib.import_module(f"iotclients_generated.{vendor}.raw_responses")
    for name in (VENDORS[vendor].sync_base, VENDORS[vendor].async_base):
        base, twin = getattr(client, name), getattr(raw, name + "RawResponses")
        operations = {n for n, m in vars(base).items() if callable(m) and not n.startswith("__")}
        pagers = {n for n in operations if n.startswith("iter_") or n.endswith("_pages")}
        raw_operations = {n for n, m in vars(twin).items() if callable(m) and not n.startswith("__")}
        assert raw_operations == operations - pagers and raw_operations
        assert isinstance(base.with_raw_response, property)
