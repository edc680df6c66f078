"""The vendor-neutral shell every sandbox runs in.

Request path, outermost first: the ``/_sandbox/`` admin routes (exempt from everything
below), the request journal, fault injection, the not-implemented answer for spec operations
the sandbox has no implementation for (see ``coverage``), response contract checks (when on),
and finally the vendor's own application, which does auth, request validation and semantics.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from iotclients_sandbox._asgi import ASGIApp, Receive, Scope, Send
from iotclients_sandbox.contract import ResponseValidationMiddleware, ViolationLog
from iotclients_sandbox.coverage import (
    Coverage,
    NotImplementedAnswer,
    OperationFinder,
    UnimplementedMiddleware,
)
from iotclients_sandbox.faults import FaultController, FaultMiddleware, FaultResponder, generic_fault_body
from iotclients_sandbox.journal import JournalMiddleware, RequestJournal
from iotclients_sandbox.validation import OpenAPIValidator

__all__ = ["ADMIN_PREFIX", "SandboxApp", "SandboxBackend"]

ADMIN_PREFIX = "/_sandbox"


class SandboxBackend(Protocol):
    """What the shell needs from a vendor's state: a way back to the initial data."""

    def reset(self) -> None: ...


class SandboxApp:
    """An ASGI application: one vendor's fake server plus journal, faults and admin routes."""

    def __init__(
        self,
        *,
        vendor: str,
        app: ASGIApp,
        backend: SandboxBackend,
        validator: OpenAPIValidator | None = None,
        faults: FaultController | None = None,
        journal: RequestJournal | None = None,
        validate_responses: bool = False,
        fault_responder: FaultResponder = generic_fault_body,
        credentials: Mapping[str, str] | None = None,
        coverage: Coverage | None = None,
        not_implemented: NotImplementedAnswer | None = None,
        find_operation: OperationFinder | None = None,
    ) -> None:
        self.vendor = vendor
        self.backend = backend
        self.validator = validator
        self.faults = faults if faults is not None else FaultController()
        self.journal = journal if journal is not None else RequestJournal()
        self.violations = ViolationLog()
        self.validate_responses = validate_responses
        self.credentials: dict[str, str] = dict(credentials or {})
        inner: ASGIApp = app
        if validator is not None:
            inner = ResponseValidationMiddleware(
                inner, validator, self.violations, lambda: self.validate_responses
            )
        self.coverage = coverage
        if coverage is not None and coverage.unimplemented and not_implemented is not None:
            find = find_operation or self._operation_of
            inner = UnimplementedMiddleware(inner, find, coverage.unimplemented, not_implemented)
        inner = FaultMiddleware(inner, self.faults, fault_responder)
        self._pipeline: ASGIApp = JournalMiddleware(inner, self.journal, self._operation_of)
        self._admin: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and _is_admin(str(scope["path"])):
            await self._admin_app()(scope, receive, send)
            return
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        await self._pipeline(scope, receive, send)

    def reset(self) -> None:
        """Initial data back, journal and violations emptied, faults off."""
        self.backend.reset()
        self.journal.clear()
        self.faults.clear()
        self.violations.clear()

    def describe(self) -> dict[str, Any]:
        return {"vendor": self.vendor, "validate_responses": self.validate_responses}

    def _operation_of(self, method: str, path: str) -> str | None:
        if self.validator is None:
            return None
        found = self.validator.find(method, path)
        return found[0].operation_id if found is not None else None

    def _admin_app(self) -> ASGIApp:
        if self._admin is None:
            from iotclients_sandbox.admin import build_admin_app

            self._admin = build_admin_app(self)
        return self._admin


def _is_admin(path: str) -> bool:
    return path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/")


async def _lifespan(receive: Receive, send: Send) -> None:
    # Nothing to start or stop; answering keeps servers that insist on lifespan quiet.
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
