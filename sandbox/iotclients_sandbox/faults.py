"""Fault injection: make a sandbox fail the way real clouds and networks fail.

A :class:`FaultController` decides, once per request, what happens to it: first from a
scripted queue (consumed one fault per request), then by chance from the configured rates
with a seedable random generator, so a failing test can be replayed exactly. The
:class:`FaultMiddleware` carries the decision out in front of the vendor application:
an error status, a 429 with ``Retry-After``, extra latency, or a dropped connection.
"""

from __future__ import annotations

import asyncio
import enum
import json
import logging
import math
import random
import threading
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final

from iotclients_sandbox._asgi import ASGIApp, Receive, Scope, Send

__all__ = [
    "DEFAULT_ERROR_STATUSES",
    "FAULT_SCOPE_KEY",
    "DeliberateDisconnect",
    "Fault",
    "FaultController",
    "FaultKind",
    "FaultMiddleware",
    "FaultResponder",
    "FaultSettings",
    "generic_fault_body",
    "silence_deliberate_disconnects",
]

DEFAULT_ERROR_STATUSES: Final = (500, 502, 503)
FAULT_SCOPE_KEY: Final = "iotclients_sandbox.fault"
MAX_DELAY: Final = 60.0
"""Seconds a fault may hold a request: longer than any client timeout under test, short enough
that a mistyped delay cannot hang the server for the rest of a run."""
MAX_RETRY_AFTER: Final = 86_400.0
"""A day: the longest wait a ``Retry-After`` header asks for."""
"""ASGI scope key under which the middleware leaves the fault it applied (for the journal)."""


class FaultKind(enum.StrEnum):
    OK = "ok"
    STATUS = "status"
    RATE_LIMIT = "rate_limit"
    DROP = "drop"


@dataclass(frozen=True, slots=True)
class Fault:
    """What to do with one request. Build with the class methods, e.g. ``Fault.status(503)``."""

    kind: FaultKind
    status_code: int | None = None
    retry_after: float | None = None
    delay: float = 0.0
    """Seconds to wait before answering (on top of the controller's configured latency)."""

    @classmethod
    def ok(cls, *, delay: float = 0.0) -> Fault:
        """Let the request through (optionally late)."""
        return cls(FaultKind.OK, delay=_bounded("delay", MAX_DELAY, delay))

    @classmethod
    def status(cls, code: int, *, delay: float = 0.0) -> Fault:
        """Answer with error status ``code`` without reaching the vendor application."""
        if not 400 <= code <= 599:
            raise ValueError(f"fault status must be a 4xx or 5xx code, got {code}")
        if code == 429:
            return cls.rate_limit(delay=delay)
        return cls(FaultKind.STATUS, status_code=code, delay=_bounded("delay", MAX_DELAY, delay))

    @classmethod
    def rate_limit(cls, retry_after: float | None = 1.0, *, delay: float = 0.0) -> Fault:
        """Answer 429; ``retry_after`` seconds go in the ``Retry-After`` header (None: no header)."""
        if retry_after is not None:
            _bounded("retry_after", MAX_RETRY_AFTER, retry_after)
        return cls(
            FaultKind.RATE_LIMIT,
            status_code=429,
            retry_after=retry_after,
            delay=_bounded("delay", MAX_DELAY, delay),
        )

    @classmethod
    def drop(cls, *, delay: float = 0.0) -> Fault:
        """Start a response, then close the connection before its body is complete."""
        return cls(FaultKind.DROP, delay=_bounded("delay", MAX_DELAY, delay))

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.value}
        if self.kind is FaultKind.STATUS:
            data["status"] = self.status_code
        if self.kind is FaultKind.RATE_LIMIT:
            data["retry_after"] = self.retry_after
        if self.delay:
            data["delay"] = self.delay
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Fault:
        """Inverse of :meth:`to_json`; raises ``ValueError`` on an unknown kind or bad values."""
        kind = str(data.get("kind", ""))
        delay = float(data.get("delay", 0.0))
        if kind == FaultKind.OK:
            return cls.ok(delay=delay)
        if kind == FaultKind.STATUS:
            return cls.status(int(data["status"]), delay=delay)
        if kind == FaultKind.RATE_LIMIT:
            retry_after = data.get("retry_after", 1.0)
            return cls.rate_limit(None if retry_after is None else float(retry_after), delay=delay)
        if kind == FaultKind.DROP:
            return cls.drop(delay=delay)
        raise ValueError(
            f"unknown fault kind {kind!r}; expected one of {', '.join(k.value for k in FaultKind)}"
        )


@dataclass(frozen=True, slots=True)
class FaultSettings:
    """The random part of fault injection. Rates are probabilities per request and add up to at most 1."""

    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = DEFAULT_ERROR_STATUSES
    rate_limit_rate: float = 0.0
    retry_after: float = 1.0
    latency_ms: float = 0.0
    drop_rate: float = 0.0
    seed: int | None = None

    def __post_init__(self) -> None:
        for name in ("error_rate", "rate_limit_rate", "drop_rate"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and 0.0 <= value <= 1.0):
                raise ValueError(f"{name} must be between 0 and 1, got {value!r}")
        total = self.error_rate + self.rate_limit_rate + self.drop_rate
        if total > 1.0 + 1e-9:
            raise ValueError(f"error_rate + rate_limit_rate + drop_rate must be at most 1, got {total:g}")
        if not self.error_statuses:
            raise ValueError("error_statuses must name at least one status")
        for status in self.error_statuses:
            if not 400 <= status <= 599:
                raise ValueError(f"error_statuses must be 4xx or 5xx codes, got {status}")
        _bounded("retry_after", MAX_RETRY_AFTER, self.retry_after)
        _bounded("latency_ms", MAX_DELAY * 1000, self.latency_ms)

    def to_json(self) -> dict[str, Any]:
        return {
            "error_rate": self.error_rate,
            "error_statuses": list(self.error_statuses),
            "rate_limit_rate": self.rate_limit_rate,
            "retry_after": self.retry_after,
            "latency_ms": self.latency_ms,
            "drop_rate": self.drop_rate,
            "seed": self.seed,
        }


class _Keep(enum.Enum):
    KEEP = "keep"


class FaultController:
    """Thread-safe source of fault decisions, shared by the server thread and the test thread."""

    def __init__(
        self,
        *,
        error_rate: float = 0.0,
        error_statuses: Iterable[int] = DEFAULT_ERROR_STATUSES,
        rate_limit_rate: float = 0.0,
        retry_after: float = 1.0,
        latency_ms: float = 0.0,
        drop_rate: float = 0.0,
        seed: int | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._settings = FaultSettings(
            error_rate=error_rate,
            error_statuses=tuple(error_statuses),
            rate_limit_rate=rate_limit_rate,
            retry_after=retry_after,
            latency_ms=latency_ms,
            drop_rate=drop_rate,
            seed=seed,
        )
        # Reproducibility, not secrecy, is the point of this generator.
        self._rng = random.Random(seed)  # noqa: S311
        self._script: deque[Fault] = deque()
        self._applied: Counter[str] = Counter()

    @property
    def settings(self) -> FaultSettings:
        with self._lock:
            return self._settings

    @property
    def pending(self) -> int:
        """Scripted faults not yet consumed."""
        with self._lock:
            return len(self._script)

    @property
    def applied(self) -> dict[str, int]:
        """How many times each fault kind was applied since the last :meth:`clear`."""
        with self._lock:
            return dict(self._applied)

    def configure(
        self,
        *,
        error_rate: float | None = None,
        error_statuses: Iterable[int] | None = None,
        rate_limit_rate: float | None = None,
        retry_after: float | None = None,
        latency_ms: float | None = None,
        drop_rate: float | None = None,
        seed: int | _Keep | None = _Keep.KEEP,
    ) -> FaultSettings:
        """Change the settings given (the others stay). Passing ``seed`` (even ``None``) restarts the RNG."""
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("error_rate", error_rate),
                ("rate_limit_rate", rate_limit_rate),
                ("retry_after", retry_after),
                ("latency_ms", latency_ms),
                ("drop_rate", drop_rate),
            )
            if value is not None
        }
        if error_statuses is not None:
            changes["error_statuses"] = tuple(error_statuses)
        if not isinstance(seed, _Keep):
            changes["seed"] = seed
        with self._lock:
            updated = replace(self._settings, **changes)
            self._settings = updated
            if "seed" in changes:
                self._rng = random.Random(updated.seed)  # noqa: S311
            return updated

    def script(self, *faults: Fault) -> None:
        """Queue faults; each following request consumes one before any random fault applies."""
        for fault in faults:
            if not isinstance(fault, Fault):
                raise TypeError(f"expected Fault, got {type(fault).__name__}")
        with self._lock:
            self._script.extend(faults)

    def clear(self) -> None:
        """Back to no faults at all: empty script, zero rates, no latency, counters reset."""
        with self._lock:
            self._settings = FaultSettings()
            self._rng = random.Random(None)  # noqa: S311
            self._script.clear()
            self._applied.clear()

    def next_fault(self) -> Fault:
        """Decide the fate of one request."""
        with self._lock:
            settings = self._settings
            base_delay = settings.latency_ms / 1000.0
            fault = self._script.popleft() if self._script else self._draw(settings)
            if base_delay:
                fault = replace(fault, delay=fault.delay + base_delay)
            self._applied[fault.kind.value] += 1
            return fault

    def _draw(self, settings: FaultSettings) -> Fault:
        if not (settings.error_rate or settings.rate_limit_rate or settings.drop_rate):
            return _PASS
        # The same number of draws per request, whatever the outcome, keeps seeded runs replayable.
        roll = self._rng.random()
        status = self._rng.choice(settings.error_statuses)
        if roll < settings.drop_rate:
            return Fault.drop()
        roll -= settings.drop_rate
        if roll < settings.error_rate:
            return Fault.status(status)
        roll -= settings.error_rate
        if roll < settings.rate_limit_rate:
            return Fault.rate_limit(settings.retry_after)
        return _PASS

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                **self._settings.to_json(),
                "script": [fault.to_json() for fault in self._script],
                "applied": dict(self._applied),
            }


_PASS: Final = Fault(FaultKind.OK)

FaultResponder = Callable[[int, bool], tuple[bytes, str]]
"""``(status, retryable) -> (body, content type)``: how a vendor words an injected error."""


def generic_fault_body(status: int, retryable: bool) -> tuple[bytes, str]:
    body = {"error": f"injected fault: HTTP {status}", "retryable": retryable}
    return json.dumps(body).encode(), "application/json"


class DeliberateDisconnect(ConnectionAbortedError):
    """Raised after a half-sent response so the server closes the connection on purpose."""


class _DropFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DeliberateDisconnect)


_DROP_FILTER: Final = _DropFilter()


def silence_deliberate_disconnects(logger_name: str = "uvicorn.error") -> None:
    """Keep the server's error log free of the tracebacks that injected drops cause."""
    logger = logging.getLogger(logger_name)
    if _DROP_FILTER not in logger.filters:
        logger.addFilter(_DROP_FILTER)


@dataclass(slots=True)
class FaultMiddleware:
    """ASGI middleware that applies :meth:`FaultController.next_fault` to every HTTP request."""

    app: ASGIApp
    controller: FaultController
    responder: FaultResponder = field(default=generic_fault_body)
    sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        fault = self.controller.next_fault()
        scope[FAULT_SCOPE_KEY] = fault
        if fault.delay > 0:
            await self.sleep(fault.delay)
        if fault.kind is FaultKind.OK:
            await self.app(scope, receive, send)
        elif fault.kind is FaultKind.DROP:
            await _drop(send)
        else:
            await self._error(fault, send)

    async def _error(self, fault: Fault, send: Send) -> None:
        status = fault.status_code or 500
        body, content_type = self.responder(status, status in (429, 502, 503, 504))
        headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
        if fault.retry_after is not None:
            headers.append((b"retry-after", _retry_after_header(fault.retry_after)))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


async def _drop(send: Send) -> None:
    # Promise a body, deliver part of it, then abort: uvicorn closes the socket when the
    # application raises after the response has started, so the client sees an incomplete
    # message (httpx: RemoteProtocolError) instead of a clean error response.
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
        }
    )
    await send({"type": "http.response.body", "body": b'{"partial":', "more_body": True})
    raise DeliberateDisconnect("connection dropped by fault injection")


def _retry_after_header(seconds: float) -> bytes:
    # Retry-After is whole seconds on the wire; round up so clients never retry early.
    return str(math.ceil(seconds)).encode()


def _bounded(name: str, limit: float, value: float) -> float:
    if not (isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= limit):
        raise ValueError(f"{name} must be a number from 0 to {limit:g}, got {value!r}")
    return float(value)
