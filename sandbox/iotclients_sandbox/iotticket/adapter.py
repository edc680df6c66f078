"""The device http-adapter: Basic device authentication and what telemetry and event writes store.

Writes are accepted (202) and stored at once, so a read that follows sees them. Telemetry is kept
per (device, measurement name); TelemetryData and TimeSignal attributes that name the device
and the measurement as their identifier read it. Events land on the device's first asset.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any, Final

from iotclients_sandbox._secrets import same_secret
from iotclients_sandbox.iotticket.errors import BadRequest, Forbidden, NotFound, Unauthorized
from iotclients_sandbox.iotticket.records import Device, Event
from iotclients_sandbox.iotticket.series import Series, parse_ms
from iotclients_sandbox.iotticket.state import IoTTicketState, OrgStore

__all__ = ["MAX_BODY_BYTES", "authenticate_device", "ingest_events", "ingest_telemetry"]

MAX_BODY_BYTES: Final = 2048


def authenticate_device(
    state: IoTTicketState, authorization: str | None, org_id: str, device_id: str
) -> tuple[OrgStore, Device]:
    """Check ``Authorization: Basic device@org:password`` against the device in the path."""
    if authorization is None or not authorization.lower().startswith("basic "):
        raise Unauthorized(
            "send HTTP Basic credentials: username device@organization, the device password", scheme="Basic"
        )
    try:
        decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise Unauthorized("malformed Basic credentials", scheme="Basic") from None
    username, _, password = decoded.partition(":")
    # "device@org" is the documented form; a bare device name is taken to mean the path's org.
    device_name, _, tenant = username.rpartition("@") if "@" in username else (username, "", org_id)
    if tenant != org_id:
        raise Unauthorized(
            f"credentials of organization {tenant!r} cannot write to {org_id!r}", scheme="Basic"
        )
    store = state.orgs.get(org_id)
    device = store.devices.get(device_name) if store is not None else None
    # One message for unknown devices and wrong passwords: which devices exist is not revealed.
    if store is None or device is None or not same_secret(device.password, password):
        raise Unauthorized("wrong device credentials", scheme="Basic")
    if device.id != device_id:
        raise Forbidden(f"device {device.id!r} may not write as device {device_id!r}")
    return store, device


def _put(store: OrgStore, device: Device, name: str, stamp: str, value: Any, *, where: str) -> None:
    series = store.telemetry.setdefault((device.id, name), Series())
    series.put(parse_ms(stamp, where), value)


def ingest_telemetry(store: OrgStore, device: Device, body: Mapping[str, Any]) -> None:
    if "t" in body:
        for i, item in enumerate(body["t"]):
            for j, point in enumerate(item["data"]):
                for stamp, value in point.items():
                    _put(store, device, item["n"], stamp, value, where=f"t[{i}].data[{j}]")
    elif "t_set" in body:
        for i, sample in enumerate(body["t_set"]):
            for entry in sample["t"]:
                _put(store, device, entry["n"], sample["ts"], entry["value"], where=f"t_set[{i}].ts")
    elif "ts" in body:
        for i, signal in enumerate(body["ts"]):
            stamp = parse_ms(signal["ts"], f"ts[{i}].ts")
            store.timesignals.setdefault((device.id, signal["n"]), {})[signal["id"]] = (
                stamp,
                dict(signal["value"]),
            )
    else:  # the schema allows exactly one key; this guards a spec change
        raise BadRequest("send one of t, t_set or ts")


def ingest_events(state: IoTTicketState, store: OrgStore, device: Device, body: Mapping[str, Any]) -> None:
    if not device.asset_ids:
        raise NotFound(f"device {device.id!r} is not linked to an asset; its events have nowhere to go")
    asset_id = device.asset_ids[0]
    for i, item in enumerate(body["e"]):
        stamp = parse_ms(item["ts"], f"e[{i}].ts")
        active = item.get("active", True)
        current = next(
            (
                e
                for e in store.events.values()
                if e.asset_id == asset_id and e.event_id == item["id"] and e.active
            ),
            None,
        )
        if current is not None:
            if not active:
                current.end_time = stamp
            continue
        event = Event(
            state.new_id("evt"),
            asset_id,
            item["id"],
            item["m"],
            item.get("gn"),
            item.get("type", "Notification"),
            item.get("severity", "Normal"),
            stamp,
            None if active else stamp,
        )
        store.events[event.id] = event
