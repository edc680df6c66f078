"""Events: points with a JSON payload and, when uploaded with one, a data file."""

from __future__ import annotations

import json
from typing import Any

from iotclients_sandbox.iotile.calls import Call, IOTileError, Reply, paginate_list, parse_time
from iotclients_sandbox.iotile.records import Event
from iotclients_sandbox.iotile.state import IOTileState
from iotclients_sandbox.iotile.timeseries import LARGE, TimeSeries
from iotclients_sandbox.iotile.views import event_view

__all__ = ["Events"]


class Events:
    def __init__(self, state: IOTileState, series: TimeSeries) -> None:
        self.state = state
        self.series = series

    def list_events(self, call: Call) -> Reply:
        call.require_user()
        slugs = {stream.slug for stream in self.series.filtered_streams(call)}
        start, end = parse_time(call.arg("start"), "start"), parse_time(call.arg("end"), "end")
        events = sorted(
            (
                e
                for e in self.state.events.values()
                if e.stream in slugs
                and "error" not in e.extra_data
                and (start is None or e.timestamp >= start)
                and (end is None or e.timestamp < end)
            ),
            key=lambda e: (e.timestamp, e.id),
        )
        lastn = self.series.lastn(call)
        if lastn is not None:
            events = events[-lastn:]
        return Reply(200, paginate_list(call, events, event_view, **LARGE))

    def create_event(self, call: Call) -> Reply:
        call.require_user()
        body = call.body or {}
        event = self.new_event(
            str(body["stream"]), str(body["timestamp"]), dict(body.get("extra_data") or {})
        )
        event.device_timestamp = body.get("device_timestamp")
        event.streamer_local_id = body.get("streamer_local_id")
        return Reply(201, event_view(event))

    def new_event(self, stream_ref: str, timestamp: str, extra: dict[str, Any]) -> Event:
        stream = self.state.stream_by_slug(stream_ref)
        if stream is None:
            raise IOTileError(400, {"stream": [f"Stream {stream_ref} not found."]})
        moment = parse_time(timestamp, "timestamp")
        assert moment is not None
        event = Event(
            id=max(self.state.events, default=0) + 1,
            stream=stream.slug,
            project=stream.project.slug,
            device=stream.device.slug if stream.device else None,
            variable=stream.variable.slug,
            timestamp=moment,
            extra_data=extra,
        )
        self.state.events[event.id] = event
        return event

    def event(self, call: Call) -> Event:
        event = self.state.events.get(int(call.path["id"]))
        if event is None:
            raise IOTileError.detail(404, "Not found.")
        return event

    def get_event(self, call: Call) -> Reply:
        return Reply(200, event_view(self.event(call)))

    def partial_update_event(self, call: Call) -> Reply:
        event = self.event(call)
        extra = (call.body or {}).get("extra_data")
        if isinstance(extra, dict):
            event.extra_data.update(extra)
        return Reply(200, event_view(event))

    def get_event_data(self, call: Call) -> Reply:
        event = self.event(call)
        if event.raw is None:
            raise IOTileError.detail(404, "This event has no data file.")
        return Reply(200, json.loads(event.raw))

    def get_event_url(self, call: Call) -> Reply:
        event = self.event(call)
        if event.raw is None:
            raise IOTileError.detail(404, "This event has no data file.")
        return Reply(200, {"url": str(call.url.replace(path=call.url.path.replace("/url/", "/data/")))})
