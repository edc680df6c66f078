"""Multipart uploads: streamer reports (binary or v2 JSON) and events with a data file.

The form is parsed with the standard library's MIME parser, which keeps the sandbox free of a
multipart dependency. A report's points land in the streams of the reporting device (the
stream's variable is the report's ``stream`` id), timed as the server times them: the report's
sent time minus how long before sending the device took each reading.
"""

from __future__ import annotations

import gzip
import json
import uuid
from collections.abc import Mapping
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from iotclients_sandbox.iotile.binary_reports import parse_binary_report
from iotclients_sandbox.iotile.calls import Call, IOTileError, Reply, UploadedFile, parse_time
from iotclients_sandbox.iotile.events import Events
from iotclients_sandbox.iotile.records import Device, StreamerReport
from iotclients_sandbox.iotile.series import Point
from iotclients_sandbox.iotile.state import IOTileState, stream_slug
from iotclients_sandbox.iotile.views import format_time

__all__ = ["Uploads", "parse_multipart"]


def parse_multipart(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, UploadedFile]]:
    """Form fields and files of a ``multipart/form-data`` body (400 when it does not parse)."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise IOTileError.detail(400, "Multipart form parse error - expected a multipart/form-data body.")
    fields: dict[str, str] = {}
    files: dict[str, UploadedFile] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = _payload(part)
        filename = part.get_filename()
        if filename is not None:
            files[name] = UploadedFile(filename, part.get_content_type(), payload)
        else:
            fields[name] = payload.decode("utf-8", errors="replace")
    return fields, files


def _payload(part: Message) -> bytes:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


class Uploads:
    def __init__(self, state: IOTileState, events: Events) -> None:
        self.state = state
        self.events = events

    def upload_streamer_report(self, call: Call) -> Reply:
        user = call.require_user()
        upload = call.files.get("file")
        if upload is None:
            raise IOTileError(400, {"error": "missing request.data['file']"})
        sent_text = call.arg("timestamp")
        if not sent_text:
            raise IOTileError(400, {"error": "missing timestamp argument"})
        sent = parse_time(sent_text, "timestamp")
        assert sent is not None
        extension = upload.filename.rsplit(".", 1)[-1].lower() if "." in upload.filename else ""
        if extension in ("bin", ""):
            report = parse_binary_report(upload.data)
        elif extension == "json":
            report = _json_object(upload.data, "report")
        else:
            # msgpack (.mp) would need a dependency the sandbox does without.
            raise IOTileError(
                400,
                {
                    "error": f"binary (.bin) and v2 JSON (.json) reports are accepted by this sandbox, "
                    f"got {upload.filename!r} (msgpack reports are not supported)"
                },
            )
        if report.get("format") != "v2":
            raise IOTileError(
                400, {"error": f"unknown report format {report.get('format')!r} (expected 'v2')"}
            )
        device = self._device(report.get("device"))
        device_sent = int(report.get("device_sent_timestamp") or 0)
        data = report.get("data") or []
        events = report.get("events") or []
        if not isinstance(data, list) or not isinstance(events, list):
            raise IOTileError(400, {"error": "'data' and 'events' must be lists"})
        for item in data:
            stream = self._stream(device, item)
            when = self._time(item, sent, device_sent)
            point = Point(
                timestamp=when,
                value=float(item["value"]),
                id=self.state.next_id(),
                streamer_local_id=item.get("streamer_local_id"),
                device_timestamp=item.get("device_timestamp"),
            )
            stream.series.add(point)
        for item in events:
            stream = self._stream(device, item)
            event = self.events.new_event(
                stream.slug,
                format_time(self._time(item, sent, device_sent)) or "",
                dict(item.get("extra_data") or {}),
            )
            event.streamer_local_id = item.get("streamer_local_id")
            event.device_timestamp = item.get("device_timestamp")
        index = int(report.get("streamer_index", 0))
        streamer_slug = f"t--0000{device.slug[7:]}--{index:04x}"
        streamer = self.state.streamers.get(streamer_slug)
        ids = [
            int(i["streamer_local_id"]) for i in [*data, *events] if i.get("streamer_local_id") is not None
        ]
        if streamer is not None and ids:
            streamer.last_id = max([streamer.last_id or 0, *ids])
        record = StreamerReport(
            id=uuid.uuid4(),
            streamer=streamer_slug,
            sent_timestamp=sent,
            created_by=user.username,
            original_first_id=report.get("lowest_id", min(ids, default=None)),
            original_last_id=report.get("highest_id", max(ids, default=None)),
            device_sent_timestamp=device_sent,
            incremental_id=report.get("incremental_id"),
            count=len(data) + len(events),
            created_on=sent,
        )
        self.state.reports[record.id] = record
        return Reply(201, {"count": record.count})

    def upload_event(self, call: Call) -> Reply:
        call.require_user()
        upload = call.files.get("file")
        if upload is None:
            raise IOTileError(400, {"error": "missing request.data['file']"})
        form = call.form
        for name in ("stream", "timestamp"):
            if not form.get(name):
                raise IOTileError(400, {name: ["This field is required."]})
        raw = upload.data
        if raw[:2] == b"\x1f\x8b":  # gzipped JSON is accepted as well
            raw = gzip.decompress(raw)
        _json_object(raw, "file")
        extra: dict[str, Any] = {}
        if form.get("encoded_extra_data"):
            extra = _json_object(form["encoded_extra_data"].encode(), "encoded_extra_data")
        event = self.events.new_event(form["stream"], form["timestamp"], extra)
        event.ext, event.has_raw_data, event.raw = "json", True, raw
        event.device_timestamp = _optional_int(form, "device_timestamp")
        event.streamer_local_id = _optional_int(form, "streamer_local_id")
        return Reply(
            201,
            {
                "id": event.id,
                "stream": event.stream,
                "device_timestamp": event.device_timestamp,
                "timestamp": format_time(event.timestamp),
                "streamer_local_id": event.streamer_local_id,
                "encoded_extra_data": form.get("encoded_extra_data"),
            },
        )

    def _device(self, value: Any) -> Device:
        device_id = value if isinstance(value, int) else None
        if isinstance(value, str):
            found = self.state.device_by_slug(value)
            device_id = found.id if found is not None else None
        device = self.state.devices.get(device_id) if device_id is not None else None
        if device is None or device.project is None:
            raise IOTileError(400, {"error": f"device {value!r} is unknown or not claimed"})
        return device

    def _stream(self, device: Device, item: Mapping[str, Any]) -> Any:
        lid = item.get("stream")
        lid = int(lid, 16) if isinstance(lid, str) else lid
        project = self.state.projects[device.project] if device.project is not None else None
        stream = (
            self.state.streams.get(stream_slug(project.gid, device.id, int(lid)))
            if project and isinstance(lid, int)
            else None
        )
        if stream is None:
            raise IOTileError(400, {"error": f"device {device.slug} has no stream {item.get('stream')!r}"})
        return stream

    @staticmethod
    def _time(item: Mapping[str, Any], sent: float, device_sent: int) -> float:
        if item.get("timestamp"):
            moment = parse_time(str(item["timestamp"]), "timestamp")
            assert moment is not None
            return moment
        return sent - (device_sent - int(item.get("device_timestamp") or 0))


def _json_value(data: bytes, name: str) -> Any:
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise IOTileError(400, {"error": f"{name} is not valid JSON"}) from None


def _json_object(data: bytes, name: str) -> dict[str, Any]:
    value = _json_value(data, name)
    if not isinstance(value, dict):
        raise IOTileError(400, {"error": f"{name} must be a JSON object"})
    return value


def _optional_int(form: Mapping[str, str], name: str) -> int | None:
    text = form.get(name)
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise IOTileError(400, {name: ["A valid integer is required."]}) from None
