"""The IoT-TICKET sandbox's HTTP layer (the moto ``responses`` role): Starlette routes per operation.

Management requests: Bearer token (401), organization access (403/404), validation against the
spec (400), then the backend. Device writes: Basic device credentials (401/403), the 2,048-byte
limit (413), validation (400), then 202. The token endpoint reads a form and answers RFC 6749.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import logging
import uuid
from typing import Any, Final
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from iotclients_sandbox.iotticket.adapter import MAX_BODY_BYTES
from iotclients_sandbox.iotticket.backend import IoTTicketBackend
from iotclients_sandbox.iotticket.errors import BadRequest, IoTTicketError, NotFound, OAuthFailure, TooLarge
from iotclients_sandbox.validation import OpenAPIValidator, Operation, ValidationIssue

__all__ = ["IoTTicketHTTP", "iotticket_fault_body"]

_log = logging.getLogger("iotclients_sandbox.iotticket")
_DEVICE_CHANNELS: Final = {"put_device_telemetry": "telemetry", "put_device_events": "event"}


def _json(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return Response(body, status_code=status, media_type="application/json", headers=headers)


def iotticket_fault_body(status: int, retryable: bool) -> tuple[bytes, str]:
    payload = {
        "code": "injected_fault",
        "message": f"injected fault: HTTP {status}",
        "details": {"retryable": retryable},
    }
    return json.dumps(payload).encode(), "application/json"


class IoTTicketHTTP:
    def __init__(self, backend: IoTTicketBackend, validator: OpenAPIValidator) -> None:
        self.backend = backend
        self.validator = validator

    def build(self) -> Starlette:
        routes: list[BaseRoute] = []
        for operation in self.validator.operations:
            if operation.operation_id not in self.backend.operation_ids:
                continue

            async def endpoint(request: Request, op: Operation = operation) -> Response:
                return await self._handle(request, op)

            routes.append(Route(operation.path, endpoint, methods=[operation.method.upper()]))
        return Starlette(routes=routes, exception_handlers={HTTPException: self._http_exception})

    async def _handle(self, request: Request, operation: Operation) -> Response:
        op_id = operation.operation_id
        try:
            body = await request.body()
            if op_id == "create_token":
                return _json(200, self.backend.issue_token(_form(body)))
            path = dict(request.path_params)
            authorization = request.headers.get("authorization")
            if op_id in _DEVICE_CHANNELS:
                self.backend.check_device(authorization, path)
                if len(body) > MAX_BODY_BYTES:
                    raise TooLarge(f"the body has {len(body)} bytes; the limit is {MAX_BODY_BYTES}")
                parsed = self._validated(request, body)
                self.backend.device_write(_DEVICE_CHANNELS[op_id], authorization, path, parsed)
                return Response(status_code=202)
            client = self.backend.client_for(authorization)
            if op_id == "create_onnx_model":
                self._validated(request, body)  # the form against its schema, as a JSON body is
                fields, file_name, size = _multipart(body, request.headers.get("content-type", ""))
                return _json(201, self.backend.upload_onnx(client, path, fields, file_name, size))
            parsed = self._validated(request, body)
            query = {key: request.query_params[key] for key in request.query_params}
            result = self.backend.execute(op_id, client, path, query, parsed)
        except IoTTicketError as error:
            return _json(error.status, error.body(), error.headers())
        except Exception:
            incident = str(uuid.uuid4())
            _log.exception("internal error %s in %s", incident, op_id)
            return _json(500, {"code": "internal_error", "message": f"internal error {incident}"})
        status = _success_status(operation)
        if result is None:
            return Response(status_code=status)
        return _json(status, result)

    def _validated(self, request: Request, body: bytes) -> Any:
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
        return check.body

    async def _http_exception(self, _request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "internal error"
        return _json(status, {"code": "http_error", "message": str(detail)})


def _success_status(operation: Operation) -> int:
    codes = sorted(
        int(code) for code in operation.definition.get("responses", {}) if str(code).startswith("2")
    )
    return codes[0] if codes else 200


def _bad_request(issues: tuple[ValidationIssue, ...]) -> BadRequest:
    first = issues[0]
    where = f"{first.location} {first.name}".strip() if first.location != "body" else (first.name or "body")
    message = f"{where}: {first.message} ({first.rule})"
    if len(issues) > 1:
        message += f"; and {len(issues) - 1} more problem{'s' if len(issues) > 2 else ''}"
    return BadRequest(message)


def _form(body: bytes) -> dict[str, str]:
    try:
        fields = parse_qs(body.decode(), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError:
        raise OAuthFailure(400, "invalid_request", "the form is not UTF-8") from None
    return {key: values[0] for key, values in fields.items()}


def _multipart(body: bytes, content_type: str) -> tuple[dict[str, str], str, int]:
    """Form fields, the uploaded file's name and its size, parsed with the standard library."""
    if not content_type.lower().startswith("multipart/form-data"):
        raise BadRequest(f"content type {content_type!r}: send multipart/form-data")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    fields: dict[str, str] = {}
    file_name, size = "", -1
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        if name == "file":
            file_name = str(part.get_filename() or "")
            size = len(data)
        elif isinstance(name, str):
            fields[name] = data.decode()
    if size < 0:
        raise BadRequest("file: a file part is required")
    return fields, file_name, size
