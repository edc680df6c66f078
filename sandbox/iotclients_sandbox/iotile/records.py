"""What the IOTile sandbox stores: plain mutable records, one per resource."""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass, field
from typing import Any

from iotclients_sandbox.iotile.series import Series

__all__ = [
    "DataBlock",
    "Device",
    "Event",
    "Fleet",
    "Org",
    "Project",
    "Property",
    "Stream",
    "Streamer",
    "StreamerReport",
    "Unit",
    "User",
    "VarType",
    "Variable",
]

_EPOCH = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


@dataclass(slots=True)
class User:
    id: int
    email: str
    username: str
    password: str
    name: str
    slug: str
    tagline: str = ""
    is_staff: bool = False
    is_active: bool = True
    created_at: datetime.datetime = _EPOCH


@dataclass(slots=True)
class Org:
    id: uuid.UUID
    name: str
    slug: str
    created_by: str
    about: str = ""
    ot: str | None = None
    created_on: datetime.datetime = _EPOCH
    members: dict[str, str] = field(default_factory=dict)  # username -> role


@dataclass(slots=True)
class Project:
    id: uuid.UUID
    gid: int
    name: str
    org: str
    created_by: str
    about: str = ""
    project_template: str | None = None
    created_on: datetime.datetime = _EPOCH

    @property
    def slug(self) -> str:
        return f"p--{self.gid >> 16:04x}-{self.gid & 0xFFFF:04x}"


@dataclass(slots=True)
class Device:
    id: int
    label: str
    org: str | None
    project: uuid.UUID | None
    sg: str = "water-meter-v1-1-0"
    template: str = "1027-water-meter-v1-0-0"
    external_id: str | None = None
    active: bool = True
    lat: float | None = None
    lon: float | None = None
    state: str = "N1"
    claimed_by: str | None = None
    created_on: datetime.datetime = _EPOCH
    claimed_on: datetime.datetime | None = None

    @property
    def slug(self) -> str:
        return device_slug(self.id)


def device_slug(device_id: int, block: int = 0) -> str:
    groups = (block, (device_id >> 32) & 0xFFFF, (device_id >> 16) & 0xFFFF, device_id & 0xFFFF)
    return "d--" + "-".join(f"{group:04x}" for group in groups)


@dataclass(frozen=True, slots=True)
class Unit:
    slug: str
    unit_full: str
    unit_short: str
    m: int = 1
    d: int = 1
    o: float = 0.0
    decimal_places: int = 2

    def apply(self, value: float) -> float:
        return self.o + (value * self.m) / self.d


@dataclass(frozen=True, slots=True)
class VarType:
    name: str
    slug: str
    input_units: tuple[Unit, ...]
    output_units: tuple[Unit, ...]
    storage_units_full: str
    storage_units_short: str
    stream_data_type: str = "D0"


@dataclass(slots=True)
class Variable:
    id: int
    name: str
    lid: int
    project: uuid.UUID
    project_gid: int
    org: str
    var_type: VarType
    input_unit: Unit
    output_unit: Unit
    about: str = ""
    multiplication_factor: int = 1
    division_factor: int = 1
    offset: float = 0.0
    created_on: datetime.datetime = _EPOCH

    @property
    def slug(self) -> str:
        return f"v--{self.project_gid >> 16:04x}-{self.project_gid & 0xFFFF:04x}--{self.lid:04x}"


@dataclass(slots=True)
class Stream:
    id: uuid.UUID
    slug: str
    project: Project
    device: Device | None
    variable: Variable
    series: Series
    data_label: str = ""
    enabled: bool = True
    mdo_type: str = "S"
    multiplication_factor: int = 1
    division_factor: int = 1
    offset: float = 0.0
    created_on: datetime.datetime = _EPOCH

    def output(self, raw: float) -> float:
        """Stored value -> output value: the stream (or variable) MDO, then the output unit's."""
        if self.mdo_type == "V":
            m, d, o = (
                self.variable.multiplication_factor,
                self.variable.division_factor,
                self.variable.offset,
            )
        else:
            m, d, o = self.multiplication_factor, self.division_factor, self.offset
        return self.variable.output_unit.apply(o + raw * m / d)


@dataclass(slots=True)
class Event:
    id: int
    stream: str
    project: str | None
    device: str | None
    variable: str | None
    timestamp: float
    extra_data: dict[str, Any]
    device_timestamp: int | None = None
    streamer_local_id: int | None = None
    ext: str | None = None
    has_raw_data: bool = False
    raw: bytes | None = None


@dataclass(slots=True)
class Streamer:
    id: int
    device_id: int
    index: int
    selector: int | None = None
    last_id: int | None = None
    is_system: bool = False

    @property
    def slug(self) -> str:
        return f"t--{device_slug(self.device_id)[3:]}--{self.index:04x}"


@dataclass(slots=True)
class StreamerReport:
    id: uuid.UUID
    streamer: str
    sent_timestamp: float
    created_by: str
    original_first_id: int | None
    original_last_id: int | None
    device_sent_timestamp: int | None
    incremental_id: int | None
    count: int
    created_on: float


@dataclass(slots=True)
class Property:
    id: int
    name: str
    target: str
    value: str | int | bool
    created_by: str
    is_system: bool = False


@dataclass(slots=True)
class DataBlock:
    id: int
    block: int
    device_id: int
    title: str
    org: str | None
    created_by: str
    description: str = ""

    @property
    def slug(self) -> str:
        return "b--" + device_slug(self.device_id, self.block)[3:]


@dataclass(slots=True)
class Fleet:
    id: int
    name: str
    org: str
    created_by: str
    description: str = ""
    is_network: bool = False
    members: dict[int, tuple[bool, bool]] = field(default_factory=dict)  # device id -> flags

    @property
    def slug(self) -> str:
        return f"g--{(self.id >> 32) & 0xFFFF:04x}-{(self.id >> 16) & 0xFFFF:04x}-{self.id & 0xFFFF:04x}"
