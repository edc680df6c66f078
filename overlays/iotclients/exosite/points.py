"""Writing any number of points through recordbatch, in chunks, reporting every point not written.

The plan is sans-IO (``core.batching``): it checks every point before the first request, yields
one chunk per request and is sent back ``None`` (all written), a ``RejectedEntriesError`` (the
server refused some points) or another ``APIError`` (the whole chunk was not written).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import msgspec

from iotclients.core.batching import Plan
from iotclients.core.codec import invalid_argument
from iotclients.core.errors import APIError, InvalidArgumentError
from iotclients.core.record import Record
from iotclients.core.rpc_errors import CallError, RejectedEntriesError
from iotclients.core.write_results import RaisesForErrors

__all__ = ["DEFAULT_CHUNK", "ProgressCallback", "RejectedPoint", "WritePointsResult", "write_points_plan"]

DEFAULT_CHUNK = 500
"""Points per recordbatch request: well inside what one request may carry and a server finishes quickly."""

ProgressCallback = Callable[[int, int], None]
"""Called after each request with (points handled so far, total points)."""

_POINTS = list[tuple[int, int | float | str]]


class RejectedPoint(Record):
    """A point that was not written: its position in the input, the point, and why."""

    __slots__ = ("index", "status", "timestamp", "value")

    def __init__(self, index: int, timestamp: int, value: Any, status: str) -> None:
        self.index: int = index
        self.timestamp: int = timestamp
        self.value: Any = value
        self.status: str = status


class WritePointsResult(RaisesForErrors, Record):
    """``written`` points were stored; every other point is in ``rejected`` with its status."""

    __slots__ = ("rejected", "requests", "written")

    def __init__(self, written: int, rejected: list[RejectedPoint], requests: int) -> None:
        self.written: int = written
        self.rejected: list[RejectedPoint] = rejected
        self.requests: int = requests

    @property
    def ok(self) -> bool:
        return not self.rejected

    def _failures(self) -> tuple[str, tuple[APIError, ...]]:
        first = self.rejected[0]
        total = self.written + len(self.rejected)
        return (
            f"{len(self.rejected)} of {total} points not written "
            f"(first: point {first.index}, status {first.status!r})",
            (),
        )


def check_points(points: Iterable[Sequence[Any]]) -> _POINTS:
    """Every point as ``(timestamp, value)``; raises ``InvalidArgumentError`` naming the first bad one."""
    try:
        return msgspec.convert(points if isinstance(points, list) else list(points), _POINTS)
    except msgspec.ValidationError as exc:
        raise invalid_argument("points", exc) from None


def write_points_plan(
    points: Iterable[Sequence[Any]], chunk_size: int | None, on_progress: ProgressCallback | None
) -> Plan[WritePointsResult]:
    size = DEFAULT_CHUNK if chunk_size is None else chunk_size
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise InvalidArgumentError("chunk_size", f"must be an integer >= 1, got {size!r}")
    checked = check_points(points)
    return _plan(checked, size, on_progress)


def _plan(points: _POINTS, size: int, on_progress: ProgressCallback | None) -> Plan[WritePointsResult]:
    rejected: list[RejectedPoint] = []
    requests = 0
    for start in range(0, len(points), size):
        chunk = points[start : start + size]
        reply = yield chunk
        requests += 1
        if isinstance(reply, RejectedEntriesError):
            rejected.extend(_match(chunk, start, reply.rejected))
        elif isinstance(reply, APIError):
            status = _status_of(reply)
            rejected.extend(RejectedPoint(start + i, ts, v, status) for i, (ts, v) in enumerate(chunk))
        if on_progress is not None:
            on_progress(start + len(chunk), len(points))
    return WritePointsResult(len(points) - len(rejected), rejected, requests)


def _match(chunk: _POINTS, start: int, refused: list[tuple[Any, str]]) -> list[RejectedPoint]:
    """The chunk's points named by the server's ``[timestamp, status]`` list (first unused match)."""
    by_timestamp: dict[Any, list[int]] = {}
    for offset, (ts, _) in enumerate(chunk):
        by_timestamp.setdefault(ts, []).append(offset)
    found = []
    for ts, status in refused:
        offsets = by_timestamp.get(ts)
        if offsets:
            offset = offsets.pop(0)
            found.append(RejectedPoint(start + offset, chunk[offset][0], chunk[offset][1], status))
    return sorted(found, key=lambda p: p.index)


def _status_of(error: APIError) -> str:
    if isinstance(error, CallError) and isinstance(error.rpc_status, str):
        return error.rpc_status
    return f"request failed: {type(error).__name__}"
