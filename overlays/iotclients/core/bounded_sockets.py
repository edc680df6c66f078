"""httpx's default sync transport with sockets that end by the running attempt's end time.

httpcore applies the read timeout to each ``recv``: a peer trickling header bytes resets it on
every byte. Wrapping the pool's network backend cuts each connect, read and write to the time
left in the attempt (``core/deadline.py``), so a trickle ends on time without a thread per request.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

from .deadline import running_attempt_ends

if TYPE_CHECKING:
    import ssl
    from collections.abc import Iterable

__all__ = ["bounded_transport"]


def _cut(
    timeout: float | None, expired: type[httpcore.TimeoutException] = httpcore.ReadTimeout
) -> float | None:
    ends = running_attempt_ends()
    if ends is None:
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise expired("the attempt's time is up")
    return left if timeout is None else min(timeout, left)


class _BoundedStream(httpcore.NetworkStream):
    """A socket stream whose every read and write ends by the running attempt's end time."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream: httpcore.NetworkStream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _cut(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _cut(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _BoundedStream(self._stream.start_tls(ssl_context, server_hostname, _cut(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _BoundedBackend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend: httpcore.NetworkBackend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(
            host, port, _cut(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _BoundedStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _BoundedStream(
            self._backend.connect_unix_socket(path, _cut(timeout, httpcore.ConnectTimeout), socket_options)
        )

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def bounded_transport() -> httpx.HTTPTransport:
    """httpx's default transport, its sockets bounded by the running attempt's end time.

    httpx does not take a network backend, so ours is put into the pool it builds. Should a
    future httpx build it differently, the transport still works and bodies stay bounded
    between chunks; the header-trickle test then fails and says so.
    """
    transport = httpx.HTTPTransport()
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _BoundedBackend(backend)  # type: ignore[union-attr]
    return transport
