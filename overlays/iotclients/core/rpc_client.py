"""The JSON-RPC clients generated code stands on: one call, a batch, or deferred per-auth queues.

Requests go through the shared runtime's ``_send`` (timeouts, retries with backoff): a request is
retried after a transport failure or a retryable HTTP status only when every call in it is safe
to repeat. A server that closes the connection after N requests costs nothing: the pool opens
a new one for the next request.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections import deque
from collections.abc import Sequence
from typing import Any, ClassVar, Self

import httpx

from . import errors as _errors
from .batching import run_plan, run_plan_async
from .client import AsyncAPIClient, BaseAPIClient, SyncAPIClient
from .jsonrpc import Envelope, Procedure
from .operation import Operation
from .redaction import redact
from .rpc_calls import Exchange, Pending, Queued, exchange_plan, normalise_auth, prepare
from .rpc_envelope import DIALECTS

__all__ = ["DEFAULT_MAX_CALLS", "AsyncRPCClient", "Batch", "SyncRPCClient"]

DEFAULT_MAX_CALLS = 25
"""Calls per request when not told otherwise: small enough that no request runs into a timeout."""

_LOG_KEEP = 1000


class _RPCState(BaseAPIClient):
    """Configuration and queues shared by the sync and async JSON-RPC clients."""

    _envelope: ClassVar[Envelope]

    def __init__(
        self,
        *,
        base_url: str,
        auth: Any = None,
        max_calls_per_request: int | None = None,
        start_id: int = 0,
        log_requests: bool = False,
        **http_options: Any,
    ) -> None:
        # The next class in the MRO is SyncAPIClient or AsyncAPIClient: they take the HTTP options.
        super().__init__(base_url=base_url, **http_options)
        self._rpc_setup(
            auth=auth,
            max_calls_per_request=max_calls_per_request,
            start_id=start_id,
            log_requests=log_requests,
        )

    def _rpc_setup(
        self, *, auth: Any, max_calls_per_request: int | None, start_id: int, log_requests: bool
    ) -> None:
        calls = DEFAULT_MAX_CALLS if max_calls_per_request is None else max_calls_per_request
        if isinstance(calls, bool) or not isinstance(calls, int) or calls < 1:
            raise _errors.InvalidArgumentError(
                "max_calls_per_request", f"must be an integer >= 1, got {calls!r}"
            )
        if isinstance(start_id, bool) or not isinstance(start_id, int) or start_id < 0:
            raise _errors.InvalidArgumentError("start_id", f"must be an integer >= 0, got {start_id!r}")
        self._max_calls = calls
        self._ids = itertools.count(start_id)
        self._default_auth = None if auth is None else normalise_auth(self._envelope, auth)
        self._deferred: dict[str, tuple[dict[str, Any] | None, list[Queued]]] = {}
        self._deferred_lock = threading.Lock()
        self._logged: deque[bytes] | None = deque(maxlen=_LOG_KEEP) if log_requests else None

    @property
    def max_calls_per_request(self) -> int:
        return self._max_calls

    def _next_id(self) -> int:
        return next(self._ids)

    def _auth_for(self, auth: Any) -> dict[str, Any] | None:
        if auth is not None:
            return normalise_auth(self._envelope, auth)
        if self._default_auth is None and self._envelope.dialect == "onep":
            raise _errors.InvalidArgumentError("auth", "is required: pass auth=... or give the client a CIK")
        return self._default_auth

    def _url(self) -> str:
        return str(self._base_url).rstrip("/") + self._envelope.path

    def _plan(
        self, auth: dict[str, Any] | None, queued: Sequence[Queued], max_calls: int | None = None
    ) -> Any:
        return exchange_plan(
            dialect=DIALECTS[self._envelope.dialect],
            envelope=self._envelope,
            auth=auth,
            queued=queued,
            max_calls=max_calls or self._max_calls,
            next_id=self._next_id,
            url=self._url(),
            logged=self._logged,
        )

    def _request(
        self, http: httpx.Client | httpx.AsyncClient, exchange: Exchange
    ) -> tuple[Operation, httpx.Request]:
        timeout = self._options.timeout
        if exchange.long_poll is not None:
            read = max(timeout.read or 0.0, exchange.long_poll)
            timeout = httpx.Timeout(timeout.connect, read=read, write=timeout.write, pool=timeout.pool)
        headers = {
            **self._headers,
            **dict(self._options.extra_headers),
            "Content-Type": self._envelope.content_type,
            "Accept": "application/json",
        }
        op = Operation(
            exchange.name, "POST", self._envelope.path, exchange.idempotent, security=self._envelope.security
        )
        return op, http.build_request(
            "POST", self._url(), content=exchange.body, headers=headers, timeout=timeout
        )

    # -- deferred queues (one per auth, like pyonep's, but "CIK" and {"cik": CIK} are one queue) --

    @staticmethod
    def _queue_key(auth: dict[str, Any] | None) -> str:
        return json.dumps(auth, sort_keys=True)

    def _defer(self, auth: Any, queued: Queued) -> Pending[Any]:
        resolved = self._auth_for(auth)
        with self._deferred_lock:
            self._deferred.setdefault(self._queue_key(resolved), (resolved, []))[1].append(queued)
        return queued.pending

    def has_deferred(self, auth: Any = None) -> bool:
        """Whether calls made with ``defer=True`` for ``auth`` are waiting for ``send_deferred``."""
        key = self._queue_key(self._auth_for(auth))
        with self._deferred_lock:
            return bool(self._deferred.get(key, (None, []))[1])

    def _take_deferred(self, auth: Any) -> tuple[dict[str, Any] | None, list[Queued]]:
        resolved = self._auth_for(auth)
        with self._deferred_lock:
            _, queued = self._deferred.pop(self._queue_key(resolved), (resolved, []))
        if not queued:
            raise _errors.InvalidArgumentError("auth", "has no deferred calls to send")
        return resolved, queued

    def logged_requests(self) -> list[str]:
        """The latest request bodies (with ``log_requests=True``), credentials masked."""
        return [redact(body.decode("utf-8")) for body in (self._logged or ())]

    def __repr__(self) -> str:
        shown = "'***'" if self._default_auth else "None"
        return f"{type(self).__name__}(base_url={redact(self.base_url)!r}, auth={shown})"


class SyncRPCClient(_RPCState, SyncAPIClient):
    _envelope: ClassVar[Envelope]

    def _post(self, exchange: Exchange) -> bytes:
        op, request = self._request(self._http, exchange)
        return self._send(op, request).content

    def _run(
        self, auth: dict[str, Any] | None, queued: Sequence[Queued], max_calls: int | None = None
    ) -> None:
        run_plan(self._plan(auth, queued, max_calls), self._post)

    def _rpc(self, procedure: Procedure, values: Sequence[Any], auth: Any, defer: bool) -> Any:
        queued = prepare(procedure, values)
        if defer:
            return self._defer(auth, queued)
        self._run(self._auth_for(auth), [queued])
        return queued.pending.result()

    def send_deferred(self, auth: Any = None) -> list[Pending[Any]]:
        """Send the calls deferred for ``auth`` (chunked like a batch); the queue is emptied either way."""
        resolved, queued = self._take_deferred(auth)
        self._run(resolved, queued)
        return [item.pending for item in queued]


class AsyncRPCClient(_RPCState, AsyncAPIClient):
    _envelope: ClassVar[Envelope]

    async def _post(self, exchange: Exchange) -> bytes:
        op, request = self._request(self._http, exchange)
        return (await self._send(op, request)).content

    async def _run(
        self, auth: dict[str, Any] | None, queued: Sequence[Queued], max_calls: int | None = None
    ) -> None:
        await run_plan_async(self._plan(auth, queued, max_calls), self._post)

    async def _rpc(self, procedure: Procedure, values: Sequence[Any], auth: Any, defer: bool) -> Any:
        queued = prepare(procedure, values)
        if defer:
            return self._defer(auth, queued)
        await self._run(self._auth_for(auth), [queued])
        return queued.pending.result()

    async def send_deferred(self, auth: Any = None) -> list[Pending[Any]]:
        """See ``SyncRPCClient.send_deferred``."""
        resolved, queued = self._take_deferred(auth)
        await self._run(resolved, queued)
        return [item.pending for item in queued]


class Batch:
    """Calls queued while the ``with`` block runs, sent on exit in as few requests as allowed.

    ``with client.batch() as b: p = b.read(...)`` — after the block, ``p.result()`` is the value or
    raises that call's error. Use ``async with`` on an async client. Nothing is sent when the
    block raises.
    """

    def __init__(
        self, client: SyncRPCClient | AsyncRPCClient, auth: Any = None, max_calls: int | None = None
    ) -> None:
        if max_calls is not None and (
            isinstance(max_calls, bool) or not isinstance(max_calls, int) or max_calls < 1
        ):
            raise _errors.InvalidArgumentError("max_calls", f"must be an integer >= 1, got {max_calls!r}")
        self._client: SyncRPCClient | AsyncRPCClient = client
        self._auth = client._auth_for(auth)
        self._max_calls: int | None = max_calls
        self._queued: list[Queued] = []
        self._sent = False

    def _add(self, procedure: Procedure, values: Sequence[Any]) -> Pending[Any]:
        if self._sent:
            raise RuntimeError("this batch was already sent; start a new one")
        queued = prepare(procedure, values)
        self._queued.append(queued)
        return queued.pending

    @property
    def pending(self) -> list[Pending[Any]]:
        """Every call of the batch, in the order queued."""
        return [item.pending for item in self._queued]

    def send(self) -> list[Pending[Any]]:
        if not isinstance(self._client, SyncRPCClient):
            raise TypeError("an async client's batch is sent with `async with` or `await batch.send_async()`")
        self._sent = True
        if self._queued:
            self._client._run(self._auth, self._queued, self._max_calls)
        return self.pending

    async def send_async(self) -> list[Pending[Any]]:
        if not isinstance(self._client, AsyncRPCClient):
            raise TypeError("a sync client's batch is sent with `with` or `batch.send()`")
        self._sent = True
        if self._queued:
            await self._client._run(self._auth, self._queued, self._max_calls)
        return self.pending

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.send()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            await self.send_async()
