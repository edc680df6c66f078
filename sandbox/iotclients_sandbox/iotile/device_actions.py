"""Device actions: claimable, unclaim, upgrade, reset, trim, and the per-device sub-resources
(sensor graph, template, versions, status, filter log, key, health, data mask).

The server documents most of these by name only; the shapes here are the ones the spec's
"Spec decisions" mark INFERRED, so the sandbox and the spec say the same thing.
"""

from __future__ import annotations

import datetime
import secrets
from typing import Any

from iotclients_sandbox.iotile.calls import Call, IOTileError, Reply, parse_time
from iotclients_sandbox.iotile.catalog import Catalog
from iotclients_sandbox.iotile.records import Device
from iotclients_sandbox.iotile.state import IOTileState
from iotclients_sandbox.iotile.views import device_view, format_time

__all__ = ["DeviceActions"]

_FORBIDDEN = "You do not have permission to perform this action."


class DeviceActions:
    def __init__(self, state: IOTileState, catalog: Catalog) -> None:
        self.state = state
        self._device = catalog.device  # the device of the path, or 404

    def _owned(self, call: Call) -> Device:
        """The device, when the caller is a member of its organisation (writes need that)."""
        device = self._device(call)
        org = self.state.orgs.get(device.org or "")
        if org is None or call.require_user().username not in org.members:
            raise IOTileError.detail(403, _FORBIDDEN)
        return device

    # -- claiming ------------------------------------------------------------------------------

    def check_device_claimable(self, call: Call) -> Reply:
        call.require_user()
        ref = str((call.body or {})["device"])
        device = self.state.device_by_slug(ref)
        claimable = device is not None and device.project is None
        return Reply(200, {"device": device.slug if device is not None else ref, "claimable": claimable})

    def unclaim_device(self, call: Call) -> Reply:
        device = self._owned(call)
        if device.project is None:
            raise IOTileError(400, {"device": ["Device is not claimed."]})
        device.project = device.org = device.claimed_by = device.claimed_on = None
        return Reply(200, device_view(device))

    # -- firmware and data ---------------------------------------------------------------------

    def upgrade_device(self, call: Call) -> Reply:
        device = self._owned(call)
        firmware = str((call.body or {})["firmware"])
        if not firmware:
            raise IOTileError(400, {"firmware": ["This field may not be blank."]})
        self.state.versions.setdefault(device.id, []).append(
            {
                "type": "firmware",
                "tag": None,
                "version": firmware,
                "streamer_local_id": None,
                "timestamp": format_time(datetime.datetime.now(datetime.UTC)),
            }
        )
        return Reply(202, {"device": device.slug, "firmware": firmware})

    def reset_device(self, call: Call) -> Reply:
        device = self._owned(call)
        streams = self.state.streams_of(device=device)
        count = sum(stream.series.clear() for stream in streams)
        slugs = {stream.slug for stream in streams}
        doomed = [event_id for event_id, event in self.state.events.items() if event.stream in slugs]
        for event_id in doomed:
            del self.state.events[event_id]
        return Reply(202, {"count": count + len(doomed)})

    def trim_device(self, call: Call) -> Reply:
        device = self._owned(call)
        body = call.body or {}
        start = parse_time(body.get("start"), "start")
        end = parse_time(body.get("end"), "end")
        if start is not None and end is not None and end < start:
            raise IOTileError(400, {"end": ["end must not be before start."]})
        count = sum(stream.series.keep(start, end) for stream in self.state.streams_of(device=device))
        return Reply(202, {"count": count})

    # -- read-only sub-resources ---------------------------------------------------------------

    def get_device_sensor_graph(self, call: Call) -> Reply:
        return Reply(200, {"slug": self._device(call).sg})

    def get_device_template(self, call: Call) -> Reply:
        return Reply(200, {"slug": self._device(call).template})

    def list_device_versions(self, call: Call) -> Reply:
        return Reply(200, list(self.state.versions.get(self._device(call).id, [])))

    def list_device_filter_logs(self, call: Call) -> Reply:
        self._device(call)
        return Reply(200, [])  # the sandbox runs no stream filters, so none ever logs

    def get_device_status(self, call: Call) -> Reply:
        device = self._device(call)
        streamers = [s for s in self.state.streamers.values() if s.device_id == device.id]
        ids = [s.last_id for s in streamers if s.last_id is not None]
        slugs = {s.slug for s in streamers}
        sent = [r.sent_timestamp for r in self.state.reports.values() if r.streamer in slugs]
        return Reply(
            200,
            {
                "device": device.slug,
                "active": device.active,
                "state": device.state,
                "last_known_id": max(ids, default=None),
                "last_report_ts": format_time(max(sent)) if sent else None,
            },
        )

    def get_device_key(self, call: Call) -> Reply:
        device = self._owned(call)
        kind = call.arg("type") or "ssh"
        key = self.state.device_keys.setdefault((device.id, kind), secrets.token_hex(16))
        return Reply(200, {"type": kind, "key": key})

    # -- health and data mask ------------------------------------------------------------------

    def get_device_health(self, call: Call) -> Reply:
        return Reply(200, dict(self.state.health.get(self._device(call).id, {})))

    def partial_update_device_health(self, call: Call) -> Reply:
        device = self._device(call)
        settings: dict[str, Any] = self.state.health.setdefault(device.id, {})
        settings.update(call.body or {})
        return Reply(200, dict(settings))

    def get_device_mask(self, call: Call) -> Reply:
        start, end = self.state.masks.get(self._device(call).id, (None, None))
        return Reply(200, {"start": format_time(start), "end": format_time(end)})

    def set_device_mask(self, call: Call) -> Reply:
        device = self._owned(call)
        body = call.body or {}
        start, end = parse_time(body.get("start"), "start"), parse_time(body.get("end"), "end")
        if start is not None and end is not None and end < start:
            raise IOTileError(400, {"end": ["end must not be before start."]})
        if start is None and end is None:
            self.state.masks.pop(device.id, None)
        else:
            self.state.masks[device.id] = (start, end)
        return Reply(200, {"start": format_time(start), "end": format_time(end)})

    def delete_device_mask(self, call: Call) -> Reply:
        self.state.masks.pop(self._owned(call).id, None)
        return Reply(204)
