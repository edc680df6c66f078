"""The packing a user would write by hand: a stable sort by measurement, then next-fit.

Rows are ordered by measurement (name, data type, unit; input order kept within one), and each
point goes into the current body when it fits, under its measurement's header; otherwise the body
is closed and a new one opened. It is the reference ``pack_telemetry`` must match or beat on
requests, and the CPU time it must stay near.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import msgspec

from iotclients.iotticket import MAX_BODY_BYTES, TelemetryRow, format_timestamp

__all__ = ["measurement_key", "sort_next_fit"]

_OPEN, _CLOSE = b'{"t":[', b"]}"
_TYPES = ((bool, "boolean"), (int, "long"), (float, "double"), (str, "string"))


def measurement_key(name: str, data_type: str, unit: str | None) -> tuple[str, str, bool, str]:
    """A total order on measurements (``None`` units sort after strings)."""
    return (name, data_type, unit is None, unit or "")


def _data_type(row: TelemetryRow) -> str:
    if row.data_type is not None:
        return row.data_type
    return next(name for kind, name in _TYPES if isinstance(row.value, kind))


def sort_next_fit(rows: Sequence[TelemetryRow], limit: int = MAX_BODY_BYTES) -> list[bytes]:
    """The bodies, each at most ``limit`` bytes; NaN and ``None`` values are left out."""
    encode = msgspec.json.encode
    kept = [
        (measurement_key(row.name, _data_type(row), row.unit), row)
        for row in rows
        if row.value is not None and not (isinstance(row.value, float) and math.isnan(row.value))
    ]
    kept.sort(key=lambda pair: pair[0])
    bodies: list[bytes] = []
    items: list[bytes] = []  # closed items of the current body
    points: list[bytes] = []  # points of the open item
    header = b""
    used = len(_OPEN) + len(_CLOSE)
    current: tuple[str, str, bool, str] | None = None
    headers: dict[tuple[str, str, bool, str], bytes] = {}

    def close_item() -> None:
        if points:
            items.append(header + b",".join(points) + b"]}")
            points.clear()

    for key, row in kept:
        head = headers.get(key)
        if head is None:
            fields: dict[str, Any] = {"n": row.name, "dt": key[1]}
            if row.unit is not None:
                fields["unit"] = row.unit
            head = headers[key] = encode(fields)[:-1] + b',"data":['
        point = encode({format_timestamp(row.timestamp): row.value})
        same_item = key == current and points
        cost = 1 + len(point) if same_item else (1 if items or points else 0) + len(head) + len(point) + 2
        if used + cost > limit:
            close_item()
            bodies.append(_OPEN + b",".join(items) + _CLOSE)
            items.clear()
            used = len(_OPEN) + len(_CLOSE)
            same_item = False
            cost = len(head) + len(point) + 2
        if not same_item:
            close_item()
            header, current = head, key
        points.append(point)
        used += cost
    close_item()
    if items:
        bodies.append(_OPEN + b",".join(items) + _CLOSE)
    return bodies
