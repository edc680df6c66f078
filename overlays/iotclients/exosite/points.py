"""Writing any number of points through recordbatch, in chunks, reporting every point not written.

The plan is sans-IO (``core.batching``): it checks every point before the first request, yields
one chunk per request and is sent back ``None`` (all written), a ``RejectedEntriesError`` (the
server refused some points) or another ``APIError``: the whole chunk was not written, or, when
the request left and no reply told what happened, its outcome is unknown.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import msgspec

from iotclients.core.batching import Plan
from iotclients.core.codec import invalid_argument
from iotclients.core.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    InvalidArgumentError,
)
from iotclients.core.record import Record
from iotclients.core.rpc_errors import CallError, RejectedEntriesError
from iotclients.core.write_results import RaisesForErrors

__all__ = ["DEFAULT_CHUNK", "ProgressCallback", "RejectedPoint", "WritePointsResult", "write_points_plan"]

DEFAULT_CHUNK: int | None = None
"""Points per recordbatch request when the caller gives no ``chunk_size``: all of them in one call.

The One Platform sets no limit on the entries of one recordbatch call (the spec says so on the
method), and pyonep's ``record``/``recordbatch`` send every point in one call; so do we."""

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
    """Every point has one of three outcomes; ``written + len(rejected) + len(unknown)`` is the
    number of points given.

    - ``written``: stored.
    - ``rejected``: not written, with the reason in ``status`` (the server's ``invalid``, the
      failed request's error, or a request that never left); safe to send again once fixed.
    - ``unknown``: the request was sent but no reply said what happened (the connection was lost,
      the reply did not parse); recordbatch adds points again when repeated, so these were not
      resent: read the range before sending them again.
    """

    __slots__ = ("rejected", "requests", "unknown", "written")

    def __init__(
        self,
        written: int,
        rejected: list[RejectedPoint],
        requests: int,
        unknown: list[RejectedPoint] | None = None,
    ) -> None:
        self.written: int = written
        self.rejected: list[RejectedPoint] = rejected
        self.requests: int = requests
        self.unknown: list[RejectedPoint] = [] if unknown is None else unknown

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.unknown

    def _failures(self) -> tuple[str, tuple[APIError, ...]]:
        first = (self.rejected or self.unknown)[0]
        total = self.written + len(self.rejected) + len(self.unknown)
        unknown = f", {len(self.unknown)} of unknown outcome" if self.unknown else ""
        return (
            f"{len(self.rejected)} of {total} points not written{unknown} "
            f"(first: point {first.index}, status {first.status!r})",
            (),
        )


def check_points(points: Iterable[Sequence[Any]]) -> _POINTS:
    """Every point as ``(timestamp, value)``; raises ``InvalidArgumentError`` naming the first bad one."""
    if isinstance(points, str | bytes) or not isinstance(points, Iterable):
        raise InvalidArgumentError(
            "points", f"must be an iterable of [timestamp, value] pairs, got {points!r:.80}"
        )
    try:
        checked = msgspec.convert(points if isinstance(points, list) else list(points), _POINTS)
    except msgspec.ValidationError as exc:
        raise invalid_argument("points", exc) from None
    for index, (_, value) in enumerate(checked):
        # JSON has no NaN or infinity: the encoder would send null, a value nobody wrote.
        if isinstance(value, float) and not math.isfinite(value):
            raise InvalidArgumentError(f"points[{index}][1]", f"must be a finite number, got {value!r}")
    return checked


def write_points_plan(
    points: Iterable[Sequence[Any]], chunk_size: int | None, on_progress: ProgressCallback | None
) -> Plan[WritePointsResult]:
    size = DEFAULT_CHUNK if chunk_size is None else chunk_size
    if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 1):
        raise InvalidArgumentError("chunk_size", f"must be an integer >= 1, got {size!r}")
    checked = check_points(points)
    return _plan(checked, size or max(len(checked), 1), on_progress)


def _plan(points: _POINTS, size: int, on_progress: ProgressCallback | None) -> Plan[WritePointsResult]:
    rejected: list[RejectedPoint] = []
    unknown: list[RejectedPoint] = []
    requests = 0
    for start in range(0, len(points), size):
        chunk = points[start : start + size]
        reply = yield chunk
        requests += 1
        if isinstance(reply, RejectedEntriesError):
            rejected.extend(_match(chunk, start, reply.rejected))
        elif isinstance(reply, APIError):
            advice = _unknown_outcome(reply)
            into, status = (unknown, advice) if advice is not None else (rejected, _status_of(reply))
            into.extend(RejectedPoint(start + i, ts, v, status) for i, (ts, v) in enumerate(chunk))
        if on_progress is not None:
            on_progress(start + len(chunk), len(points))
    return WritePointsResult(len(points) - len(rejected) - len(unknown), rejected, requests, unknown)


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


def _unknown_outcome(error: APIError) -> str | None:
    """The advice for points whose request may have been stored, or ``None`` when it surely was not."""
    if isinstance(error, APIConnectionError) and error.request_sent:
        return (
            f"outcome unknown, not resent to avoid duplicates ({error.message}); "
            "read the range before sending these again"
        )
    if isinstance(error, APIResponseValidationError):
        return (
            f"outcome unknown: the reply did not match the spec ({error.message}); "
            "read the range before sending these again"
        )
    return None


def _status_of(error: APIError) -> str:
    if isinstance(error, APIConnectionError):
        return f"not sent, safe to send again ({error.message})"
    if isinstance(error, CallError) and isinstance(error.rpc_status, str):
        return error.rpc_status
    return f"request failed: {type(error).__name__}"
