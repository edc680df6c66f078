"""Run a sandbox on a real loopback socket: in a background thread for tests, or in the foreground.

Sandboxes are test doubles with demo credentials and an unauthenticated admin surface, so
they only ever listen on 127.0.0.1. The socket is bound here, before the server thread
starts, so a port clash is reported in the caller's thread and port 0 (any free port) is
known at once.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Self

from iotclients_sandbox.app import SandboxApp
from iotclients_sandbox.extra import missing_extra
from iotclients_sandbox.faults import FaultController, silence_deliberate_disconnects

if TYPE_CHECKING:
    import uvicorn

    from iotclients_sandbox.contract import ViolationLog
    from iotclients_sandbox.journal import RequestJournal

__all__ = ["LOOPBACK_HOSTS", "HostNotAllowedError", "Sandbox", "bind_loopback", "check_host", "serve_forever"]

LOOPBACK_HOSTS: Final = ("127.0.0.1", "localhost")
_BIND_ADDRESS: Final = "127.0.0.1"


class HostNotAllowedError(ValueError):
    """A sandbox was asked to listen somewhere other than the loopback interface."""


def check_host(host: str) -> str:
    """Return the address to bind for ``host``; refuse anything but 127.0.0.1 / localhost."""
    if host not in LOOPBACK_HOSTS:
        raise HostNotAllowedError(
            f"refusing to listen on {host!r}: a sandbox only listens on 127.0.0.1 (or localhost), "
            "because it accepts demo credentials and exposes an unauthenticated admin surface"
        )
    return _BIND_ADDRESS


def bind_loopback(host: str = _BIND_ADDRESS, port: int = 0) -> socket.socket:
    """A TCP socket bound to the loopback address (port 0: any free port), not yet listening."""
    address = check_host(host)
    if not 0 <= port <= 65535:
        raise ValueError(f"port must be between 0 and 65535, got {port}")
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted connections of a
    # socket created with it, and without TCP_NODELAY every response pays a ~40 ms Nagle delay.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((address, port))
    except OSError:
        sock.close()
        raise
    return sock


def _uvicorn_server(app: SandboxApp, log_level: str, *, own_logging: bool) -> uvicorn.Server:
    try:
        import uvicorn
    except ModuleNotFoundError as exc:
        named = missing_extra(exc, "serving a sandbox")
        if named is None:
            raise
        raise named from exc

    options: dict[str, Any] = {"log_level": log_level, "lifespan": "off", "access_log": log_level == "debug"}
    if not own_logging:
        # Leave the host application's (or pytest's) logging configuration alone.
        options["log_config"] = None
    silence_deliberate_disconnects()
    return uvicorn.Server(uvicorn.Config(app, **options))


class Sandbox:
    """A sandbox server on 127.0.0.1 in a background thread.

    >>> with Sandbox("oden") as sandbox:          # doctest: +SKIP
    ...     httpx.post(sandbox.url + "/v2/factory/search", json={"match": "all"},
    ...                headers={"Authorization": "Token oden-demo-key"})
    """

    def __init__(
        self,
        app: SandboxApp | str = "oden",
        *,
        host: str = _BIND_ADDRESS,
        port: int = 0,
        api_key: str | None = None,
        validate_responses: bool = False,
        faults: FaultController | None = None,
        startup_timeout: float = 10.0,
        shutdown_timeout: float = 5.0,
        log_level: str = "warning",
    ) -> None:
        check_host(host)
        if isinstance(app, str):
            from iotclients_sandbox.vendors import create_app

            app = create_app(app, api_key=api_key, validate_responses=validate_responses, faults=faults)
        elif api_key is not None or faults is not None:
            raise ValueError(
                "api_key and faults are options of a vendor name; a ready app already has its own"
            )
        elif validate_responses:
            app.validate_responses = True
        self.app = app
        self.host = host
        self._requested_port = port
        self._startup_timeout = startup_timeout
        self._shutdown_timeout = shutdown_timeout
        self._log_level = log_level
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None
        self.port = 0

    # -- what tests use -----------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:54321`` (available once started)."""
        if not self.port:
            raise RuntimeError("the sandbox is not running; call start() or use it as a context manager")
        return f"http://{_BIND_ADDRESS}:{self.port}"

    @property
    def faults(self) -> FaultController:
        return self.app.faults

    @property
    def journal(self) -> RequestJournal:
        return self.app.journal

    @property
    def backend(self) -> Any:
        """The vendor's state object (e.g. :class:`~iotclients_sandbox.oden.OdenBackend`)."""
        return self.app.backend

    @property
    def violations(self) -> ViolationLog:
        return self.app.violations

    @property
    def credentials(self) -> dict[str, str]:
        return dict(self.app.credentials)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def reset(self) -> None:
        self.app.reset()

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> Self:
        if self._thread is not None:
            raise RuntimeError("this sandbox was already started")
        self._socket = bind_loopback(self.host, self._requested_port)
        self.port = int(self._socket.getsockname()[1])
        self._server = _uvicorn_server(self.app, self._log_level, own_logging=False)
        self._thread = threading.Thread(
            target=self._serve, name=f"sandbox-{self.app.vendor}-{self.port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + self._startup_timeout
        while not self._server.started:
            if not self._thread.is_alive():
                self._cleanup()
                raise RuntimeError(f"the {self.app.vendor} sandbox failed to start: {self._failure!r}")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError(
                    f"the {self.app.vendor} sandbox did not start within {self._startup_timeout}s"
                )
            time.sleep(0.005)
        return self

    def _serve(self) -> None:
        server, sock = self._server, self._socket
        if server is None or sock is None:
            return
        try:
            asyncio.run(server.serve(sockets=[sock]))
        except BaseException as exc:  # reported to the thread waiting for startup
            self._failure = exc

    def stop(self) -> None:
        """Stop serving; waits at most ``shutdown_timeout`` (then forces) and never raises on timeout."""
        server, thread = self._server, self._thread
        if server is not None:
            server.should_exit = True
        if thread is not None and thread.is_alive():
            thread.join(self._shutdown_timeout)
            if thread.is_alive() and server is not None:
                server.force_exit = True
                thread.join(2.0)
        self._cleanup()

    def _cleanup(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.url if self.port else "not started"
        return f"<Sandbox {self.app.vendor} {where}>"


def serve_forever(
    app: SandboxApp,
    *,
    host: str = _BIND_ADDRESS,
    port: int = 0,
    log_level: str = "info",
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve ``app`` in the foreground until Ctrl-C (SIGINT) or SIGTERM.

    ``on_ready(url)`` is called once the socket is bound, before requests are served.
    """
    sock = bind_loopback(host, port)
    url = f"http://{_BIND_ADDRESS}:{sock.getsockname()[1]}"
    server = _uvicorn_server(app, log_level, own_logging=True)
    if on_ready is not None:
        on_ready(url)
    try:
        asyncio.run(server.serve(sockets=[sock]))
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
