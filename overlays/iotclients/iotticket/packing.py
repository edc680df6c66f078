"""Packing device writes into IoT-TICKET http-adapter request bodies of at most 2,048 bytes.

The adapter answers 413 to any telemetry body over 2,048 bytes, so the packer measures the exact
bytes that will be sent. Every fragment (a measurement header, one ``{timestamp: value}`` point,
one set sample, one timesignal) is encoded once with ``msgspec.json`` (compact: no whitespace,
keys in insertion order, UTF-8 output) and bodies are assembled by joining those fragments with
the JSON separators ``,`` ``[`` ``]``. A body's size is therefore the sum of measured fragment
sizes, and ``Body.content`` is the byte string the client must send unchanged; it equals
``msgspec.json.encode(msgspec.json.decode(content))``.

Three body shapes are produced (the whole-item ones by ``whole_items``):

* ``{"t": [{"n", "dt", "unit"?, "data": [{ts: value}, ...]}, ...]}`` by ``pack_telemetry``;
  missing values (NaN or ``None``) are dropped and reported, as the vendor SDK does;
* ``{"t_set": [{"id", "ts", "t": [{"n", "dt", "value"}, ...]}, ...]}`` by ``pack_telemetry_set``;
  a set sample must be complete, so a missing value is refused;
* ``{"ts": [{"n", "ts", "id", "value"}, ...]}`` by ``pack_timesignals``.

The output is deterministic: it depends only on the input order and values.
"""

from __future__ import annotations

import datetime
import math
import time
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import msgspec

from iotclients.core.errors import InvalidArgumentError
from iotclients.core.record import Record

__all__ = [
    "MAX_BODY_BYTES",
    "Body",
    "DataType",
    "PackResult",
    "SetSample",
    "TelemetryRow",
    "TimesignalRow",
    "Timestamp",
    "Value",
    "format_timestamp",
    "pack_telemetry",
]

MAX_BODY_BYTES = 2048
"""The adapter's limit per request body; larger bodies are answered with 413."""

DataType = Literal["double", "long", "string", "boolean"]
Value = float | int | str | bool | None
Timestamp = str | int | datetime.datetime
"""An ISO-8601 string (sent verbatim), epoch milliseconds, or a timezone-aware datetime."""

_encode = msgspec.json.encode
_YEAR_10000_MS = 253_402_300_800_000
_DATA_TYPES: frozenset[str] = frozenset({"double", "long", "string", "boolean"})


class TelemetryRow(Record):
    """One value of one measurement at one timestamp.

    ``data_type`` is inferred from the value when omitted (bool → boolean, int → long,
    float → double, str → string). ``unit`` (at most 255 characters) is left out of the body
    when ``None``; an empty string is sent as is.
    """

    __slots__ = ("data_type", "name", "timestamp", "unit", "value")

    def __init__(
        self,
        name: str,
        timestamp: Timestamp,
        value: Value,
        data_type: DataType | None = None,
        unit: str | None = None,
    ) -> None:
        self.name: str = name
        self.timestamp: Timestamp = timestamp
        self.value: Value = value
        self.data_type: DataType | None = data_type
        self.unit: str | None = unit


class SetSample(Record):
    """One sample of a telemetry data set: every measurement's value at one timestamp."""

    __slots__ = ("timestamp", "values")

    def __init__(self, timestamp: Timestamp, values: Mapping[str, Value]) -> None:
        self.timestamp: Timestamp = timestamp
        self.values: Mapping[str, Value] = values


class TimesignalRow(Record):
    """One timesignal: ``value`` is any JSON object, ``signal_id`` at most 255 characters."""

    __slots__ = ("name", "signal_id", "timestamp", "value")

    def __init__(self, name: str, timestamp: Timestamp, signal_id: str, value: Mapping[str, Any]) -> None:
        self.name: str = name
        self.timestamp: Timestamp = timestamp
        self.signal_id: str = signal_id
        self.value: Mapping[str, Any] = value


class Body(Record):
    """One request body: the exact bytes to send and the indexes of the input rows it carries."""

    __slots__ = ("content", "rows")

    def __init__(self, content: bytes, rows: tuple[int, ...]) -> None:
        self.content: bytes = content
        self.rows: tuple[int, ...] = rows


class PackResult(Record):
    """The bodies in sending order, the rows dropped as missing values, and packing statistics.

    ``lower_bound`` is a count of bodies no packing can beat. For telemetry data
    (``pack_telemetry``) it is ``_lower_bound`` of ``payload_bytes``: the size of all delivered
    rows as one unbounded body without its envelope, plus the measurement headers any packing
    must repeat because a measurement holds more than one body can carry. For whole items (set
    samples, timesignals) it is ``bin_packing.lower_bound`` of the items' sizes: the largest of the
    volume bound, Martello and Toth's L2 and the cardinality-excess bound.
    """

    __slots__ = ("bodies", "dropped", "lower_bound", "payload_bytes")

    def __init__(
        self, bodies: tuple[Body, ...], dropped: tuple[int, ...], lower_bound: int, payload_bytes: int
    ) -> None:
        self.bodies: tuple[Body, ...] = bodies
        self.dropped: tuple[int, ...] = dropped
        self.lower_bound: int = lower_bound
        self.payload_bytes: int = payload_bytes


# ---------------------------------------------------------------------------------------------
# Values and timestamps


def format_timestamp(value: Timestamp, argument: str = "timestamp") -> str:
    """The wire form of a timestamp: ISO-8601 UTC with milliseconds and ``Z``.

    Strings are sent verbatim: the caller may already hold the exact form the server expects.
    """
    if isinstance(value, str):
        if not value:
            raise InvalidArgumentError(argument, "must be a non-empty ISO-8601 string")
        return value
    if isinstance(value, bool):  # bool is an int subclass, never a timestamp
        raise InvalidArgumentError(argument, "must be a str, epoch milliseconds or a datetime")
    if isinstance(value, int):
        if 0 <= value < _YEAR_10000_MS:
            # The same text as through datetime, at a third of the cost: packing formats every row.
            seconds, millis = divmod(value, 1000)
            return time.strftime("%Y-%m-%dT%H:%M:%S.", time.gmtime(seconds)) + f"{millis:03d}Z"
        moment = datetime.datetime.fromtimestamp(0, datetime.UTC) + datetime.timedelta(milliseconds=value)
    elif isinstance(value, datetime.datetime):
        if value.tzinfo is None:  # guessing a zone would silently shift data by hours
            raise InvalidArgumentError(argument, "must be timezone-aware (e.g. tzinfo=datetime.UTC)")
        moment = value.astimezone(datetime.UTC)
    else:
        raise InvalidArgumentError(argument, "must be a str, epoch milliseconds or a datetime")
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _infer_type(value: Value, argument: str) -> DataType:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    raise InvalidArgumentError(argument, f"unsupported value type {type(value).__name__}")


def _check_value(value: Value, data_type: str, argument: str) -> None:
    """Refuse values JSON cannot carry or that contradict the declared data type."""
    if data_type not in _DATA_TYPES:
        raise InvalidArgumentError(argument, f"data type must be one of {sorted(_DATA_TYPES)}")
    if isinstance(value, float) and math.isinf(value):
        raise InvalidArgumentError(argument, "infinite values cannot be sent as JSON")
    matches = {
        "boolean": isinstance(value, bool),
        "long": isinstance(value, int) and not isinstance(value, bool),
        "double": isinstance(value, int | float) and not isinstance(value, bool),
        "string": isinstance(value, str),
    }[data_type]
    if not matches:
        raise InvalidArgumentError(argument, f"value {value!r} does not match data type {data_type}")


def _check_name(name: object, argument: str) -> str:
    if not isinstance(name, str) or not name:
        raise InvalidArgumentError(argument, "name must be a non-empty string")
    return name


def _check_short(text: str, argument: str) -> None:
    if len(text) > 255:
        raise InvalidArgumentError(argument, "must be at most 255 characters")


# ---------------------------------------------------------------------------------------------
# Bin bookkeeping shared by the three shapes


def _lower_bound(payload: int, envelope: int, limit: int) -> int:
    """The fewest bodies any packing of ``payload`` bytes could use.

    ``payload`` counts every delivered fragment once plus the commas between them, as in one
    unbounded body. Splitting it into k bodies can only add bytes (a repeated measurement header)
    except for the k - 1 commas that no longer separate neighbours, and each body holds at most
    ``limit - envelope`` bytes of content, so k * (limit - envelope) >= payload - (k - 1), i.e.
    k >= (payload + 1) / (limit - envelope + 1).
    """
    if payload == 0:
        return 0
    return -(-(payload + 1) // (limit - envelope + 1))


def _too_large(argument: str, needed: int, limit: int) -> InvalidArgumentError:
    return InvalidArgumentError(argument, f"needs {needed} bytes alone in a body; the limit is {limit}")


# ---------------------------------------------------------------------------------------------
# Telemetry data ("t"): points share a measurement header, so groups may be split across bodies

_T_OPEN = b'{"t":['
_T_CLOSE = b"]}"


class _Piece:
    """Part of one measurement group placed in one body: the header plus some points."""

    __slots__ = ("group", "points")

    def __init__(self, group: int, points: list[int]) -> None:
        self.group: int = group
        self.points: list[int] = points


class _Bin:
    __slots__ = ("pieces", "used")

    def __init__(self, envelope: int) -> None:
        self.pieces: list[_Piece] = []
        self.used: int = envelope


class _TelemetryGroups:
    """Rows grouped by measurement (name, data type, unit), with their encoded fragments."""

    __slots__ = ("dropped", "headers", "keys", "members", "points")

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str, str | None], int] = {}
        self.headers: list[bytes] = []  # b'{"n":..,"dt":..,"unit":..,"data":[' of each group
        self.members: list[list[int]] = []  # row indexes of each group, in input order
        self.points: dict[int, bytes] = {}  # b'{"<ts>":<value>}' of each delivered row
        self.dropped: list[int] = []

    def add(self, index: int, row: TelemetryRow, envelope: int, limit: int) -> None:
        argument = f"rows[{index}]"
        if not isinstance(row, TelemetryRow):
            raise InvalidArgumentError(argument, "must be a TelemetryRow")
        name = _check_name(row.name, argument)
        if _is_missing(row.value):
            self.dropped.append(index)
            return
        data_type = row.data_type or _infer_type(row.value, argument)
        _check_value(row.value, data_type, argument)
        if row.unit is not None:
            _check_short(row.unit, f"{argument}.unit")
        key = (name, data_type, row.unit)
        group = self.keys.get(key)
        if group is None:
            group = self.keys[key] = len(self.headers)
            head: dict[str, Any] = {"n": name, "dt": data_type}
            if row.unit is not None:
                head["unit"] = row.unit
            self.headers.append(_encode(head)[:-1] + b',"data":[')
            self.members.append([])
        point = _encode({format_timestamp(row.timestamp, f"{argument}.timestamp"): row.value})
        needed = envelope + len(self.headers[group]) + len(point) + len(_T_CLOSE)
        if needed > limit:
            raise _too_large(argument, needed, limit)
        self.points[index] = point
        self.members[group].append(index)


def pack_telemetry(rows: Iterable[TelemetryRow], *, limit: int = MAX_BODY_BYTES) -> PackResult:
    """Pack telemetry rows into ``{"t": [...]}`` bodies of at most ``limit`` bytes each.

    Rows whose value is NaN or ``None`` are dropped and listed in ``PackResult.dropped``. A row
    that cannot fit in a body on its own raises ``InvalidArgumentError`` naming ``rows[i]``.
    Rows of the same measurement (name, data type and unit) share one item per body, and within
    an item the points keep their input order.
    """
    envelope = len(_T_OPEN) + len(_T_CLOSE)
    groups = _TelemetryGroups()
    for index, row in enumerate(rows):
        groups.add(index, row, envelope, limit)
    headers, members, point_bytes, dropped = groups.headers, groups.members, groups.points, groups.dropped

    def piece_size(group: int, points: Sequence[int]) -> int:
        # header + points + commas between points + the closing "]}" of the item
        return len(headers[group]) + sum(len(point_bytes[p]) for p in points) + len(points) - 1 + 2

    sizes = [piece_size(g, pts) for g, pts in enumerate(members)]
    payload = sum(sizes) + max(len(sizes) - 1, 0)
    # A group larger than one body must be split. Its m pieces (each at most limit - envelope
    # bytes) total S + (m - 1) * (H + 1) bytes, H being the header: each extra piece repeats the
    # header and "]}" but drops one point separator. That gives the fewest pieces below; each
    # extra one also needs an item separator, so H + 2 bytes are added that every packing sends.
    room = limit - envelope
    unavoidable = 0
    for group, size in enumerate(sizes):
        header = len(headers[group])
        pieces = max(1, -(-(size - header - 1) // (room - header - 1)))
        unavoidable += (pieces - 1) * (header + 2)

    # Packing is bin packing with one twist: a group may be split, at the price of repeating its
    # header. Placing whole groups largest first (first-fit decreasing) keeps headers unrepeated
    # and leaves the small groups to fill the gaps; a group that fits in no open body is poured
    # point by point into the gaps of the open bodies before new ones are opened. Pouring wastes
    # at most one header per body, while refusing to split would waste up to half of every body
    # when groups are slightly larger than half the limit. Next-fit over the measurements in
    # sorted order wins when a few large groups leave every body a few bytes short, so both are
    # built and the one with fewer bodies is sent: never more requests than next-fit.
    poured = _first_fit_poured(
        members, sizes, headers=headers, point_bytes=point_bytes, envelope=envelope, limit=limit
    )
    keys = sorted(groups.keys, key=lambda k: (k[0], k[1], k[2] is None, k[2] or ""))
    order = [groups.keys[key] for key in keys]
    fitted = _next_fit(
        order, members, headers=headers, point_bytes=point_bytes, envelope=envelope, limit=limit
    )
    bins = fitted if len(fitted) < len(poured) else poured

    bodies: list[Body] = []
    for packed in bins:
        items = [
            headers[piece.group] + b",".join(point_bytes[p] for p in piece.points) + b"]}"
            for piece in packed.pieces
        ]
        content = _T_OPEN + b",".join(items) + _T_CLOSE
        # The running size is the contract with the server; a mismatch is a bug, not bad input.
        assert len(content) == packed.used <= limit, (len(content), packed.used)
        carried = tuple(sorted(p for piece in packed.pieces for p in piece.points))
        bodies.append(Body(content, carried))
    total = payload + unavoidable
    return PackResult(tuple(bodies), tuple(dropped), _lower_bound(total, envelope, limit), total)


def _first_fit_poured(
    members: list[list[int]],
    sizes: list[int],
    *,
    headers: list[bytes],
    point_bytes: Mapping[int, bytes],
    envelope: int,
    limit: int,
) -> list[_Bin]:
    bins: list[_Bin] = []
    # Bodies with no room for the smallest possible piece are left out of every later search, so
    # the searches stay short however many bodies are full.
    smallest_piece = min(
        (len(headers[g]) + min(len(point_bytes[p]) for p in pts) + 3 for g, pts in enumerate(members) if pts),
        default=limit,
    )
    open_bins: list[_Bin] = []
    for group in sorted(range(len(members)), key=lambda g: (-sizes[g], g)):
        size = sizes[group]
        target = next((b for b in open_bins if b.used + (1 if b.pieces else 0) + size <= limit), None)
        if target is not None:
            target.used += (1 if target.pieces else 0) + size
            target.pieces.append(_Piece(group, list(members[group])))
        else:
            pending = _Pending(members[group], point_bytes)
            header = len(headers[group])
            for candidate in open_bins:
                if not pending.count:
                    break
                _pour(candidate, group, pending, header=header, limit=limit)
            while pending.count:
                fresh = _Bin(envelope)
                bins.append(fresh)
                open_bins.append(fresh)
                _pour(fresh, group, pending, header=header, limit=limit)
        open_bins = [b for b in open_bins if limit - b.used >= smallest_piece]
    return bins


def _next_fit(
    order: list[int],
    members: list[list[int]],
    *,
    headers: list[bytes],
    point_bytes: Mapping[int, bytes],
    envelope: int,
    limit: int,
) -> list[_Bin]:
    """Points in measurement order, each into the current body when it fits, else into a new one."""
    bins: list[_Bin] = []
    current = _Bin(envelope)
    for group in order:
        header = len(headers[group])
        piece: _Piece | None = None
        for index in members[group]:
            point = len(point_bytes[index])
            if piece is not None and current.used + 1 + point <= limit:
                piece.points.append(index)
                current.used += 1 + point
                continue
            cost = (1 if current.pieces else 0) + header + point + 2
            if current.used + cost > limit:
                bins.append(current)
                current = _Bin(envelope)
                cost = header + point + 2
            piece = _Piece(group, [index])
            current.pieces.append(piece)
            current.used += cost
    if current.pieces:
        bins.append(current)
    return bins


class _Pending:
    """The points of one group not placed yet, by encoded size: largest size first, and within one
    size in input order. Taking points from the front of a size's queue costs only what is taken."""

    __slots__ = ("count", "queues", "sizes")

    def __init__(self, members: Sequence[int], point_bytes: Mapping[int, bytes]) -> None:
        queues: dict[int, deque[int]] = {}
        for index in members:
            queues.setdefault(len(point_bytes[index]), deque()).append(index)
        self.queues = queues
        self.sizes = sorted(queues, reverse=True)
        self.count = len(members)


def _pour(target: _Bin, group: int, pending: _Pending, *, header: int, limit: int) -> None:
    """Move the pending points that fit into ``target``, under one header.

    Points are taken largest first, so a gap is filled with big points while they fit and topped
    up with small ones; taking only a prefix in input order would leave gaps as large as the
    largest point. Taken points go out in input order.
    """
    cost = (1 if target.pieces else 0) + header + 2  # separator, header, closing "]}"
    room = limit - target.used - cost
    taken: list[int] = []
    emptied = False
    for size in pending.sizes:
        if room < pending.sizes[-1]:  # not even the smallest pending point fits any more
            break
        queue = pending.queues[size]
        separator = 1 if taken else 0
        if not queue or size + separator > room:
            continue
        # The first point taken needs no separator; every later one needs its comma.
        count = min(len(queue), 1 + (room - size - separator) // (size + 1))
        for _ in range(count):
            taken.append(queue.popleft())
        room -= count * (size + 1) - 1 + separator
        emptied = emptied or not queue
    if emptied:
        pending.sizes = [size for size in pending.sizes if pending.queues[size]]
    if taken:
        taken.sort()
        pending.count -= len(taken)
        target.pieces.append(_Piece(group, taken))
        target.used = limit - room
