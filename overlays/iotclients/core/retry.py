"""When to retry and how long to wait: the policy, backoff with full jitter, Retry-After parsing."""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Mapping

from .errors import InvalidArgumentError
from .record import Record

__all__ = ["DEFAULT_RETRY", "RetryPolicy", "parse_retry_after"]


class RetryPolicy(Record):
    """How a client retries operations the spec marks safe to repeat.

    Attempt ``n`` (0-based) waits a random time in ``[0, min(max_backoff, initial_backoff * 2**n)]``
    ("full jitter"), unless the server sent ``Retry-After``; that is obeyed up to ``max_retry_after``.
    """

    __slots__ = ("initial_backoff", "max_backoff", "max_retries", "max_retry_after")

    def __init__(
        self,
        max_retries: int = 2,
        initial_backoff: float = 0.5,
        max_backoff: float = 8.0,
        max_retry_after: float = 60.0,
    ) -> None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise InvalidArgumentError("max_retries", f"must be a whole number >= 0, got {max_retries!r}")
        for name, value in (
            ("initial_backoff", initial_backoff),
            ("max_backoff", max_backoff),
            ("max_retry_after", max_retry_after),
        ):
            if not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
                raise InvalidArgumentError(name, f"must be a finite number of seconds >= 0, got {value!r}")
        self.max_retries: int = max_retries
        self.initial_backoff: float = float(initial_backoff)
        self.max_backoff: float = float(max_backoff)
        self.max_retry_after: float = float(max_retry_after)

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """The jittered wait before retry number ``attempt + 1``."""
        ceiling = min(self.max_backoff, self.initial_backoff * (2.0**attempt))
        return (rng or random).uniform(0.0, ceiling)

    def delay(
        self, attempt: int, headers: Mapping[str, str] | None, rng: random.Random | None = None
    ) -> float:
        """The wait before the next attempt: Retry-After (capped) when given, else the backoff."""
        if headers is not None:
            retry_after = parse_retry_after(headers)
            if retry_after is not None:
                return min(retry_after, self.max_retry_after)
        return self.backoff(attempt, rng)


DEFAULT_RETRY = RetryPolicy()


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``Retry-After`` (delta-seconds or HTTP-date).

    Returns ``None`` when absent or unparseable; negative waits become 0.
    """
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return max(0.0, float(milliseconds) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)
