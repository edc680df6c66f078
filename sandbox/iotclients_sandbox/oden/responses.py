"""The Oden sandbox's HTTP layer (the moto ``responses`` role): Starlette routes for the 35 operations.

Every request goes through the same steps, in the API's order: authentication
(``Authorization: Token <key>``, 401), permission (read-only keys may not set, update or
delete: 403), validation against the spec (400 naming the field as a JSON path), then the
backend. Backend errors become the vendor's error bodies; anything unexpected becomes a
500 InternalError carrying an id, as the real service does.
"""

from __future__ import annotations

import enum
import json
import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from iotclients_sandbox.oden.backend import OdenBackend, TextResult
from iotclients_sandbox.oden.errors import (
    BadParameter,
    Forbidden,
    NotFound,
    NotUnique,
    OdenError,
    Unauthorized,
)
from iotclients_sandbox.oden.metadata_tags import INTERVAL_OPERATIONS, tag_interval_metadata
from iotclients_sandbox.validation import OpenAPIValidator, Operation, ValidationIssue

__all__ = ["Access", "OdenHTTP", "oden_fault_body"]

_log = logging.getLogger("iotclients_sandbox.oden")
_WRITE_ACTIONS: Final = frozenset({"set", "update", "delete"})
_TOKEN_PREFIX: Final = "token "  # noqa: S105 (the auth scheme word, not a secret)


class Access(enum.Enum):
    FULL = "full"
    READ_ONLY = "read_only"


def _json(status: int, payload: Any) -> Response:
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return Response(body, status_code=status, media_type="application/json")


def _error(error: OdenError) -> Response:
    return _json(error.status, error.body())


def oden_fault_body(status: int, retryable: bool) -> tuple[bytes, str]:
    """How Oden words an injected failure: InternalError for 500, GenericError otherwise."""
    payload: dict[str, Any] = {"error": f"injected fault: HTTP {status}", "retryable": retryable}
    if status == 500:
        payload["id"] = str(uuid.uuid4())
    return json.dumps(payload).encode(), "application/json"


@dataclass(frozen=True, slots=True)
class _Route:
    operation: Operation
    writes: bool
    declared: frozenset[str]


class OdenHTTP:
    def __init__(self, backend: OdenBackend, validator: OpenAPIValidator, keys: Mapping[str, Access]) -> None:
        self.backend = backend
        self.validator = validator
        self.keys = dict(keys)

    def build(self) -> Starlette:
        return Starlette(
            routes=self._routes(),
            exception_handlers={HTTPException: self._http_exception},
        )

    def _routes(self) -> list[BaseRoute]:
        routes: list[BaseRoute] = []
        for operation in self.validator.operations:
            if operation.operation_id not in self.backend.operation_ids:
                continue
            action = operation.path.rstrip("/").rsplit("/", 1)[-1]
            spec = _Route(operation, action in _WRITE_ACTIONS, self.validator.declared_statuses(operation))

            async def endpoint(request: Request, route: _Route = spec) -> Response:
                return await self._handle(request, route)

            routes.append(Route(operation.path, endpoint, methods=[operation.method.upper()]))
        return routes

    async def _handle(self, request: Request, route: _Route) -> Response:
        try:
            access = self._authenticate(request)
            if route.writes and access is Access.READ_ONLY:
                raise Forbidden("this API key is read-only; it cannot set, update or delete")
            body = await request.body()
            if route.operation.operation_id in INTERVAL_OPERATIONS:
                body = tag_interval_metadata(body, self._type_name)
            check = self.validator.validate_request(
                request.method,
                request.url.path,
                query={key: request.query_params.getlist(key) for key in request.query_params},
                headers=dict(request.headers),
                body=body,
                content_type=request.headers.get("content-type"),
            )
            if check is None:
                raise NotFound(f"no operation at {request.method} {request.url.path}")
            if check.issues:
                raise _bad_request(check.issues)
            query = {key: request.query_params[key] for key in request.query_params}
            result = self.backend.execute(route.operation.operation_id, check.body, query)
        except OdenError as error:
            return _error(_as_declared(error, route.declared))
        except Exception:
            incident = str(uuid.uuid4())
            _log.exception("internal error %s in %s", incident, route.operation.operation_id)
            return _json(500, {"error": "internal error", "retryable": False, "id": incident})
        if result is None:
            return Response(status_code=200)
        if isinstance(result, TextResult):
            return Response(result.text, status_code=200, media_type=result.media_type)
        return _json(200, result)

    def _type_name(self, ref: Mapping[str, Any]) -> str | None:
        types = self.backend.state.interval_types
        type_id = ref.get("id")
        if isinstance(type_id, str):
            found = types.get(type_id)
            return found.name if found is not None else None
        name = ref.get("name")
        return name if isinstance(name, str) else None

    def _authenticate(self, request: Request) -> Access:
        header = request.headers.get("authorization")
        if header is None:
            raise Unauthorized("missing Authorization header; send 'Authorization: Token <key>'")
        if not header.lower().startswith(_TOKEN_PREFIX):
            raise Unauthorized("the Authorization header must read 'Token <key>'")
        access = self.keys.get(header[len(_TOKEN_PREFIX) :].strip())
        if access is None:
            # The key itself is never echoed back.
            raise Unauthorized("invalid API key")
        return access

    async def _http_exception(self, _request: Request, exc: Exception) -> Response:
        # Unknown paths and wrong methods answer in the vendor's error shape, not Starlette's text.
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "internal error"
        return _json(status, {"error": str(detail), "retryable": False})


def _bad_request(issues: tuple[ValidationIssue, ...]) -> BadParameter:
    first = issues[0]
    message = f"{first.name}: {first.message} ({first.rule})"
    if len(issues) > 1:
        message += f"; and {len(issues) - 1} more problem{'s' if len(issues) > 2 else ''}"
    return BadParameter(first.name, message)


def _as_declared(error: OdenError, declared: frozenset[str]) -> OdenError:
    """Keep to the statuses the operation declares: an undeclared 404 or 409 becomes a 400."""
    if str(error.status) in declared:
        return error
    if isinstance(error, NotFound | NotUnique):
        return BadParameter(error.name or "body", error.message)
    return error
