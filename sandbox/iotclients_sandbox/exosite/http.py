"""The One Platform sandbox's HTTP layer: ``POST /onep:v1/rpc/process`` (and the older ``/api:v1/...``).

As the platform does, the 100th request on one TCP connection is answered with ``Connection:
close`` and the connection is closed. ``wait`` calls are held open here, polling the state, until
a newer point arrives or their (bounded) timeout passes.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any, Final

from iotclients_sandbox._asgi import Receive, Scope, Send
from iotclients_sandbox.exosite.backend import OnePlatformBackend, WaitCall

__all__ = ["RPC_PATHS", "OnePlatformHTTP", "onep_fault_body"]

RPC_PATHS: Final = ("/onep:v1/rpc/process", "/api:v1/rpc/process")
REQUESTS_PER_CONNECTION: Final = 100
_POLL_SECONDS: Final = 0.02


def onep_fault_body(status: int, retryable: bool) -> tuple[bytes, str]:
    """An injected failure in the platform's request-level error shape."""
    body = {
        "error": {
            "code": 500 if status >= 500 else status,
            "message": f"injected fault: HTTP {status}",
            "context": "calls",
        }
    }
    return json.dumps(body).encode(), "application/json; charset=utf-8"


class OnePlatformHTTP:
    def __init__(
        self,
        backend: OnePlatformBackend,
        *,
        requests_per_connection: int = REQUESTS_PER_CONNECTION,
        sleep: Callable[[float], Any] = asyncio.sleep,
    ) -> None:
        self.backend = backend
        self.requests_per_connection = requests_per_connection
        self._per_connection: dict[Any, int] = {}
        self._sleep = sleep

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        body = await _read_body(receive)
        close = self._count(scope)
        if scope["path"] not in RPC_PATHS:
            await _respond(
                send, 404, {"error": {"code": 404, "message": "not found", "context": "path"}}, close
            )
            return
        if scope["method"] != "POST":
            await _respond(
                send, 405, {"error": {"code": 405, "message": "use POST", "context": "method"}}, close
            )
            return
        reply = self.backend.execute(body)
        if reply.error is not None:
            await _respond(send, 200, reply.error, close)
            return
        entries = await self._settle_waits(reply.entries)
        await _respond(send, 200, entries if reply.has_body else None, close)

    def _count(self, scope: Scope) -> bool:
        """Count the request on its connection; ``True`` when the connection must close after it."""
        key = (scope.get("client"), scope.get("server"))
        count = self._per_connection.get(key, 0) + 1
        if count >= self.requests_per_connection:
            self._per_connection.pop(key, None)
            self.backend.connections_closed += 1
            return True
        self._per_connection[key] = count
        return False

    async def _settle_waits(self, entries: list[dict[str, Any] | WaitCall]) -> list[dict[str, Any]]:
        waiting = {i: e for i, e in enumerate(entries) if isinstance(e, WaitCall)}
        done: list[Any] = list(entries)
        while waiting:
            for index, pending in list(waiting.items()):
                answer = self.backend.poll(pending)
                if answer is not None:
                    done[index] = answer
                    del waiting[index]
            if waiting:
                await self._sleep(_POLL_SECONDS)
        return done


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _respond(send: Send, status: int, payload: Any, close: bool) -> None:
    body = b"" if payload is None else json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    headers = [
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
    ]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
