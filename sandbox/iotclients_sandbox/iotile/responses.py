"""The IOTile sandbox's HTTP layer (the moto ``responses`` role).

Every request takes the server's steps: find the operation (404 ``{"detail": "Not found."}``
otherwise, as the trailing-slash-strict router does), authenticate (``Authorization: JWT <t>`` in
any case, or ``Token <key>``; 401), validate against the spec (400 with DRF's field errors), then
run the backend. ``next`` links are absolute URLs built from the request, as DRF builds them.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any, Final

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from iotclients_sandbox.iotile.backend import IOTileBackend
from iotclients_sandbox.iotile.calls import Call, IOTileError, UploadedFile
from iotclients_sandbox.iotile.uploads import parse_multipart
from iotclients_sandbox.validation import HTTP_METHODS, OpenAPIValidator, Operation, ValidationIssue

__all__ = ["IOTileHTTP", "iotile_fault_body"]

_log = logging.getLogger("iotclients_sandbox.iotile")
_NO_CREDENTIALS: Final = "Authentication credentials were not provided."
# Parameters the server checks in its own words (or, for lastn on stream data, not at all).
_OWN_CHECKS: Final = {
    "list_stream_data": frozenset({"lastn"}),
    "list_properties": frozenset({"target"}),
    "upload_streamer_report": frozenset({"timestamp"}),
    # DRF looks the project up by UUID and answers a non-UUID path as not found.
    **{
        operation: frozenset({"id"})
        for operation in (
            "get_project",
            "partial_update_project",
            "get_project_extra",
            "list_project_properties",
            "new_project_property",
        )
    },
}
_PAGING: Final = frozenset({"page", "page_size"})


def _json(status: int, payload: Any) -> Response:
    if status == 204 or payload is None:
        return Response(status_code=status)
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return Response(body, status_code=status, media_type="application/json")


def iotile_fault_body(status: int, retryable: bool) -> tuple[bytes, str]:
    """An injected failure in DRF's shape."""
    return json.dumps({"detail": f"injected fault: HTTP {status}"}).encode(), "application/json"


class IOTileHTTP:
    def __init__(self, backend: IOTileBackend, validator: OpenAPIValidator) -> None:
        self.backend = backend
        self.validator = validator

    def build(self) -> Starlette:
        methods = [method.upper() for method in HTTP_METHODS]
        return Starlette(routes=[Route("/{path:path}", self._handle, methods=methods)])

    async def _handle(self, request: Request) -> Response:
        try:
            operation, path_params = self._find(request)
            user = self.backend.authenticate(request.headers.get("authorization"))
            if user is None and _secured(operation):
                raise IOTileError.detail(401, _NO_CREDENTIALS)
            call = await self._call(request, operation, path_params, user)
            reply = self.backend.execute(operation.operation_id, call)
        except IOTileError as error:
            return _json(error.status, error.payload)
        except Exception:
            _log.exception("internal error in %s %s", request.method, request.url.path)
            return _json(500, {"detail": "Server Error (500)"})
        if reply.media_type != "application/json":
            return Response(str(reply.payload), status_code=reply.status, media_type=reply.media_type)
        return _json(reply.status, reply.payload)

    def _declares_400(self, operation: Operation) -> bool:
        return bool({"400", "4XX"} & self.validator.declared_statuses(operation))

    def _find(self, request: Request) -> tuple[Operation, Mapping[str, str]]:
        found = self.validator.find(request.method, request.url.path)
        if found is not None and found[0].operation_id in self.backend.operation_ids:
            return found
        for method in HTTP_METHODS:
            other = self.validator.find(method, request.url.path)
            if other is not None and other[0].operation_id in self.backend.operation_ids:
                raise IOTileError.detail(405, f'Method "{request.method}" not allowed.')
        raise IOTileError.detail(404, "Not found.")

    async def _call(
        self, request: Request, operation: Operation, path_params: Mapping[str, str], user: Any
    ) -> Call:
        body = await request.body()
        content_type = request.headers.get("content-type", "")
        form: dict[str, str] = {}
        files: dict[str, UploadedFile] = {}
        query = {key: request.query_params.getlist(key) for key in request.query_params}
        multipart = content_type.lower().startswith("multipart/form-data")
        if multipart:
            form, files = parse_multipart(content_type, body)
        check = self.validator.validate_request(
            request.method,
            request.url.path,
            query=query,
            headers=dict(request.headers),
            body=body,
            content_type=content_type,
        )
        if check is None:  # pragma: no cover - _find matched this path already
            raise IOTileError.detail(404, "Not found.")
        own = _OWN_CHECKS.get(operation.operation_id, frozenset())
        if "x-iotclients-pagination" in operation.extensions:
            own = own | _PAGING  # DRF: a bad page is a 404, a bad page_size the default
        issues = [issue for issue in check.issues if issue.name not in own]
        if multipart:
            # Upload views name a missing file or field in their own words.
            issues = [
                issue for issue in issues if not (issue.location == "body" and issue.rule == "required")
            ]
        if any(issue.location == "path" for issue in issues) and not self._declares_400(operation):
            # The router matches any segment; a lookup that cannot be an id finds nothing.
            raise IOTileError.detail(404, "Not found.")
        if issues:
            raise IOTileError(400, _field_errors(issues))
        return Call(
            path=dict(path_params),
            query=query,
            body=check.body,
            user=user,
            url=request.url,
            files=files,
            form=form,
        )


def _secured(operation: Operation) -> bool:
    security = operation.definition.get("security")
    return security is None or bool(security)


def _field_errors(issues: list[ValidationIssue]) -> dict[str, list[str]]:
    """DRF's 400 body: each field with its messages (``non_field_errors`` for the whole body)."""
    errors: dict[str, list[str]] = {}
    for issue in issues:
        name = issue.field or ("non_field_errors" if issue.location == "body" else issue.location)
        errors.setdefault(name, []).append(f"{issue.message} ({issue.rule})")
    return errors
