"""Streams and their data (``stream/{slug}/data/`` and ``data/?filter=``).

The two data endpoints differ on purpose, as the server does: ``stream/{slug}/data/`` clamps
``lastn`` into 1..100,000 and ignores junk, ``data/`` answers 400 outside 1..100,000; ``data/``
without a filter, or with an unknown one, answers an empty page.
"""

from __future__ import annotations

import heapq
import itertools
import uuid
from collections.abc import Iterator
from typing import Any, Final

from iotclients_sandbox.iotile.calls import Call, IOTileError, Reply, paginate, paginate_list, parse_time
from iotclients_sandbox.iotile.mdo_checks import checked_mdo_changes
from iotclients_sandbox.iotile.records import Stream
from iotclients_sandbox.iotile.series import Point, Series, Window
from iotclients_sandbox.iotile.state import IOTileState, stream_slug
from iotclients_sandbox.iotile.views import (
    stream_data_view,
    stream_id_data_view,
    stream_view,
)

__all__ = ["TimeSeries", "merge_windows"]

LASTN_MAX: Final = 100_000
_STREAM_FIELDS: Final = (
    "data_label",
    "enabled",
    "mdo_type",
    "multiplication_factor",
    "division_factor",
    "offset",
)
XLARGE: Final = {"default": 5000, "maximum": 20000}
LARGE: Final = {"default": 1000, "maximum": 10000}


class TimeSeries:
    def __init__(self, state: IOTileState) -> None:
        self.state = state

    def stream(self, call: Call) -> Stream:
        stream = self.state.stream_by_slug(call.path["slug"])
        if stream is None:
            raise IOTileError.detail(404, "Not found.")
        return stream

    # -- streams -------------------------------------------------------------------------------

    def list_streams(self, call: Call) -> Reply:
        call.require_user()
        streams = list(self.state.streams.values())
        if call.arg("project") is not None:
            project = self.state.project_by_ref(str(call.arg("project")))
            streams = [s for s in streams if project is not None and s.project is project]
        if call.arg("device") is not None:
            device = self.state.device_by_slug(str(call.arg("device")))
            if device is None:
                raise IOTileError(400, {"device": ["Not a valid device id."]})
            streams = [s for s in streams if s.device is device]
        if call.arg("variable") is not None:
            streams = [s for s in streams if s.variable.slug == call.arg("variable")]
        if call.arg("org") is not None:
            streams = [s for s in streams if s.project.org == call.arg("org")]
        if call.arg("enabled") is not None:
            enabled = str(call.arg("enabled")).lower() in ("true", "1")
            streams = [s for s in streams if s.enabled == enabled]
        if call.arg("virtual") == "1":
            streams = [s for s in streams if s.device is None]
        if call.arg("all") != "1":
            streams = [s for s in streams if s.device is None or s.device.active]
        return Reply(200, paginate_list(call, streams, stream_view, **XLARGE))

    def create_stream(self, call: Call) -> Reply:
        body = call.body or {}
        variable = self.state.variables.get(str(body["variable"]))
        if variable is None:
            raise IOTileError(400, {"variable": ["Variable not found."]})
        project = self.state.projects[variable.project]
        device = None
        if body.get("device"):
            device = self.state.device_by_slug(str(body["device"]))
            if device is None:
                raise IOTileError(400, {"device": ["Device not found."]})
        slug = stream_slug(project.gid, device.id if device else 0, variable.lid)
        if slug in self.state.streams:
            raise IOTileError(400, {"non_field_errors": [f"Stream {slug} already exists."]})
        stream = Stream(
            id=uuid.uuid4(),
            slug=slug,
            project=project,
            device=device,
            variable=variable,
            series=Series(),
            data_label=str(body.get("data_label", "")),
        )
        self.state.streams[slug] = stream
        return Reply(201, stream_view(stream))

    def get_stream(self, call: Call) -> Reply:
        return Reply(200, stream_view(self.stream(call)))

    def partial_update_stream(self, call: Call) -> Reply:
        stream = self.stream(call)
        body = call.body or {}
        # Checked before anything is stored: a refused request leaves the stream as it was.
        changes = checked_mdo_changes(stream, {key: body[key] for key in _STREAM_FIELDS if key in body})
        for key, value in changes.items():
            setattr(stream, key, value)
        return Reply(200, stream_view(stream))

    # -- data ----------------------------------------------------------------------------------

    def list_stream_data(self, call: Call) -> Reply:
        call.require_user()
        stream = self.stream(call)
        start, end = parse_time(call.arg("start"), "start"), parse_time(call.arg("end"), "end")
        window = stream.series.window(*self.masked(stream, start, end))
        lastn = call.int_arg("lastn")
        if lastn is not None:
            window = window.last(min(max(lastn, 1), LASTN_MAX))
        body = paginate(
            call,
            len(window),
            lambda offset, limit: [stream_id_data_view(stream, p) for p in window.slice(offset, limit)],
            **XLARGE,
        )
        return Reply(200, body)

    def list_data(self, call: Call) -> Reply:
        call.require_user()
        streams = self.filtered_streams(call)
        windows = self.windows(call, streams)
        lastn = self.lastn(call)
        low, high = call.int_arg("streamer_id_0"), call.int_arg("streamer_id_1")
        if len(windows) == 1 and lastn is None and low is None and high is None:
            stream, window = windows[0]
            body = paginate(
                call,
                len(window),
                lambda offset, limit: [stream_data_view(stream, p) for p in window.slice(offset, limit)],
                **LARGE,
            )
            return Reply(200, body)
        if low is None and high is None:
            total = sum(len(window) for _, window in windows)
            skip = max(0, total - lastn) if lastn is not None else 0

            def page_of(offset: int, limit: int) -> list[dict[str, Any]]:
                rows = itertools.islice(merge_windows(windows), skip + offset, skip + offset + limit)
                return [stream_data_view(stream, point) for stream, point in rows]

            return Reply(200, paginate(call, total - skip, page_of, **LARGE))
        rows = [
            (stream, point)
            for stream, point in merge_windows(windows)
            if (low is None or (point.streamer_local_id or 0) >= low)
            and (high is None or (point.streamer_local_id or 0) <= high)
        ]
        if lastn is not None:
            rows = rows[-lastn:]
        return Reply(200, paginate_list(call, rows, lambda row: stream_data_view(*row), **LARGE))

    def create_data(self, call: Call) -> Reply:
        call.require_user()
        created: list[dict[str, Any]] = []
        items = call.body if isinstance(call.body, list) else [call.body]
        prepared: list[tuple[Stream, Point]] = []
        for index, item in enumerate(items):
            stream = self.state.stream_by_slug(str(item["stream"]))
            if stream is None:
                raise IOTileError(400, {"stream": [f"Item {index}: stream not found."]})
            value = item.get("int_value", item.get("value"))
            if value is None:
                raise IOTileError(400, {"int_value": [f"Item {index}: int_value or value is required."]})
            timestamp = parse_time(str(item["timestamp"]), "timestamp")
            assert timestamp is not None
            point = Point(
                timestamp=timestamp,
                value=float(value),
                id=self.state.next_id(),
                streamer_local_id=item.get("streamer_local_id"),
                device_timestamp=item.get("device_timestamp"),
            )
            prepared.append((stream, point))
        for stream, point in prepared:  # all or nothing, as the server's atomic serializer
            stream.series.add(point)
            created.append(stream_data_view(stream, point))
        return Reply(201, created)

    def windows(self, call: Call, streams: list[Stream]) -> list[tuple[Stream, Window]]:
        """The points of each stream inside ``start``/``end`` (and the device masks, if ``mask=1``)."""
        start, end = parse_time(call.arg("start"), "start"), parse_time(call.arg("end"), "end")
        masked = call.arg("mask") == "1"
        return [
            (stream, stream.series.window(*(self.masked(stream, start, end) if masked else (start, end))))
            for stream in streams
        ]

    def masked(
        self, stream: Stream, start: float | None, end: float | None
    ) -> tuple[float | None, float | None]:
        """``start``/``end`` narrowed by the data mask of the stream's device, if it has one."""
        mask = self.state.masks.get(stream.device.id) if stream.device is not None else None
        if mask is None:
            return start, end
        low, high = mask
        if low is not None:
            start = low if start is None else max(start, low)
        if high is not None:
            end = high if end is None else min(end, high)
        return start, end

    def lastn(self, call: Call) -> int | None:
        text = call.arg("lastn")
        if text is None:
            return None
        lastn = call.int_arg("lastn")
        if lastn is None or not 1 <= lastn <= LASTN_MAX:
            raise IOTileError(400, {"lastn": [f"lastn must be between 1 and {LASTN_MAX}, got {text!r}."]})
        return lastn

    def filtered_streams(self, call: Call) -> list[Stream]:
        """The streams ``filter`` names; no filter or an unknown one names none (an empty page)."""
        text = call.arg("filter")
        if not text:
            return []
        prefix = text[:3].lower()
        if prefix == "s--":
            if len(text.split("--")) != 4:
                raise IOTileError.detail(400, "Illegal filter argument format (Illegal Stream): " + text)
            stream = self.state.stream_by_slug(text)
            return [stream] if stream is not None else []
        if prefix == "d--":
            device = self.state.device_by_slug(text)
            return self.state.streams_of(device=device) if device is not None else []
        if prefix == "p--":
            project = self.state.project_by_ref(text)
            return self.state.streams_of(project=project) if project is not None else []
        return []


def _tagged(stream: Stream, window: Window) -> Iterator[tuple[Stream, Point]]:
    for point in window:
        yield stream, point


def merge_windows(windows: list[tuple[Stream, Window]]) -> Iterator[tuple[Stream, Point]]:
    """The points of several streams in one time order (built lazily, page by page)."""
    return heapq.merge(
        *(_tagged(stream, window) for stream, window in windows), key=lambda row: row[1].sort_key
    )
