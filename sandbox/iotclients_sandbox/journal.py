"""A record of the requests a sandbox received, so tests can assert what a client sent.

Counts per operation are kept for the sandbox's lifetime (until cleared); the entries
themselves (operation, body size, status, injected fault) only for the most recent requests,
so a long benchmark does not grow memory without bound.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Final

from iotclients_sandbox._asgi import ASGIApp, Message, Receive, Scope, Send
from iotclients_sandbox.faults import FAULT_SCOPE_KEY, Fault

__all__ = ["DEFAULT_KEEP", "JournalEntry", "JournalMiddleware", "OperationResolver", "RequestJournal"]

DEFAULT_KEEP: Final = 1000

OperationResolver = Callable[[str, str], str | None]
"""``(method, path) -> operationId`` or ``None`` for a path the spec does not know."""


@dataclass(slots=True)
class JournalEntry:
    """One received request; ``status`` is filled in once the response starts."""

    sequence: int
    operation: str
    method: str
    path: str
    request_bytes: int
    received_at: float
    status: int | None = None
    fault: str | None = None
    """The injected fault kind (``ok``, ``status``, ``rate_limit``, ``drop``), if faults were on."""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RequestJournal:
    """Thread-safe request log: the server thread writes, the test thread reads."""

    keep: int = DEFAULT_KEEP
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _entries: deque[JournalEntry] = field(init=False, repr=False)
    _counts: Counter[str] = field(default_factory=Counter, repr=False)
    _total: int = field(default=0, repr=False)

    def __post_init__(self) -> None:
        self._entries = deque(maxlen=self.keep)

    def record(self, operation: str, method: str, path: str, request_bytes: int) -> JournalEntry:
        with self._lock:
            self._total += 1
            entry = JournalEntry(self._total, operation, method, path, request_bytes, time.time())
            self._entries.append(entry)
            self._counts[operation] += 1
            return entry

    @property
    def total(self) -> int:
        """Requests received since the last :meth:`clear`."""
        with self._lock:
            return self._total

    def count(self, operation: str | None = None) -> int:
        """Requests received for ``operation`` (an operationId), or in total when omitted."""
        with self._lock:
            return self._total if operation is None else self._counts.get(operation, 0)

    def counts(self) -> dict[str, int]:
        """Requests per operation, sorted by operation name."""
        with self._lock:
            return dict(sorted(self._counts.items()))

    def entries(self, operation: str | None = None) -> list[JournalEntry]:
        """The most recent entries (at most ``keep``), oldest first."""
        with self._lock:
            return [entry for entry in self._entries if operation is None or entry.operation == operation]

    def body_sizes(self, operation: str | None = None) -> list[int]:
        """Request body sizes in bytes of the most recent entries, oldest first."""
        return [entry.request_bytes for entry in self.entries(operation)]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._counts.clear()
            self._total = 0

    def snapshot(self, *, recent: int = 100) -> dict[str, Any]:
        with self._lock:
            tail = list(self._entries)[-recent:] if recent > 0 else []
            return {
                "total": self._total,
                "operations": dict(sorted(self._counts.items())),
                "recent": [entry.to_json() for entry in tail],
            }


@dataclass(slots=True)
class JournalMiddleware:
    """Record every HTTP request before anything (faults included) can answer it."""

    app: ASGIApp
    journal: RequestJournal
    resolve: OperationResolver

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # The body is read here in full so its size is known even when a fault answers first;
        # the application then gets it replayed as a single message.
        chunks: list[bytes] = []
        more_body = True
        while more_body:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            more_body = bool(message.get("more_body", False))
        body = b"".join(chunks)
        method = str(scope["method"])
        path = str(scope["path"])
        operation = self.resolve(method, path) or f"{method} {path}"
        entry = self.journal.record(operation, method, path, len(body))

        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        async def observe(message: Message) -> None:
            if message["type"] == "http.response.start":
                entry.status = int(message["status"])
                fault = scope.get(FAULT_SCOPE_KEY)
                entry.fault = fault.kind.value if isinstance(fault, Fault) else None
            await send(message)

        await self.app(scope, replay, observe)
