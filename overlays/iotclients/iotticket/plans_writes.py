"""Plans of the seed's write methods: device telemetry, timesignals and events through the
http-adapter (packed into bodies of at most 2,048 bytes), static values and Calculated values."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import msgspec

from iotclients.core.errors import APIError, InvalidArgumentError
from iotclients.core.redaction import Secret, register_secret

from ._runner import Parallel, Plan, Step
from .checks import EVENT_TYPES, SEVERITIES, check_enum, check_short, exactly_one, parse_tz, to_utc
from .names_path import pick_attribute
from .packing import PackResult, SetSample, TelemetryRow, TimesignalRow, pack_telemetry
from .resolve import Session, attributes_of, locate_asset, nodes, retrying
from .results import RequestReport, WriteResult
from .whole_items import pack_events, pack_telemetry_set, pack_timesignals

__all__ = [
    "DeviceLogin",
    "table_of",
    "write_calculated",
    "write_device_event",
    "write_device_events",
    "write_static",
    "write_telemetry",
    "write_timesignal",
    "write_timesignals",
]


class DeviceLogin:
    """Device credentials for the http-adapter; the password is registered as a secret at once."""

    __slots__ = ("password", "username")

    def __init__(self, username: Any, password: Any, organization_id: str) -> None:
        if not isinstance(username, str) or not username:
            raise InvalidArgumentError("device_username", "must be a non-empty string")
        if not isinstance(password, str) or not password:
            raise InvalidArgumentError("device_password", "must be a non-empty string")
        register_secret(password)
        # The adapter wants "device@organization"; a username that already has it is kept.
        self.username: str = username if "@" in username else f"{username}@{organization_id}"
        self.password: Secret = Secret(password)

    def __repr__(self) -> str:
        return f"DeviceLogin(username={self.username!r}, password=***)"


def table_of(data: Any, argument: str = "data") -> tuple[list[Any], list[str], list[list[Any]]]:
    """Timestamps, column names and column values of a DataFrame or a list of dicts whose first
    key (column) is ``timestamp``."""
    if hasattr(data, "columns") and hasattr(data, "__getitem__"):
        columns = [str(c) for c in data.columns]
        if not columns or columns[0] != "timestamp":
            raise InvalidArgumentError(argument, f"the first column must be 'timestamp', got {columns[:1]}")
        return data["timestamp"].tolist(), columns[1:], [data[c].tolist() for c in data.columns[1:]]
    if isinstance(data, Sequence) and not isinstance(data, str | bytes):
        if not data:
            raise InvalidArgumentError(argument, "holds no rows")
        names: list[str] = []
        for index, row in enumerate(data):
            if not isinstance(row, Mapping) or next(iter(row), None) != "timestamp":
                raise InvalidArgumentError(
                    f"{argument}[{index}]", "must be a dict whose first key is 'timestamp'"
                )
            names.extend(str(k) for k in row if k != "timestamp" and k not in names)
        return [row["timestamp"] for row in data], names, [[row.get(n) for row in data] for n in names]
    raise InvalidArgumentError(argument, "must be a pandas DataFrame or a list of dicts")


def _device(session: Session, args: dict[str, Any]) -> DeviceLogin:
    """The writing device's credentials (the password registered as a secret at once); its id checked."""
    login = DeviceLogin(args["device_username"], args["device_password"], session.organization_id)
    check_short("device_id", args["device_id"])
    return login


def _send(
    session: Session, packed: PackResult, channel: str, args: dict[str, Any], login: DeviceLogin
) -> Plan[WriteResult]:
    """The packed bodies through the device's http-adapter channel, ``concurrency`` at a time."""
    device_id = args["device_id"]
    name = "put_device_telemetry" if channel == "telemetry" else "put_device_events"
    argument = "telemetry_payload" if channel == "telemetry" else "event_payload"
    steps = [
        Step(
            name,
            device=login,
            org_id=session.organization_id,
            device_id=device_id,
            **{argument: msgspec.json.decode(body.content)},
        )
        for body in packed.bodies
    ]
    replies = yield Parallel(steps, args["concurrency"])
    reports = []
    for body, reply in zip(packed.bodies, replies, strict=True):
        if isinstance(reply, Exception) and not isinstance(reply, APIError):
            raise reply  # a bug or bad input, not a refusal: do not file it as a failed request
        reports.append(
            RequestReport(
                f"{channel}/{device_id}",
                body.rows,
                len(body.content),
                reply if isinstance(reply, APIError) else None,
            )
        )
    return WriteResult(reports, packed.dropped)


def write_telemetry(session: Session, args: dict[str, Any]) -> Plan[WriteResult]:
    login = _device(session, args)
    zone = parse_tz(args["tz"])
    stamps, names, columns = table_of(args["data"])
    units = args["units"]
    if units is not None:
        if not isinstance(units, list | tuple) or len(units) != len(names):
            raise InvalidArgumentError("units", f"must hold {len(names)} units, one per data column")
        for i, unit in enumerate(units):
            if not isinstance(unit, str) or len(unit) > 255:
                raise InvalidArgumentError(f"units[{i}]", "must be a string of at most 255 characters")
    moments = [to_utc(stamp, f"data.timestamp[{i}]", zone) for i, stamp in enumerate(stamps)]
    if args["set_id"] is not None:
        check_short("set_id", args["set_id"])
        samples = [
            SetSample(moments[r], {n: columns[c][r] for c, n in enumerate(names)})
            for r in range(len(moments))
        ]
        packed = pack_telemetry_set(args["set_id"], samples)
    else:
        rows = [
            TelemetryRow(name, moments[r], columns[c][r], unit=None if units is None else units[c])
            for c, name in enumerate(names)
            for r in range(len(moments))
        ]
        packed = pack_telemetry(rows)
    return (yield from _send(session, packed, "telemetry", args, login))


def _items(payload: Any, key: str, what: str) -> list[Any]:
    """The items of a device payload ``{key: [item, ...]}``, refused unless it has exactly that shape."""
    if (
        not isinstance(payload, Mapping)
        or set(payload) != {key}
        or not isinstance(payload[key], list)
        or not payload[key]
    ):
        raise InvalidArgumentError("payload", f"must be {{{key!r}: [{what}, ...]}} with at least one {what}")
    items: list[Any] = payload[key]
    return items


def write_timesignal(session: Session, args: dict[str, Any]) -> Plan[WriteResult]:
    """The seed's single-timesignal form of ``write_timesignals``."""
    signal = {"n": args["attribute_name"], "ts": args["timestamp"], "id": args["timesignal_id"]}
    payload = {"ts": [{**signal, "value": args["value"]}]}
    return (yield from write_timesignals(session, {**args, "payload": payload}))


def write_device_event(session: Session, args: dict[str, Any]) -> Plan[WriteResult]:
    """The seed's single-event form of ``write_device_events`` (unset optional keys left out)."""
    event = {"id": args["event_id"], "m": args["message"], "ts": args["timestamp"]}
    optional = {
        "gn": args["event_group_name"],
        "type": args["event_type"],
        "severity": args["severity"],
        "active": args["is_active"],
    }
    event.update((key, value) for key, value in optional.items() if value is not None)
    return (yield from write_device_events(session, {**args, "payload": {"e": [event]}}))


def write_timesignals(session: Session, args: dict[str, Any]) -> Plan[WriteResult]:
    login = _device(session, args)
    zone = parse_tz(args["tz"])
    signals = []
    for i, item in enumerate(_items(args["payload"], "ts", "timesignal")):
        where = f"payload['ts'][{i}]"
        if not isinstance(item, Mapping) or set(item) != {"n", "ts", "id", "value"}:
            raise InvalidArgumentError(where, "must have exactly the keys n, ts, id and value")
        check_short(f"{where}['id']", item["id"])
        signals.append(
            TimesignalRow(item["n"], to_utc(item["ts"], f"{where}['ts']", zone), item["id"], item["value"])
        )
    return (yield from _send(session, pack_timesignals(signals), "telemetry", args, login))


def write_device_events(session: Session, args: dict[str, Any]) -> Plan[WriteResult]:
    login = _device(session, args)
    zone = parse_tz(args["tz"])
    events = []
    for i, item in enumerate(_items(args["payload"], "e", "event")):
        where = f"payload['e'][{i}]"
        if not isinstance(item, Mapping):
            raise InvalidArgumentError(where, "must be a dict")
        check_short(f"{where}['id']", item.get("id"))
        check_short(f"{where}['m']", item.get("m"))
        check_short(f"{where}['gn']", item.get("gn"), required=False)
        check_enum(f"{where}['type']", item.get("type"), EVENT_TYPES)
        check_enum(f"{where}['severity']", item.get("severity"), SEVERITIES)
        if item.get("active") is not None and not isinstance(item["active"], bool):
            raise InvalidArgumentError(f"{where}['active']", "must be True, False or None")
        if "ts" not in item:
            raise InvalidArgumentError(f"{where}['ts']", "is required")
        events.append({**item, "ts": to_utc(item["ts"], f"{where}['ts']", zone)})
    return (yield from _send(session, pack_events(events), "event", args, login))


def write_static(session: Session, args: dict[str, Any]) -> Plan[WriteResult]:
    data, ids, path, names = args["data"], args["attribute_ids"], args["names_path"], args["attribute_names"]
    if (path is None) != (names is None):
        raise InvalidArgumentError(
            "names_path, attribute_names", "names_path and attribute_names go together"
        )
    exactly_one(attribute_ids=ids, names_path=path)
    if isinstance(data, str | bytes) or not isinstance(data, Sequence) or not data:
        raise InvalidArgumentError("data", "must be a non-empty list of str, int or float values")
    for i, value in enumerate(data):
        if (
            isinstance(value, bool)
            or not isinstance(value, str | int | float)
            or (isinstance(value, float) and not math.isfinite(value))
        ):
            raise InvalidArgumentError(f"data[{i}]", "must be a str, int or finite float")
    targets = ids if ids is not None else names
    if isinstance(targets, str) or len(targets) != len(data):
        which = "attribute_ids" if ids is not None else "attribute_names"
        raise InvalidArgumentError(f"{which}, data", f"{which} must hold one entry per value ({len(data)})")

    def run() -> Plan[WriteResult]:
        attribute_ids = list(ids) if ids is not None else []
        if ids is None:
            arguments = [f"attribute_names[{i}]" for i in range(len(names))]
            attribute_ids = yield from _ids_by_name(session, path, names, ("Number", "String"), arguments)
        steps = [
            Step(
                "replace_static_value",
                org_id=session.organization_id,
                attribute_id=a,
                static_value={"value": v},
            )
            for a, v in zip(attribute_ids, data, strict=True)
        ]
        replies = yield Parallel(steps, args["concurrency"])
        return _reports(replies, [f"value/{a}" for a in attribute_ids], [(i,) for i in range(len(data))])

    return (yield from retrying(session, ids is None, run))


def _ids_by_name(
    session: Session, path: list[str], names: list[str], types: tuple[str, ...], arguments: list[str]
) -> Plan[list[str]]:
    """The ids of the attributes called ``names`` (of ``types``) of the asset at ``path``; a name
    that is missing or repeated raises naming its argument."""
    located = yield from locate_asset(session, names_path=path)
    pool = nodes((yield from attributes_of(session, located.asset_id)))
    owner = located.names or ()
    return [
        pick_attribute(pool, (*owner, name), types, argument).id
        for name, argument in zip(names, arguments, strict=True)
    ]


def _reports(replies: list[Any], targets: list[str], items: list[tuple[int, ...]]) -> WriteResult:
    reports = []
    for reply, target, carried in zip(replies, targets, items, strict=True):
        if isinstance(reply, Exception) and not isinstance(reply, APIError):
            raise reply
        reports.append(RequestReport(target, carried, 0, reply if isinstance(reply, APIError) else None))
    return WriteResult(reports)


def write_calculated(session: Session, args: dict[str, Any]) -> Plan[WriteResult]:
    ids, path = args["attribute_ids"], args["names_path"]
    which = exactly_one(names_path=path, attribute_ids=ids)
    zone = parse_tz(args["tz"])
    stamps, names, columns = table_of(args["data"])
    if ids is not None and (isinstance(ids, str) or len(ids) != len(names)):
        raise InvalidArgumentError("attribute_ids", f"must hold one id per data column ({len(names)})")
    moments = [
        to_utc(s, f"data.timestamp[{i}]", zone).isoformat().replace("+00:00", "Z")
        for i, s in enumerate(stamps)
    ]

    def run() -> Plan[WriteResult]:
        attribute_ids = list(ids) if ids is not None else []
        if ids is None:
            arguments = ["data.columns"] * len(names)
            attribute_ids = yield from _ids_by_name(session, path, names, ("Calculated",), arguments)
        steps, targets, items = [], [], []
        for column, attribute_id in zip(columns, attribute_ids, strict=True):
            kept = [
                r for r, v in enumerate(column) if not (v is None or (isinstance(v, float) and math.isnan(v)))
            ]
            for start in range(0, len(kept), 10_000):  # the server's list cap, per request
                chunk = kept[start : start + 10_000]
                values = [{"ts": moments[r], "v": column[r]} for r in chunk]
                steps.append(
                    Step(
                        "create_calculated_values",
                        org_id=session.organization_id,
                        attribute_id=attribute_id,
                        calculated_values={"values": values},
                    )
                )
                targets.append(f"calculated/{attribute_id}")
                items.append(tuple(chunk))
        replies = yield Parallel(steps, args["concurrency"])
        return _reports(replies, targets, items)

    return (yield from retrying(session, which == "names_path", run))
