"""Realistic, deterministic payloads for the benchmarks (same seed, same bytes, every run)."""

from __future__ import annotations

import datetime
import json
import random
import uuid
from typing import Any

_TIMEZONES = (
    "America/New_York",
    "America/Chicago",
    "Europe/Helsinki",
    "Europe/Berlin",
    "Asia/Shanghai",
    "America/Sao_Paulo",
)
_SITES = ("Akron", "Hämeenlinna", "Greenville", "Stuttgart-Vaihingen", "Suzhou Industrial Park", "Joinville")
_PROCESSES = (
    "Extruder",
    "Cable Jacketing",
    "Blown Film",
    "Injection Moulding",
    "Pipe Extrusion",
    "Compounding",
)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def factories(count: int = 6, seed: int = 1) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [
        {
            "id": _uuid(rng),
            "name": f"{_SITES[i % len(_SITES)]} Plant {i // len(_SITES) + 1}",
            # Nullable in the spec, and often null in practice.
            "secondary_name": None
            if i % 3 == 0
            else f"Site {100 + i:03d}/{_SITES[i % len(_SITES)][:3].upper()}",
            "timezone": _TIMEZONES[i % len(_TIMEZONES)],
        }
        for i in range(count)
    ]


def lines(count: int, seed: int = 2) -> list[dict[str, Any]]:
    """``count`` lines as ``search_lines`` returns them, spread over six factories."""
    rng = random.Random(seed)
    plants = factories()
    result = []
    for i in range(count):
        process = _PROCESSES[rng.randrange(len(_PROCESSES))]
        result.append(
            {
                "id": _uuid(rng),
                "name": f"{process} Line {i + 1:04d}",
                "secondary_name": f"{process[:3].upper()}-{rng.randrange(1, 99):02d}-{i + 1:04d}",
                "factory": dict(plants[i % len(plants)]),
            }
        )
    return result


def lines_body(count: int) -> bytes:
    """The response body of ``search_lines`` for ``count`` lines, as a server would send it."""
    return json.dumps(lines(count), ensure_ascii=False, separators=(",", ":")).encode()


BULK_TYPE = {"name": "operator id"}
BULK_LINE = {"name": "Extruder Line 0001", "factory": {"name": "Akron Plant 1"}}


def interval_items(count: int) -> list[dict[str, Any]]:
    """``count`` consecutive half-hour operator intervals, shaped like the spec's example."""
    start = datetime.datetime(2021, 4, 4, 8, 0, 4, tzinfo=datetime.UTC)
    step = datetime.timedelta(minutes=30)
    return [
        {
            "start_time": (start + i * step).isoformat().replace("+00:00", "Z"),
            "end_time": (start + (i + 1) * step).isoformat().replace("+00:00", "Z"),
            "name": f"operator-{i % 37:03d}",
        }
        for i in range(count)
    ]


def bulk_create_model(count: int) -> Any:
    """An ``IntervalBulkCreate`` with ``count`` items, built the way a user builds one."""
    from iotclients.oden.models import BulkIntervalItem, Factory, IntervalBulkCreate, IntervalType, Line

    start = datetime.datetime(2021, 4, 4, 8, 0, 4, tzinfo=datetime.UTC)
    step = datetime.timedelta(minutes=30)
    return IntervalBulkCreate(
        type=IntervalType(name=BULK_TYPE["name"]),
        line=Line(name=BULK_LINE["name"], factory=Factory(name=BULK_LINE["factory"]["name"])),
        intervals=[
            BulkIntervalItem(
                start_time=start + i * step, end_time=start + (i + 1) * step, name=f"operator-{i % 37:03d}"
            )
            for i in range(count)
        ],
    )
