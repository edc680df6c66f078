"""Which spec operations a sandbox implements, and the answer to those it does not.

A spec grows before its sandbox does. Rather than a bare 404 (or a traceback), an operation the
spec declares but the sandbox has no implementation for answers the vendor's "not implemented"
form naming the operation; the list is printed at start and served at ``GET /_sandbox/coverage``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from iotclients_sandbox._asgi import ASGIApp, Receive, Scope, Send

__all__ = [
    "Coverage",
    "NotImplementedAnswer",
    "UnimplementedMiddleware",
    "json_answer",
    "not_implemented_message",
]

# (status, body, content type) for the operation named.
NotImplementedAnswer = Callable[[str], tuple[int, bytes, str]]
# (method, path) -> the spec operation there, or None.
OperationFinder = Callable[[str, str], str | None]


@dataclass(frozen=True)
class Coverage:
    """The spec's operations (or JSON-RPC procedures) and those without an implementation."""

    operations: tuple[str, ...]
    unimplemented: tuple[str, ...]

    @classmethod
    def of(cls, declared: Iterable[str], implemented: Iterable[str]) -> Coverage:
        names = tuple(sorted(set(declared)))
        done = set(implemented)
        return cls(names, tuple(name for name in names if name not in done))

    def __add__(self, other: Coverage) -> Coverage:
        return Coverage(
            tuple(sorted({*self.operations, *other.operations})),
            tuple(sorted({*self.unimplemented, *other.unimplemented})),
        )

    def as_json(self) -> dict[str, Any]:
        unimplemented = set(self.unimplemented)
        return {
            "operations": len(self.operations),
            "implemented": [name for name in self.operations if name not in unimplemented],
            "unimplemented": list(self.unimplemented),
        }

    def summary(self) -> str:
        total = len(self.operations)
        if not self.unimplemented:
            return f"all {total} spec operations implemented"
        return f"{len(self.unimplemented)} of {total} spec operations not implemented: " + ", ".join(
            self.unimplemented
        )


def not_implemented_message(operation: str) -> str:
    return f"{operation} is declared by the spec but not implemented by this sandbox"


def json_answer(status: int, body: Callable[[str], dict[str, Any]]) -> NotImplementedAnswer:
    """A not-implemented answer with a JSON body in the vendor's error shape."""

    def answer(operation: str) -> tuple[int, bytes, str]:
        return status, json.dumps(body(operation)).encode(), "application/json"

    return answer


class UnimplementedMiddleware:
    """Answers requests for unimplemented operations before the vendor's app (which has no route)."""

    def __init__(
        self, app: ASGIApp, find: OperationFinder, unimplemented: Iterable[str], answer: NotImplementedAnswer
    ) -> None:
        self.app = app
        self.find = find
        self.unimplemented = frozenset(unimplemented)
        self.answer = answer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            operation = self.find(str(scope["method"]), str(scope["path"]))
            if operation is not None and operation in self.unimplemented:
                status, body, content_type = self.answer(operation)
                headers = [
                    (b"content-type", content_type.encode()),
                    (b"content-length", str(len(body)).encode()),
                ]
                await send({"type": "http.response.start", "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
