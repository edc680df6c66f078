"""Streamers (a device's numbered outputs) and the reports they upload."""

from __future__ import annotations

import uuid

from iotclients_sandbox.iotile.calls import Call, IOTileError, Reply, paginate_list, parse_time
from iotclients_sandbox.iotile.state import IOTileState
from iotclients_sandbox.iotile.views import report_view, streamer_view

__all__ = ["Streamers"]


class Streamers:
    def __init__(self, state: IOTileState) -> None:
        self.state = state

    def list_device_streamers(self, call: Call) -> Reply:
        device = self.state.device_by_slug(call.path["slug"])
        if device is None:
            raise IOTileError.detail(404, "Not found.")
        return Reply(
            200, [streamer_view(s) for s in self.state.streamers.values() if s.device_id == device.id]
        )

    def list_reports_of_streamer(self, call: Call) -> Reply:
        streamer = self.state.streamers.get(call.path["slug"])
        if streamer is None:
            raise IOTileError.detail(404, "Not found.")
        reports = sorted(
            (r for r in self.state.reports.values() if r.streamer == streamer.slug),
            key=lambda r: r.sent_timestamp,
        )
        return Reply(200, [report_view(r) for r in reports])

    def list_streamers(self, call: Call) -> Reply:
        call.require_user()
        streamers = list(self.state.streamers.values())
        if call.arg("device") is not None:
            device = self.state.device_by_slug(str(call.arg("device")))
            if device is None:
                raise IOTileError.detail(400, f"Illegal device: {call.arg('device')}")
            streamers = [s for s in streamers if s.device_id == device.id]
        if call.arg("slug") is not None:
            streamers = [s for s in streamers if s.slug == call.arg("slug")]
        return Reply(200, paginate_list(call, streamers, streamer_view))

    def get_streamer(self, call: Call) -> Reply:
        streamer = self.state.streamers.get(call.path["slug"])
        if streamer is None:
            raise IOTileError.detail(404, "Not found.")
        return Reply(200, streamer_view(streamer))

    def list_streamer_reports(self, call: Call) -> Reply:
        call.require_user()
        start, end = parse_time(call.arg("start"), "start"), parse_time(call.arg("end"), "end")
        reports = [
            r
            for r in self.state.reports.values()
            if (call.arg("streamer__slug") is None or r.streamer == call.arg("streamer__slug"))
            and (start is None or r.sent_timestamp >= start)
            and (end is None or r.sent_timestamp < end)
        ]
        return Reply(200, paginate_list(call, reports, report_view))

    def get_streamer_report(self, call: Call) -> Reply:
        try:
            report = self.state.reports.get(uuid.UUID(call.path["id"]))
        except ValueError:
            report = None
        if report is None:
            raise IOTileError.detail(404, "Not found.")
        return Reply(200, report_view(report))
