"""Whole-attempt and whole-call time limits.

httpx's timeouts apply to each network operation: a peer that sends one byte every half second
never trips a one-second read timeout, and a call could take minutes. Here an attempt gets an end
time (its largest timeout part from now, and never later than the call's ``deadline``), and:

- every httpx timeout of the attempt is cut to the time left before it starts;
- on connections we open, every socket read, write and connect is cut to the time left, so a
  trickle of headers ends on time without a thread per request (``core/bounded_sockets.py``);
- the body is read in chunks, checking the end time between chunks (``core/limits.py``);
- async attempts also run under ``asyncio.timeout``.
"""

from __future__ import annotations

import math
import time
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["AttemptClock", "attempt_ends", "call_ends", "check_deadline", "running_attempt_ends"]

# When the running attempt must be over (time.monotonic()); read by the sockets of bounded_sockets.
_attempt_ends: ContextVar[float | None] = ContextVar("iotclients_attempt_ends", default=None)


def running_attempt_ends() -> float | None:
    """The end time of the attempt running in this thread or task, if any."""
    return _attempt_ends.get()


def check_deadline(value: object) -> float | None:
    """``deadline=``: ``None`` (no whole-call bound beyond the retries' timeouts) or seconds > 0."""
    from .errors import InvalidArgumentError

    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidArgumentError("deadline", f"must be a number of seconds, got {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise InvalidArgumentError("deadline", f"must be a finite number of seconds > 0, got {value!r}")
    return float(value)


def call_ends(deadline: float | None) -> float | None:
    """The monotonic time by which a call started now must be over."""
    return None if deadline is None else time.monotonic() + deadline


def attempt_ends(timeouts: Mapping[str, float | None], ends_of_call: float | None, now: float) -> float:
    """The monotonic time by which one attempt started at ``now`` must be over: its largest
    timeout part later, and never after the call's end."""
    budget = max((value for value in timeouts.values() if value is not None), default=math.inf)
    ends = now + budget
    return ends if ends_of_call is None else min(ends, ends_of_call)


def capped_timeouts(timeouts: Mapping[str, float | None], left: float) -> dict[str, float | None]:
    """The attempt's httpx timeouts, none longer than the ``left`` seconds (with a tiny positive
    floor: zero means "do not wait" to some backends and "wait forever" to others)."""
    left = max(left, 0.001)
    return {name: left if value is None else min(value, left) for name, value in timeouts.items()}


class AttemptClock:
    """Marks the running attempt's end time for the sockets of ``bounded_transport`` (a context manager)."""

    __slots__ = ("_token", "ends")

    def __init__(self, ends: float) -> None:
        self.ends: float = ends
        self._token: Any = None

    def __enter__(self) -> AttemptClock:
        self._token = _attempt_ends.set(self.ends)
        return self

    def __exit__(self, *exc_info: object) -> None:
        _attempt_ends.reset(self._token)

    def left(self) -> float:
        return self.ends - time.monotonic()
