"""The One Platform sandbox's HTTP layer: ``POST /onep:v1/rpc/process`` (and the older ``/api:v1/...``),
and the Provisioning routes under ``/provision/`` (handed to ``provision_http``).

As the platform does, the 100th request on one TCP connection is answered with ``Connection:
close`` and the connection is closed. ``wait`` calls are held open here, polling the state, until
a newer point arrives or their (bounded) timeout passes.
"""

from __future__ import annotations

import asyncio
import json
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Final
from urllib.parse import parse_qsl

from iotclients_sandbox._asgi import Receive, Scope, Send
from iotclients_sandbox.exosite.backend import OnePlatformBackend, WaitCall
from iotclients_sandbox.exosite.provision_http import ProvisionHTTP

__all__ = ["RPC_PATHS", "OnePlatformHTTP", "onep_fault_body"]

RPC_PATHS: Final = ("/onep:v1/rpc/process", "/api:v1/rpc/process")
REQUESTS_PER_CONNECTION: Final = 100
_POLL_SECONDS: Final = 0.02
_TRACKED_CONNECTIONS: Final = 4096


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
        provision: ProvisionHTTP | None = None,
        requests_per_connection: int = REQUESTS_PER_CONNECTION,
        sleep: Callable[[float], Any] = asyncio.sleep,
    ) -> None:
        self.backend = backend
        self.provision = provision
        self.requests_per_connection = requests_per_connection
        # ASGI says nothing when a connection closes, so counts of connections that went away
        # (clients opening one per request) are dropped oldest first beyond this many.
        self._per_connection: OrderedDict[Any, int] = OrderedDict()
        self._sleep = sleep

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        body = await _read_body(receive)
        close = self._count(scope)
        if self.provision is not None and str(scope["path"]).startswith("/provision/"):
            await self._provision(scope, send, body, close)
            return
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

    async def _provision(self, scope: Scope, send: Send, body: bytes, close: bool) -> None:
        assert self.provision is not None
        query: dict[str, list[str]] = {}
        for name, value in parse_qsl(
            bytes(scope.get("query_string", b"")).decode("latin-1"), keep_blank_values=True
        ):
            query.setdefault(name, []).append(value)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        answer = self.provision.answer(str(scope["method"]), str(scope["path"]), query, headers, body)
        await _send_bytes(send, answer.status, answer.body, answer.content_type, close)

    def _count(self, scope: Scope) -> bool:
        """Count the request on its connection; ``True`` when the connection must close after it."""
        key = (scope.get("client"), scope.get("server"))
        count = self._per_connection.pop(key, 0) + 1
        if count >= self.requests_per_connection:
            self.backend.connections_closed += 1
            return True
        self._per_connection[key] = count
        while len(self._per_connection) > _TRACKED_CONNECTIONS:
            self._per_connection.popitem(last=False)
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
    await _send_bytes(send, status, body, "application/json; charset=utf-8", close)


async def _send_bytes(send: Send, status: int, body: bytes, content_type: str, close: bool) -> None:
    headers = [
        (b"content-type", content_type.encode("latin-1")),
        (b"content-length", str(len(body)).encode()),
    ]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
