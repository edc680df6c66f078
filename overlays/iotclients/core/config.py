"""Client-wide settings: timeouts and retry policy, and the per-call overrides of ``with_options``."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from .retry import DEFAULT_RETRY, RetryPolicy

__all__ = ["DEFAULT_TIMEOUT", "ClientOptions", "RetryPolicy", "Timeout"]

Timeout = httpx.Timeout

# Finite everywhere: a dead peer can never hang a script. Bulk writes of thousands of items may
# take tens of seconds server-side, hence the generous read timeout.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


@dataclass(frozen=True, slots=True)
class ClientOptions:
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    retry: RetryPolicy = field(default_factory=lambda: DEFAULT_RETRY)
    extra_headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    def updated(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> ClientOptions:
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = as_timeout(timeout)
        if retry is not None:
            changes["retry"] = retry
        if max_retries is not None:
            changes["retry"] = replace(changes.get("retry", self.retry), max_retries=max_retries)
        if extra_headers is not None:
            changes["extra_headers"] = (*self.extra_headers, *extra_headers.items())
        return replace(self, **changes)


def as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """A finite ``httpx.Timeout``; ``None`` (no timeout at all) is refused on purpose."""
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        for name in ("connect", "read", "write", "pool"):
            if getattr(value, name) is None:
                raise ValueError(f"timeout.{name}: must be a finite number of seconds, not None")
        return value
    if value <= 0:
        raise ValueError(f"timeout: must be > 0 seconds, got {value}")
    return httpx.Timeout(float(value), connect=min(float(value), 10.0))
