"""How stored records are written in response bodies, field names as the server's serializers."""

from __future__ import annotations

import datetime
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
    Unit,
    User,
    Variable,
    VarType,
    device_slug,
)
from iotclients_sandbox.iotile.series import Point

__all__ = [
    "account_view",
    "datablock_view",
    "device_view",
    "event_view",
    "fleet_view",
    "format_time",
    "org_view",
    "project_view",
    "property_view",
    "report_view",
    "stream_data_view",
    "stream_id_data_view",
    "stream_view",
    "streamer_view",
    "variable_view",
    "vartype_view",
]


def format_time(value: float | datetime.datetime | None) -> str | None:
    """DRF's spelling: ``2026-01-01T00:00:00Z``, with microseconds only when there are some."""
    if value is None:
        return None
    moment = (
        value
        if isinstance(value, datetime.datetime)
        else datetime.datetime.fromtimestamp(value, tz=datetime.UTC)
    )
    text = moment.astimezone(datetime.UTC).replace(tzinfo=None).isoformat()
    return text + "Z"


def account_view(user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "email": user.email,
        "username": user.username,
        "created_at": format_time(user.created_at),
        "updated_at": format_time(user.created_at),
        "name": user.name,
        "tagline": user.tagline,
        "avatar": {"tiny": None, "thumbnail": None, "medium": None},
        "slug": user.slug,
        "is_staff": user.is_staff,
    }


def org_view(org: Org) -> dict[str, Any]:
    return {
        "id": str(org.id),
        "name": org.name,
        "slug": org.slug,
        "ot": org.ot,
        "about": org.about,
        "created_on": format_time(org.created_on),
        "created_by": org.created_by,
        "avatar": {"tiny": None, "thumbnail": None, "medium": None},
        "domain_names": [],
    }


def project_view(project: Project) -> dict[str, Any]:
    return {
        "id": str(project.id),
        "name": project.name,
        "slug": project.slug,
        "gid": project.slug[3:],
        "org": project.org,
        "about": project.about,
        "project_template": project.project_template,
        "created_on": format_time(project.created_on),
        "created_by": project.created_by,
    }


def device_view(device: Device) -> dict[str, Any]:
    return {
        "id": device.id,
        "slug": device.slug,
        "gid": device.slug[3:],
        "label": device.label,
        "active": device.active,
        "external_id": device.external_id,
        "sg": device.sg,
        "template": device.template,
        "org": device.org,
        "project": str(device.project) if device.project is not None else None,
        "lat": device.lat,
        "lon": device.lon,
        "state": device.state,
        "busy": False,
        "created_on": format_time(device.created_on),
        "claimed_by": device.claimed_by,
        "claimed_on": format_time(device.claimed_on),
    }


def unit_view(unit: Unit, *, output: bool = False) -> dict[str, Any]:
    view: dict[str, Any] = {
        "slug": unit.slug,
        "unit_full": unit.unit_full,
        "unit_short": unit.unit_short,
        "m": unit.m,
        "d": unit.d,
        "o": unit.o,
    }
    if output:
        view["decimal_places"] = unit.decimal_places
        view["derived_units"] = {}
    return view


def vartype_view(vartype: VarType) -> dict[str, Any]:
    return {
        "name": vartype.name,
        "slug": vartype.slug,
        "available_input_units": [unit_view(unit) for unit in vartype.input_units],
        "available_output_units": [unit_view(unit) for unit in vartype.output_units],
        "stream_data_type": vartype.stream_data_type,
        "decoder": None,
        "schema": None,
        "storage_units_full": vartype.storage_units_full,
        "storage_units_short": vartype.storage_units_short,
    }


def variable_view(variable: Variable) -> dict[str, Any]:
    return {
        "id": variable.id,
        "name": variable.name,
        "lid": variable.lid,
        "var_type": variable.var_type.slug,
        "input_unit": variable.input_unit.slug,
        "output_unit": variable.output_unit.slug,
        "derived_variable": None,
        "project": str(variable.project),
        "org": variable.org,
        "about": variable.about,
        "created_on": format_time(variable.created_on),
        "raw_value_format": "<L",
        "units": variable.output_unit.unit_short,
        "multiplication_factor": variable.multiplication_factor,
        "division_factor": variable.division_factor,
        "offset": variable.offset,
        "decimal_places": variable.output_unit.decimal_places,
        "mdo_label": "",
        "web_only": False,
        "app_only": False,
        "slug": variable.slug,
    }


def stream_view(stream: Stream) -> dict[str, Any]:
    variable = stream.variable
    return {
        "id": str(stream.id),
        "project_id": str(stream.project.id),
        "project": stream.project.slug,
        "device": stream.device.slug if stream.device is not None else None,
        "block": None,
        "data_label": stream.data_label,
        "variable": variable.slug,
        "var_type": variable.var_type.slug,
        "data_type": variable.var_type.stream_data_type,
        "var_name": variable.name,
        "var_lid": variable.lid,
        "input_unit": unit_view(variable.input_unit),
        "output_unit": unit_view(variable.output_unit, output=True),
        "derived_stream": None,
        "raw_value_format": "<L",
        "mdo_type": stream.mdo_type,
        "mdo_label": "",
        "multiplication_factor": stream.multiplication_factor,
        "division_factor": stream.division_factor,
        "offset": stream.offset,
        "org": stream.project.org,
        "created_on": format_time(stream.created_on),
        "slug": stream.slug,
        "enabled": stream.enabled,
    }


def _display(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def stream_id_data_view(stream: Stream, point: Point) -> dict[str, Any]:
    output = stream.output(point.value)
    return {
        "type": "Num",
        "timestamp": format_time(point.timestamp),
        "int_value": int(point.value) if float(point.value).is_integer() else None,
        "value": point.value,
        "display_value": _display(output, stream.variable.output_unit.decimal_places),
        "output_value": output,
        "streamer_local_id": point.streamer_local_id,
    }


def stream_data_view(stream: Stream, point: Point) -> dict[str, Any]:
    return {
        "id": point.id,
        "stream": stream.slug,
        "project": stream.project.slug,
        "device": stream.device.slug if stream.device is not None else None,
        "variable": stream.variable.slug,
        "type": "Num",
        "device_timestamp": point.device_timestamp,
        "timestamp": format_time(point.timestamp),
        "int_value": int(point.value) if float(point.value).is_integer() else None,
        "value": point.value,
        "streamer_local_id": point.streamer_local_id,
        "dirty_ts": False,
        "status": "cln",
    }


def event_view(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "stream": event.stream,
        "project": event.project,
        "device": event.device,
        "variable": event.variable,
        "s3bucket": "iotile-cloud-sandbox" if event.has_raw_data else None,
        "s3key": f"events/{event.id}.{event.ext}" if event.has_raw_data else None,
        "ext": event.ext,
        "has_raw_data": event.has_raw_data,
        "device_timestamp": event.device_timestamp,
        "timestamp": format_time(event.timestamp),
        "streamer_local_id": event.streamer_local_id,
        "dirty_ts": False,
        "status": "cln",
        "extra_data": dict(event.extra_data),
    }


def streamer_view(streamer: Streamer) -> dict[str, Any]:
    return {
        "id": streamer.id,
        "slug": streamer.slug,
        "device": streamer.slug.replace("t--", "d--", 1).rsplit("--", 1)[0],
        "process_engine_ver": 2,
        "index": streamer.index,
        "last_id": streamer.last_id,
        "last_reboot_ts": None,
        "is_system": streamer.is_system,
        "selector": streamer.selector,
    }


def report_view(report: StreamerReport) -> dict[str, Any]:
    return {
        "id": str(report.id),
        "original_first_id": report.original_first_id,
        "original_last_id": report.original_last_id,
        "actual_first_id": report.original_first_id,
        "actual_last_id": report.original_last_id,
        "streamer": report.streamer,
        "sent_timestamp": format_time(report.sent_timestamp),
        "device_sent_timestamp": report.device_sent_timestamp,
        "incremental_id": report.incremental_id,
        "time_epsilon": 2.0,
        "created_on": format_time(report.created_on),
        "created_by": report.created_by,
    }


def property_view(prop: Property) -> dict[str, Any]:
    kind = "bool" if isinstance(prop.value, bool) else "int" if isinstance(prop.value, int) else "str"
    return {
        "id": prop.id,
        "name": prop.name,
        "type": kind,
        "value": prop.value,
        "str_value": prop.value if kind == "str" else None,
        "int_value": prop.value if kind == "int" else None,
        "bool_value": prop.value if kind == "bool" else None,
        "target": prop.target,
        "is_system": prop.is_system,
        "created_on": None,
        "created_by": prop.created_by,
    }


def datablock_view(block: DataBlock) -> dict[str, Any]:
    return {
        "id": block.id,
        "slug": block.slug,
        "title": block.title,
        "description": block.description,
        "device": device_slug(block.device_id),
        "block": block.block,
        "org": block.org,
        "sg": None,
        "completed_on": None,
        "created_on": None,
        "created_by": block.created_by,
    }


def fleet_view(fleet: Fleet) -> dict[str, Any]:
    return {
        "id": fleet.id,
        "name": fleet.name,
        "slug": fleet.slug,
        "org": fleet.org,
        "description": fleet.description,
        "created_on": None,
        "created_by": fleet.created_by,
        "is_network": fleet.is_network,
    }
