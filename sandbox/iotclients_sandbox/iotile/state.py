"""The IOTile sandbox's store and the id forms the server accepts for lookups."""

from __future__ import annotations

import itertools
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from iotclients_sandbox.iotile.records import (
    DataBlock,
    Device,
    Event,
    Fleet,
    Org,
    Project,
    Property,
    Stream,
    Streamer,
    StreamerReport,
    User,
    Variable,
    VarType,
)

__all__ = ["IOTileState", "parse_device_id", "parse_project_gid", "stream_slug"]

_HEX_TERM = re.compile(r"^[0-9a-fA-F]+(?:-[0-9a-fA-F]+)*$")


def _hex(term: str) -> int | None:
    if not term or not _HEX_TERM.match(term):
        return None
    return int(term.replace("-", ""), 16)


def parse_device_id(text: str) -> int | None:
    """``d--0000-0000-0000-0001``, a short ``d--0001`` or a bare hex id -> the device id (block 0)."""
    body = text[3:] if text[:3].lower() in ("d--", "b--") else text
    if "--" in body:
        return None
    value = _hex(body)
    if value is None or value >> 48:
        return None
    return value


def parse_project_gid(text: str) -> int | None:
    body = text[3:] if text[:3].lower() == "p--" else text
    value = _hex(body) if "--" not in body else None
    return value if value is not None and value < 1 << 32 else None


def stream_slug(project_gid: int, device_id: int, lid: int) -> str:
    return (
        f"s--{project_gid >> 16:04x}-{project_gid & 0xFFFF:04x}--0000-{(device_id >> 32) & 0xFFFF:04x}-"
        f"{(device_id >> 16) & 0xFFFF:04x}-{device_id & 0xFFFF:04x}--{lid:04x}"
    )


def normalise_stream_slug(text: str) -> str | None:
    """Short 4-part stream slugs (``s--1--2--5001``) in their canonical spelling."""
    terms = text.split("--")
    if len(terms) != 4 or terms[0].lower() != "s":
        return None
    project, device, lid = (_hex(term) for term in terms[1:])
    if project is None or device is None or lid is None or project >> 32 or lid >> 16 or device >> 48:
        return None
    return stream_slug(project, device, lid)


@dataclass(slots=True)
class IOTileState:
    users: dict[str, User] = field(default_factory=dict)  # by email
    orgs: dict[str, Org] = field(default_factory=dict)
    projects: dict[uuid.UUID, Project] = field(default_factory=dict)
    devices: dict[int, Device] = field(default_factory=dict)
    vartypes: dict[str, VarType] = field(default_factory=dict)
    variables: dict[str, Variable] = field(default_factory=dict)
    streams: dict[str, Stream] = field(default_factory=dict)
    events: dict[int, Event] = field(default_factory=dict)
    streamers: dict[str, Streamer] = field(default_factory=dict)
    reports: dict[uuid.UUID, StreamerReport] = field(default_factory=dict)
    properties: dict[int, Property] = field(default_factory=dict)
    datablocks: dict[str, DataBlock] = field(default_factory=dict)
    fleets: dict[str, Fleet] = field(default_factory=dict)
    # Per device (by id): data masks as (start, end) epoch seconds, health settings, versions.
    masks: dict[int, tuple[float | None, float | None]] = field(default_factory=dict)
    health: dict[int, dict[str, Any]] = field(default_factory=dict)
    versions: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    device_keys: dict[tuple[int, str], str] = field(default_factory=dict)
    invitations: dict[str, dict[str, str]] = field(default_factory=dict)  # org slug -> email -> role
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1_000_000))

    def next_id(self) -> int:
        return next(self.ids)

    def user_by_id(self, user_id: int) -> User | None:
        return next((user for user in self.users.values() if user.id == user_id), None)

    def project_by_gid(self, gid: int) -> Project | None:
        return next((project for project in self.projects.values() if project.gid == gid), None)

    def project_by_ref(self, text: str) -> Project | None:
        """A project named by UUID or by p-- slug (filters accept both)."""
        try:
            return self.projects.get(uuid.UUID(text))
        except ValueError:
            gid = parse_project_gid(text)
            return self.project_by_gid(gid) if gid is not None else None

    def device_by_slug(self, text: str) -> Device | None:
        device_id = parse_device_id(text)
        return self.devices.get(device_id) if device_id is not None else None

    def stream_by_slug(self, text: str) -> Stream | None:
        stream = self.streams.get(text)
        if stream is not None:
            return stream
        canonical = normalise_stream_slug(text)
        return self.streams.get(canonical) if canonical is not None else None

    def streams_of(self, *, project: Project | None = None, device: Device | None = None) -> list[Stream]:
        return [
            stream
            for stream in self.streams.values()
            if (project is None or stream.project is project) and (device is None or stream.device is device)
        ]
