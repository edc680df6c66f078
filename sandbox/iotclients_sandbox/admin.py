"""HTTP control surface under ``/_sandbox/`` for clients in another process.

No auth and no faults here: it is the test harness's side door, and the sandbox only ever
listens on the loopback interface.

- ``GET /_sandbox/health``: vendor name and status.
- ``GET /_sandbox/faults``: current fault settings and the scripted queue.
- ``POST /_sandbox/faults``: ``{"error_rate": 0.2, "seed": 7, "script": [{"kind": "drop"}], ...}``;
  the settings given change, ``script`` is appended, ``"clear": true`` resets first.
- ``DELETE /_sandbox/faults``: no faults at all.
- ``GET /_sandbox/requests``: requests per operation and the most recent entries.
- ``DELETE /_sandbox/requests``: empty the journal.
- ``GET /_sandbox/violations``: responses that broke the spec (with response validation on).
- ``GET /_sandbox/coverage``: the spec operations implemented and those that are not.
- ``POST /_sandbox/reset``: initial data, empty journal, no faults.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from iotclients_sandbox.faults import Fault

if TYPE_CHECKING:
    from iotclients_sandbox.app import SandboxApp

__all__ = ["build_admin_app"]

_SETTINGS: Final = (
    "error_rate",
    "error_statuses",
    "rate_limit_rate",
    "retry_after",
    "latency_ms",
    "drop_rate",
    "seed",
)


def build_admin_app(sandbox: SandboxApp) -> Starlette:
    async def health(_request: Request) -> Response:
        return JSONResponse({"status": "ok", **sandbox.describe()})

    async def coverage(_request: Request) -> Response:
        known = sandbox.coverage
        return JSONResponse({"vendor": sandbox.vendor, **(known.as_json() if known is not None else {})})

    async def get_faults(_request: Request) -> Response:
        return JSONResponse(sandbox.faults.snapshot())

    async def set_faults(request: Request) -> Response:
        try:
            payload = json.loads(await request.body() or b"{}")
            if not isinstance(payload, dict):
                raise ValueError("the body must be a JSON object")
            unknown = set(payload) - {*_SETTINGS, "script", "clear"}
            if unknown:
                raise ValueError(f"unknown fields: {', '.join(sorted(unknown))}")
            script = [Fault.from_json(item) for item in payload.get("script") or []]
            if payload.get("clear"):
                sandbox.faults.clear()
            changes: dict[str, Any] = {key: payload[key] for key in _SETTINGS if key in payload}
            if changes:
                sandbox.faults.configure(**changes)
            sandbox.faults.script(*script)
        except (ValueError, TypeError, KeyError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse(sandbox.faults.snapshot())

    async def clear_faults(_request: Request) -> Response:
        sandbox.faults.clear()
        return JSONResponse(sandbox.faults.snapshot())

    async def get_requests(request: Request) -> Response:
        recent = int(request.query_params.get("recent", "100"))
        return JSONResponse(sandbox.journal.snapshot(recent=recent))

    async def clear_requests(_request: Request) -> Response:
        sandbox.journal.clear()
        return JSONResponse(sandbox.journal.snapshot())

    async def get_violations(_request: Request) -> Response:
        return JSONResponse([violation.to_json() for violation in sandbox.violations.items])

    async def reset(_request: Request) -> Response:
        sandbox.reset()
        return JSONResponse({"status": "reset", **sandbox.describe()})

    return Starlette(
        routes=[
            Route("/_sandbox/health", health, methods=["GET"]),
            Route("/_sandbox/faults", get_faults, methods=["GET"]),
            Route("/_sandbox/faults", set_faults, methods=["POST"]),
            Route("/_sandbox/faults", clear_faults, methods=["DELETE"]),
            Route("/_sandbox/requests", get_requests, methods=["GET"]),
            Route("/_sandbox/requests", clear_requests, methods=["DELETE"]),
            Route("/_sandbox/violations", get_violations, methods=["GET"]),
            Route("/_sandbox/reset", reset, methods=["POST"]),
            Route("/_sandbox/coverage", coverage, methods=["GET"]),
        ]
    )
