"""A loopback HTTP server that answers slowly on purpose: one byte every ``interval`` seconds.

``mode="headers"`` trickles an endless header line, ``mode="body"`` sends the headers at once and
then trickles a body of ``body_bytes``. Each connection stops when the client hangs up or after
``give_up`` seconds, so a failing test never leaves a thread behind for long.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

Mode = Literal["headers", "body"]


class TrickleServer:
    def __init__(
        self, mode: Mode, interval: float = 0.5, body_bytes: int = 200, give_up: float = 30.0
    ) -> None:
        self.mode = mode
        self.interval = interval
        self.body_bytes = body_bytes
        self.give_up = give_up
        self.connections = 0
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        host, port = self._listener.getsockname()[:2]
        return f"http://{host}:{port}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            worker = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(worker)
            worker.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(2.0)
            try:
                _read_request(conn)
                if self.mode == "headers":
                    conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                    payload = b"a" * 100_000
                else:
                    conn.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        b"Content-Length: %d\r\n\r\n" % self.body_bytes
                    )
                    payload = b" " * self.body_bytes
                started = time.monotonic()
                for byte in payload:
                    if self._stop.is_set() or time.monotonic() - started > self.give_up:
                        return
                    conn.sendall(bytes([byte]))
                    self._stop.wait(self.interval)
            except OSError:
                return  # the client hung up: what a deadline is for

    def stop(self) -> None:
        self._stop.set()
        self._listener.close()
        for worker in self._threads:
            worker.join(5)


def _read_request(conn: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return
        body += chunk


@contextmanager
def trickling(mode: Mode, *, interval: float = 0.5, body_bytes: int = 200) -> Iterator[TrickleServer]:
    server = TrickleServer(mode, interval=interval, body_bytes=body_bytes)
    acceptor = threading.Thread(target=server._accept, daemon=True)
    acceptor.start()
    try:
        yield server
    finally:
        server.stop()
        acceptor.join(5)
