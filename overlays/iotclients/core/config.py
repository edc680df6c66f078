"""Client-wide settings: timeouts and retry policy, and the per-call overrides of ``with_options``."""

from __future__ import annotations

import math

import httpx

from .deadline import check_deadline
from .errors import InvalidArgumentError
from .limits import DEFAULT_MAX_RESPONSE_BYTES, check_max_response_bytes
from .record import Record
from .retry import DEFAULT_RETRY, RetryPolicy

__all__ = ["DEFAULT_TIMEOUT", "ClientOptions", "RetryPolicy", "Timeout"]

Timeout = httpx.Timeout

# Finite everywhere: a dead peer can never hang a script. Bulk writes of thousands of items may
# take tens of seconds server-side, hence the generous read timeout.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


class ClientOptions(Record):
    """What a client applies to every call: timeout, retry policy, extra headers, and the limits
    of a whole call (``deadline``, seconds for all attempts and waits together, ``None`` for none
    beyond the timeouts) and of a reply's decoded size (``max_response_bytes``)."""

    __slots__ = ("deadline", "extra_headers", "max_response_bytes", "retry", "timeout")

    def __init__(
        self,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY,
        extra_headers: tuple[tuple[str, str], ...] = (),
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.timeout: Timeout = timeout
        self.retry: RetryPolicy = retry
        self.extra_headers: tuple[tuple[str, str], ...] = extra_headers
        self.deadline: float | None = deadline
        self.max_response_bytes: int = max_response_bytes

    def updated(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: dict[str, str] | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> ClientOptions:
        policy = retry if retry is not None else self.retry
        if max_retries is not None:
            policy = policy.replace(max_retries=max_retries)
        headers = (
            self.extra_headers if extra_headers is None else (*self.extra_headers, *extra_headers.items())
        )
        return ClientOptions(
            timeout=self.timeout if timeout is None else as_timeout(timeout),
            retry=policy,
            extra_headers=headers,
            deadline=self.deadline if deadline is None else check_deadline(deadline),
            max_response_bytes=(
                self.max_response_bytes
                if max_response_bytes is None
                else check_max_response_bytes(max_response_bytes)
            ),
        )


def as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """A finite ``httpx.Timeout`` (``None`` means the default).

    A part left ``None``, infinite or NaN would let a dead peer hang a call forever, so it is refused.
    """
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        for name in ("connect", "read", "write", "pool"):
            _check_seconds(f"timeout.{name}", getattr(value, name))
        return value
    seconds = _check_seconds("timeout", value)
    return httpx.Timeout(seconds, connect=min(seconds, 10.0))


def _check_seconds(argument: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidArgumentError(argument, f"must be a number of seconds, got {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise InvalidArgumentError(argument, f"must be a finite number of seconds > 0, got {value!r}")
    return float(value)
