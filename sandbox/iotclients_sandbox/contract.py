"""Check every response a sandbox emits against the spec (switched on in tests).

A response that breaks the contract is not passed on: it is recorded as a
:class:`ContractViolation` and replaced with a 500 naming the problem, so a test that
talks to the sandbox fails loudly instead of learning the wrong lesson.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from iotclients_sandbox._asgi import ASGIApp, Message, Receive, Scope, Send
from iotclients_sandbox.validation import OpenAPIValidator, ValidationIssue

__all__ = ["ContractViolation", "ResponseValidationMiddleware", "ViolationLog"]

_log = logging.getLogger("iotclients_sandbox.contract")


@dataclass(frozen=True, slots=True)
class ContractViolation:
    operation: str
    method: str
    path: str
    status: int
    issues: tuple[ValidationIssue, ...]

    def __str__(self) -> str:
        problems = "; ".join(str(issue) for issue in self.issues)
        return f"{self.method} {self.path} ({self.operation}) answered {self.status}: {problems}"

    def to_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "issues": [str(issue) for issue in self.issues],
        }


@dataclass
class ViolationLog:
    """Thread-safe list of contract violations, read by tests after the fact."""

    _items: list[ContractViolation] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, violation: ContractViolation) -> None:
        with self._lock:
            self._items.append(violation)

    def __iter__(self) -> Iterator[ContractViolation]:
        return iter(self.items)

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    @property
    def items(self) -> list[ContractViolation]:
        with self._lock:
            return list(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


@dataclass(slots=True)
class ResponseValidationMiddleware:
    app: ASGIApp
    validator: OpenAPIValidator
    violations: ViolationLog
    enabled: Callable[[], bool] = field(default=lambda: True)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.enabled():
            await self.app(scope, receive, send)
            return
        found = self.validator.find(str(scope["method"]), str(scope["path"]))
        if found is None:
            await self.app(scope, receive, send)
            return
        operation = found[0]
        start: Message | None = None
        chunks: list[bytes] = []

        async def buffer(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, buffer)
        if start is None:
            return
        body = b"".join(chunks)
        status = int(start["status"])
        content_type = _header(start, b"content-type")
        issues = self.validator.validate_response(operation, status, content_type, body)
        if issues:
            violation = ContractViolation(
                operation.operation_id, str(scope["method"]), str(scope["path"]), status, issues
            )
            self.violations.add(violation)
            _log.error("response breaks the contract: %s", violation)
            payload = json.dumps(
                {"error": f"sandbox response breaks the contract: {violation}", "retryable": False}
            )
            start = {
                "type": "http.response.start",
                "status": 500,
                "headers": [(b"content-type", b"application/json")],
            }
            body = payload.encode()
        headers = [
            (key, value) for key, value in start.get("headers", []) if key.lower() != b"content-length"
        ]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": start["status"], "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _header(start: Message, name: bytes) -> str | None:
    for key, value in start.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None
