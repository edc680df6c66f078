"""The IOTile demo data: one organisation, 3 projects, 50 devices, 101 streams, 200,000 points.

Everything is deterministic (UUIDs derive from names), so a test or a demo can name the same
ids on every run. The points are formulas (:class:`~iotclients_sandbox.iotile.series.SyntheticRun`):
the first device's water meter holds 100,000 of them, one a minute, and the other 99 streams of
the devices share the other 100,000, one an hour.
"""

from __future__ import annotations

import datetime
import uuid
from typing import Final

from iotclients_sandbox.iotile.records import (
    Device,
    Event,
    Org,
    Project,
    Stream,
    Streamer,
    Unit,
    User,
    Variable,
    VarType,
)
from iotclients_sandbox.iotile.series import Series, SyntheticRun
from iotclients_sandbox.iotile.state import IOTileState, stream_slug

__all__ = [
    "BIG_STREAM",
    "DEMO_EMAIL",
    "DEMO_ORG",
    "DEMO_PASSWORD",
    "EVENT_STREAM",
    "SERIES_START",
    "TOTAL_POINTS",
    "populate",
    "project_uuid",
]

DEMO_EMAIL: Final = "demo@iotile.test"
DEMO_PASSWORD: Final = "iotile-demo"  # noqa: S105 (the sandbox's published demo password)
DEMO_ORG: Final = "demo-org"
SERIES_START: Final = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC).timestamp()
TOTAL_POINTS: Final = 200_000
BIG_POINTS: Final = 100_000
BIG_STREAM: Final = stream_slug(1, 1, 0x5001)
EVENT_STREAM: Final = stream_slug(1, 1, 0x5020)
_NAMESPACE: Final = uuid.UUID("6f1d2c3e-0a4b-4c5d-8e9f-a0b1c2d3e4f5")

_LITRES = Unit("liters", "Liters", "L", decimal_places=1)
_GALLONS = Unit("gallons", "Gallons", "G", m=1000, d=3785, decimal_places=2)
_CENTI_C = Unit("centi-celsius", "Celsius / 100", "cC")
_CELSIUS = Unit("celsius", "Degrees Celsius", "C", m=1, d=100, decimal_places=2)
_FAHRENHEIT = Unit("fahrenheit", "Degrees Fahrenheit", "F", m=9, d=500, o=32.0, decimal_places=1)
_EVENT_UNIT = Unit("event", "Event", "e")

VARTYPES: Final = (
    VarType("Water Meter Volume", "water-meter-volume", (_LITRES,), (_GALLONS, _LITRES), "Liters", "L"),
    VarType("Temperature", "temp", (_CENTI_C,), (_CELSIUS, _FAHRENHEIT), "Celsius / 100", "cC"),
    VarType("Trip Event", "trip-event", (_EVENT_UNIT,), (_EVENT_UNIT,), "Event", "e", "E0"),
)
_PROJECTS: Final = (
    (1, "Warehouse", range(1, 21)),
    (2, "Cold Chain", range(21, 36)),
    (3, "Field Pumps", range(36, 51)),
)
_VARIABLES: Final = ((0x5001, "Water Volume", 0), (0x5002, "Temperature", 1))


def project_uuid(gid: int) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"project-{gid}")


def _stream_points() -> list[int]:
    """Points per stream, in creation order: 100,000 for the first, the rest shared evenly."""
    others = 99
    share, extra = divmod(TOTAL_POINTS - BIG_POINTS, others)
    return [BIG_POINTS] + [share + (1 if k < extra else 0) for k in range(others)]


def populate(state: IOTileState, *, email: str = DEMO_EMAIL, password: str = DEMO_PASSWORD) -> None:
    user = User(
        id=1,
        email=email,
        username="demo",
        password=password,
        name="Demo User",
        slug="demo",
        tagline="Sandbox user",
    )
    state.users[email] = user
    state.orgs[DEMO_ORG] = Org(
        id=uuid.uuid5(_NAMESPACE, DEMO_ORG),
        name="Demo Org",
        slug=DEMO_ORG,
        created_by=user.username,
        about="IOTile sandbox demo organisation",
        members={user.username: "m0"},
    )
    for vartype in VARTYPES:
        state.vartypes[vartype.slug] = vartype
    points = iter(_stream_points())
    stream_number = 0
    for gid, name, device_ids in _PROJECTS:
        project = Project(id=project_uuid(gid), gid=gid, name=name, org=DEMO_ORG, created_by=user.username)
        state.projects[project.id] = project
        variables = []
        for lid, var_name, type_index in _VARIABLES:
            vartype = VARTYPES[type_index]
            variable = Variable(
                id=gid * 100 + type_index,
                name=var_name,
                lid=lid,
                project=project.id,
                project_gid=gid,
                org=DEMO_ORG,
                var_type=vartype,
                input_unit=vartype.input_units[0],
                output_unit=vartype.output_units[0],
            )
            state.variables[variable.slug] = variable
            variables.append(variable)
        for device_id in device_ids:
            device = Device(
                id=device_id,
                label=f"{name} meter {device_id}",
                org=DEMO_ORG,
                project=project.id,
                claimed_by=user.username,
                claimed_on=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
                lat=30.0 + device_id / 100,
                lon=-97.0 - device_id / 100,
            )
            state.devices[device_id] = device
            for index in (0, 1):
                streamer = Streamer(
                    id=device_id * 10 + index, device_id=device_id, index=index, is_system=index == 1
                )
                state.streamers[streamer.slug] = streamer
            for variable in variables:
                stream_number += 1
                count = next(points)
                step = 60.0 if stream_number == 1 else 3600.0
                run = SyntheticRun(
                    count=count, t0=SERIES_START, step=step, base_id=stream_number * 10_000_000 + 1
                )
                slug = stream_slug(gid, device_id, variable.lid)
                state.streams[slug] = Stream(
                    id=uuid.uuid5(_NAMESPACE, slug),
                    slug=slug,
                    project=project,
                    device=device,
                    variable=variable,
                    series=Series(synthetic=run),
                    data_label=f"{variable.name} of {device.label}",
                )
    _seed_events(state)


def _seed_events(state: IOTileState) -> None:
    project = state.project_by_gid(1)
    device = state.devices[1]
    assert project is not None
    vartype = VARTYPES[2]
    variable = Variable(
        id=199,
        name="Trip Events",
        lid=0x5020,
        project=project.id,
        project_gid=1,
        org=DEMO_ORG,
        var_type=vartype,
        input_unit=vartype.input_units[0],
        output_unit=vartype.output_units[0],
    )
    state.variables[variable.slug] = variable
    state.streams[EVENT_STREAM] = Stream(
        id=uuid.uuid5(_NAMESPACE, EVENT_STREAM),
        slug=EVENT_STREAM,
        project=project,
        device=device,
        variable=variable,
        series=Series(),
        data_label="Trip events",
    )
    for number in range(25):
        event_id = number + 1
        state.events[event_id] = Event(
            id=event_id,
            stream=EVENT_STREAM,
            project=project.slug,
            device=device.slug,
            variable=variable.slug,
            timestamp=SERIES_START + number * 86_400,
            extra_data={"max_g": round(1.5 + (number % 7) * 0.25, 2), "axis": "xyz"[number % 3]},
            streamer_local_id=100_000 + event_id,
        )
