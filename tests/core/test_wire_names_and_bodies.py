"""camelCase wire names, form and multipart bodies, CSV and binary replies, end to end through a
generated client and a recording transport."""

from __future__ import annotations

import io
import json
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from iotclients.core.errors import InvalidArgumentError


class Recorder:
    def __init__(self, reply: httpx.Response | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.reply = reply or httpx.Response(200, json={"widgetId": "w1"})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.reply


def _client(widgets: ModuleType, recorder: Recorder) -> Any:
    return widgets.client.WidgetsClient(
        base_url="https://widgets.test", transport=httpx.MockTransport(recorder)
    )


def _parts(request: httpx.Request) -> dict[str, tuple[str | None, bytes]]:
    """Multipart parts by name: (filename, content)."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        parts[str(name)] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
    return parts


def test_camel_case_json_becomes_snake_case_attributes_and_back(widgets: ModuleType) -> None:
    widget_cls = widgets.models.Widget
    wire = {
        "widgetId": "w1",
        "displayName": "First",
        "createdAt": "2026-01-02T03:04:05Z",
        "parts": [{"partNo": 7, "label": "axle"}],
        "labels": {"left": {"partNo": 1}},
        "extra": {"colorCode": "red", "undocumented": [1, 2]},
    }
    widget = widget_cls.from_json(json.dumps(wire))
    assert widget.widget_id == "w1" and widget.display_name == "First"
    assert widget.parts[0].part_no == 7
    assert widget.extra.color_code == "red" and widget.extra["undocumented"] == [1, 2]
    assert widget.labels["left"] == {"partNo": 1}  # a map's entries are kept, not dropped
    round_trip = widget.to_dict()
    assert round_trip == {**wire, "createdAt": "2026-01-02T03:04:05Z"}
    assert widget_cls.from_dict(round_trip) == widget


def test_json_bodies_go_out_in_wire_names_from_models_or_either_spelling(widgets: ModuleType) -> None:
    recorder = Recorder()
    with _client(widgets, recorder) as client:
        client.replace_widget(widgets.models.Widget(widget_id="w1", display_name="A"), "w1")
        client.replace_widget({"widgetId": "w1", "parts": [{"partNo": 2}]}, "w1")
        client.replace_widget({"widget_id": "w1", "parts": [{"part_no": 3}]}, "w1")
    sent = [json.loads(r.content) for r in recorder.requests]
    assert sent == [
        {"widgetId": "w1", "displayName": "A"},
        {"widgetId": "w1", "parts": [{"partNo": 2}]},
        {"widgetId": "w1", "parts": [{"partNo": 3}]},
    ]
    assert recorder.requests[0].url.path == "/widgets/w1"


def test_a_misspelt_key_is_refused_by_name_before_sending(widgets: ModuleType) -> None:
    recorder = Recorder()
    with _client(widgets, recorder) as client, pytest.raises(InvalidArgumentError) as caught:
        client.replace_widget({"widgetId": "w1", "parts": [{"partNumber": 2}]}, "w1")
    assert caught.value.argument == "widget.parts[0].partNumber"
    assert "not a field of Part" in str(caught.value)
    assert recorder.requests == []


def test_form_bodies_are_url_encoded_with_repeated_keys(widgets: ModuleType) -> None:
    recorder = Recorder(httpx.Response(200, json={"access_token": "abc", "expires_in": 60}))
    with _client(widgets, recorder) as client:
        reply = client.create_token(
            {"grant_type": "client_credentials", "client_id": "demo", "scope": ["r", "w"]}
        )
    assert reply.access_token == "abc"
    request = recorder.requests[0]
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    pairs = parse_qsl(request.content.decode())
    # Fields go out in the model's order (required first); a list repeats its key in list order.
    assert sorted(pairs) == [
        ("clientId", "demo"),
        ("grant_type", "client_credentials"),
        ("scope", "r"),
        ("scope", "w"),
    ]
    assert [value for key, value in pairs if key == "scope"] == ["r", "w"]


def test_a_form_value_outside_its_enum_is_refused_before_sending(widgets: ModuleType) -> None:
    recorder = Recorder()
    with _client(widgets, recorder) as client, pytest.raises(InvalidArgumentError) as caught:
        client.create_token({"grant_type": "password", "clientId": "demo"})
    assert caught.value.argument.startswith("token_request")
    assert recorder.requests == []


def test_multipart_sends_files_from_bytes_paths_and_file_objects(widgets: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "report.bin"
    path.write_bytes(b"\x00\x01payload" * 1000)
    recorder = Recorder(httpx.Response(201, json={"widgetId": "w9"}))
    opened = io.BytesIO(b"from a file object")
    opened.name = "/data/stream.bin"
    with _client(widgets, recorder) as client:
        client.upload_report(
            {"file": b"raw bytes", "note": "n1", "sequence": 3}, "w9", "2026-01-01T00:00:00Z"
        )
        client.upload_report(widgets.models.ReportUpload(file=path), "w9", "t")
        client.upload_report({"file": opened}, "w9", "t")
        client.upload_report({"file": ("custom.json", b"{}", "application/json")}, "w9", "t")
    first, second, third, fourth = (_parts(r) for r in recorder.requests)
    assert first == {"file": ("upload", b"raw bytes"), "note": (None, b"n1"), "sequence": (None, b"3")}
    assert second == {"file": ("report.bin", path.read_bytes())}
    assert third == {"file": ("stream.bin", b"from a file object")}
    assert fourth == {"file": ("custom.json", b"{}")}
    assert recorder.requests[0].url.params["timestamp"] == "2026-01-01T00:00:00Z"


def test_a_file_opened_from_a_path_is_closed_after_the_call(
    widgets: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.bin"
    path.write_bytes(b"x" * 10)
    handles: list[Any] = []
    real_open = Path.open

    def tracking_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, *args, **kwargs)
        handles.append(handle)
        return handle

    monkeypatch.setattr(Path, "open", tracking_open)
    with _client(widgets, Recorder(httpx.Response(201, json={"widgetId": "w"}))) as client:
        client.upload_report({"file": path}, "w", "t")
    assert len(handles) == 1 and handles[0].closed


@pytest.mark.parametrize(
    ("body", "argument", "rule"),
    [
        ({"note": "no file"}, "report_upload.file", "is required"),
        ({"file": io.StringIO("text")}, "report_upload.file", "binary mode"),
        ({"file": 12}, "report_upload.file", "must be bytes"),
        ({"file": Path("/nonexistent/file")}, "report_upload.file", "names no readable file"),
        ({"file": b"x", "comment": "?"}, "report_upload.comment", "is not a field of ReportUpload"),
    ],
)
def test_bad_multipart_input_is_refused_before_sending(
    widgets: ModuleType, body: dict[str, Any], argument: str, rule: str
) -> None:
    recorder = Recorder()
    with _client(widgets, recorder) as client, pytest.raises(InvalidArgumentError) as caught:
        client.upload_report(body, "w", "t")
    assert caught.value.argument == argument
    assert rule in str(caught.value)
    assert recorder.requests == []


def test_csv_comes_back_as_text_and_binary_as_bytes(widgets: ModuleType) -> None:
    csv = httpx.Response(200, text="a,b\n1,2\n", headers={"content-type": "text/csv"})
    blob = httpx.Response(200, content=b"\x89PNG\x00", headers={"content-type": "application/octet-stream"})
    with _client(widgets, Recorder(csv)) as client:
        assert client.export_widget("w1") == "a,b\n1,2\n"
    with _client(widgets, Recorder(blob)) as client:
        assert client.download_blob("w1") == b"\x89PNG\x00"


def test_the_widgets_spec_passes_the_spec_lint() -> None:
    from generator.lint import lint_openapi
    from generator.specload import load_spec

    from .conftest import SPEC

    assert [str(f) for f in lint_openapi(load_spec(SPEC))] == []


def test_raw_bodies_take_bytes_or_text_and_the_callers_media_type(widgets: ModuleType) -> None:
    recorder = Recorder(httpx.Response(204))
    with _client(widgets, recorder) as client:
        assert client.upload_raw(b"\x00\x01", "w1", content_type="image/png") is None
        assert client.upload_raw("text", "w1", content_type="text/plain") is None
    assert [(r.headers["content-type"], r.content) for r in recorder.requests] == [
        ("image/png", b"\x00\x01"),
        ("text/plain", b"text"),
    ]


@pytest.mark.parametrize("content_type", ["", "*/*", "png"])
def test_a_raw_body_of_any_type_needs_a_concrete_media_type(widgets: ModuleType, content_type: str) -> None:
    recorder = Recorder()
    with _client(widgets, recorder) as client, pytest.raises(InvalidArgumentError) as caught:
        client.upload_raw(b"x", "w1", content_type=content_type)
    assert caught.value.argument == "content_type"
    assert recorder.requests == []


def test_a_csv_body_goes_out_as_csv_and_a_204_returns_none(widgets: ModuleType) -> None:
    recorder = Recorder(httpx.Response(204))
    with _client(widgets, recorder) as client:
        assert client.import_widgets("w1,First\n") is None
        with pytest.raises(InvalidArgumentError, match="must be bytes or str"):
            client.import_widgets(["w1"])  # type: ignore[arg-type]
    assert recorder.requests[0].headers["content-type"] == "text/csv"
    assert recorder.requests[0].content == b"w1,First\n"
    assert len(recorder.requests) == 1


def test_bracketed_list_fields_repeat_their_wire_name(widgets: ModuleType) -> None:
    recorder = Recorder(httpx.Response(205))
    with _client(widgets, recorder) as client:
        client.submit_batch(widgets.models.BatchForm(add="true", sn_list=["a", "b"], options=["x"]))
        client.submit_batch({"sn": "single"})
        client.submit_batch({"sn[]": ["c"]})
    # Sorting keeps each key's values in sent order: a list goes out in list order.
    sent = [sorted(parse_qsl(r.content.decode()), key=lambda pair: pair[0]) for r in recorder.requests]
    assert sent == [
        [("add", "true"), ("options[]", "x"), ("sn[]", "a"), ("sn[]", "b")],
        [("sn", "single")],
        [("sn[]", "c")],
    ]


def test_an_empty_reply_is_an_empty_value_of_the_declared_type_or_an_error(widgets: ModuleType) -> None:
    from iotclients.core.errors import APIResponseValidationError

    with _client(widgets, Recorder(httpx.Response(205))) as client:
        assert client.export_widget("w1") == ""  # a 205 where text/csv was declared: still a str
        assert client.download_blob("w1") == b""
        with pytest.raises(APIResponseValidationError, match="empty body"):
            client.replace_widget({"widgetId": "w1"}, "w1")


def test_operations_without_a_reply_body_accept_anything(widgets: ModuleType) -> None:
    recorder = Recorder(httpx.Response(204))
    with _client(widgets, recorder) as client:
        client.upload_raw(b"x", "w1", content_type="application/octet-stream")
        client.export_widget("w1")
    assert recorder.requests[0].headers["accept"] == "*/*"
    assert recorder.requests[1].headers["accept"] == "text/csv"


def test_fields_marked_secret_are_masked_in_reprs_and_everywhere_once_received(widgets: ModuleType) -> None:
    from iotclients.core.redaction import redact

    token = "tok-" + "7f3a9c" * 4
    recorder = Recorder(httpx.Response(200, json={"access_token": token, "expires_in": 60}))
    with _client(widgets, recorder) as client:
        reply = client.create_token({"grant_type": "client_credentials", "clientId": "demo"})
    assert reply.access_token == token
    assert token not in repr(reply) and "access_token=***" in repr(reply)
    assert "expires_in=60" in repr(reply)
    assert redact(f"Authorization: Bearer {token}") == "Authorization: Bearer ***"
