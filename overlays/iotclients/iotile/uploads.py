"""Uploads of streamer reports and event data files, streamed from disk with progress reports.

``upload_streamer_report(client, path, timestamp=...)`` is iotile-cloud's
``api.streamer.report.upload_file(path, timestamp=...)``: the file goes in the ``file`` part and
the sent time in the ``timestamp`` query parameter; the server picks its parser by the file
name's extension (``.bin`` or none: binary; ``.json``/``.mp``: the v2 format), so bytes need an
explicit ``filename``. ``upload_event(...)`` is ``api.event.upload.upload_file(path, data=...)``
with the extra data JSON-encoded for you. ``on_progress(sent, total)`` is called as the body is
read by the transport, so a large file never sits whole in memory and its progress can be shown.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from iotclients.core.errors import InvalidArgumentError

from .stream_data import time_arg

if TYPE_CHECKING:
    from iotclients_generated.iotile.models import (
        EventUpload,
        EventUploadResult,
        StreamerReportUpload,
        StreamerReportUploadResult,
    )

    from ._client import AsyncIOTileClient, IOTileClient

__all__ = [
    "ProgressCallback",
    "UploadProgress",
    "upload_event",
    "upload_event_async",
    "upload_streamer_report",
    "upload_streamer_report_async",
]

ProgressCallback = Callable[[int, int], None]
"""Called with (bytes read so far, total bytes) as the upload is sent."""

Uploadable = str | os.PathLike[str] | bytes | IO[bytes]


class UploadProgress(io.RawIOBase):
    """A read-only view of a binary file that reports how much of it has been read."""

    def __init__(self, file: IO[bytes], total: int, on_progress: ProgressCallback | None) -> None:
        super().__init__()
        self._file: IO[bytes] = file
        self.total: int = total
        self.sent: int = 0
        self._on_progress: ProgressCallback | None = on_progress
        self.name: Any = getattr(file, "name", "upload")

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._file.seekable()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        position = self._file.seek(offset, whence)
        self.sent = position  # a rewind (e.g. before a resend) restarts the count
        return position

    def tell(self) -> int:
        return self._file.tell()

    def read(self, size: int = -1) -> bytes:
        chunk = self._file.read(size)
        if chunk:
            self.sent += len(chunk)
            if self._on_progress is not None:
                self._on_progress(self.sent, self.total)
        return chunk

    def readinto(self, buffer: Any) -> int:
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _open(
    file: Uploadable, filename: str | None, on_progress: ProgressCallback | None, files: contextlib.ExitStack
) -> tuple[str, IO[bytes], str]:
    """``(filename, reader, media type)`` for a file part; files opened here are closed by ``files``."""
    if isinstance(file, bytes | bytearray):
        if not filename:
            raise InvalidArgumentError("filename", "is required with bytes (its extension picks the parser)")
        handle: IO[bytes] = io.BytesIO(bytes(file))
        total = len(file)
    elif isinstance(file, str | os.PathLike):
        path = Path(file)
        if not path.is_file():
            raise InvalidArgumentError("file", f"names no readable file: {path}")
        handle = files.enter_context(path.open("rb"))
        total = path.stat().st_size
        filename = filename or path.name
    elif hasattr(file, "read"):
        handle = file
        position = handle.tell() if handle.seekable() else 0
        total = handle.seek(0, io.SEEK_END) - position if handle.seekable() else 0
        if handle.seekable():
            handle.seek(position)
        filename = filename or Path(str(getattr(file, "name", "file"))).name
    else:
        raise InvalidArgumentError("file", "must be a path, bytes or a binary file object")
    media = "application/json" if str(filename).lower().endswith(".json") else "application/octet-stream"
    reader = cast("IO[bytes]", UploadProgress(handle, total, on_progress))
    return str(filename), reader, media


def _report_body(
    file: Uploadable,
    timestamp: datetime.datetime | str,
    filename: str | None,
    on_progress: ProgressCallback | None,
    files: contextlib.ExitStack,
) -> tuple[StreamerReportUpload, str]:
    from iotclients_generated.iotile.models import StreamerReportUpload

    sent = time_arg(timestamp, "timestamp")
    if sent is None:
        raise InvalidArgumentError("timestamp", "is required: when the report was sent")
    return StreamerReportUpload(file=_open(file, filename, on_progress, files)), sent


def _event_body(
    file: Uploadable,
    *,
    stream: str,
    timestamp: datetime.datetime | str,
    extra_data: Mapping[str, Any] | None,
    device_timestamp: int | None,
    streamer_local_id: int | None,
    filename: str | None,
    on_progress: ProgressCallback | None,
    files: contextlib.ExitStack,
) -> EventUpload:
    from iotclients.core.model import UNSET
    from iotclients_generated.iotile.models import EventUpload

    from .slugs import IOTileStreamSlug

    when = time_arg(timestamp, "timestamp")
    if when is None:
        raise InvalidArgumentError("timestamp", "is required")
    try:
        encoded = json.dumps(dict(extra_data)) if extra_data is not None else None
    except (TypeError, ValueError) as exc:
        raise InvalidArgumentError("extra_data", f"must be JSON-serialisable: {exc}") from None
    return EventUpload(
        file=_open(file, filename, on_progress, files),
        stream=str(IOTileStreamSlug(stream)),
        timestamp=when,
        encoded_extra_data=encoded if encoded is not None else UNSET,
        device_timestamp=device_timestamp if device_timestamp is not None else UNSET,
        streamer_local_id=streamer_local_id if streamer_local_id is not None else UNSET,
    )


def upload_streamer_report(
    client: IOTileClient,
    file: Uploadable,
    *,
    timestamp: datetime.datetime | str,
    filename: str | None = None,
    on_progress: ProgressCallback | None = None,
) -> StreamerReportUploadResult:
    """Upload a streamer report; answers how many points and events it held (``.count``)."""
    with contextlib.ExitStack() as files:
        body, sent = _report_body(file, timestamp, filename, on_progress, files)
        return client.upload_streamer_report(body, timestamp=sent)


async def upload_streamer_report_async(
    client: AsyncIOTileClient,
    file: Uploadable,
    *,
    timestamp: datetime.datetime | str,
    filename: str | None = None,
    on_progress: ProgressCallback | None = None,
) -> StreamerReportUploadResult:
    """``upload_streamer_report`` for the async client."""
    with contextlib.ExitStack() as files:
        body, sent = _report_body(file, timestamp, filename, on_progress, files)
        return await client.upload_streamer_report(body, timestamp=sent)


def upload_event(
    client: IOTileClient,
    file: Uploadable,
    *,
    stream: str,
    timestamp: datetime.datetime | str,
    extra_data: Mapping[str, Any] | None = None,
    device_timestamp: int | None = None,
    streamer_local_id: int | None = None,
    filename: str | None = None,
    on_progress: ProgressCallback | None = None,
) -> EventUploadResult:
    """Upload an event of ``stream`` with a data file (JSON or gzipped JSON) and extra data."""
    with contextlib.ExitStack() as files:
        body = _event_body(
            file,
            stream=stream,
            timestamp=timestamp,
            extra_data=extra_data,
            device_timestamp=device_timestamp,
            streamer_local_id=streamer_local_id,
            filename=filename,
            on_progress=on_progress,
            files=files,
        )
        return client.upload_event(body)


async def upload_event_async(
    client: AsyncIOTileClient,
    file: Uploadable,
    *,
    stream: str,
    timestamp: datetime.datetime | str,
    extra_data: Mapping[str, Any] | None = None,
    device_timestamp: int | None = None,
    streamer_local_id: int | None = None,
    filename: str | None = None,
    on_progress: ProgressCallback | None = None,
) -> EventUploadResult:
    """``upload_event`` for the async client."""
    with contextlib.ExitStack() as files:
        body = _event_body(
            file,
            stream=stream,
            timestamp=timestamp,
            extra_data=extra_data,
            device_timestamp=device_timestamp,
            streamer_local_id=streamer_local_id,
            filename=filename,
            on_progress=on_progress,
            files=files,
        )
        return await client.upload_event(body)


_REPORT_PATH = "/api/v1/streamer/report/"
_EVENT_PATH = "/api/v1/event/upload/"


def resource_upload(
    path: str,
    file: Uploadable,
    data: Mapping[str, Any] | None,
    query: dict[str, Any],
    files: contextlib.ExitStack,
) -> tuple[str, Any, dict[str, Any]]:
    """What iotile-cloud's ``upload_file``/``upload_fp`` on a resource path means here: the
    operation, its body and its other arguments (only the two upload endpoints take files)."""
    if path == _REPORT_PATH:
        if data:
            raise InvalidArgumentError("data", "a streamer report takes no form fields, only ?timestamp=")
        timestamp = query.pop("timestamp", None)
        if query:
            raise InvalidArgumentError(next(iter(query)), "is not a parameter of a streamer report upload")
        if timestamp is None:
            raise InvalidArgumentError("timestamp", "is required: when the report was sent")
        body, sent = _report_body(file, timestamp, None, None, files)
        return "upload_streamer_report", body, {"timestamp": sent}
    if path == _EVENT_PATH:
        if query:
            raise InvalidArgumentError(
                next(iter(query)), "event uploads take form fields (data=...), not query"
            )
        return "upload_event", {"file": _open(file, None, None, files), **dict(data or {})}, {}
    raise InvalidArgumentError("resource", f"only streamer/report/ and event/upload/ take files, not {path}")
