"""Reading a successful response into the operation's typed result."""

from __future__ import annotations

from typing import Any

import httpx

from . import codec
from .errors import APIResponseValidationError
from .operation import Operation
from .redaction import redact

__all__ = ["decode_reply", "is_json", "validation_error"]


def decode_reply(op: Operation, response: httpx.Response) -> Any:
    """The typed result of a successful response, by the media type the server sent."""
    reply = op.replies.get(response.status_code)
    if reply is None:
        reply = next(iter(op.replies.values()), None)
    if reply is None or not reply.content:
        return None
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    thunk = reply.content.get(media_type)
    if thunk is None and media_type not in reply.content:
        # An undeclared media type: fall back to the first declared one.
        media_type, thunk = next(iter(reply.content.items()))
    if not response.content:
        # An empty text or binary body is still one of the declared type; empty JSON is not.
        if media_type.startswith("text/"):
            return ""
        if not is_json(media_type):
            return b""
        raise validation_error(op, response, "empty body where the spec declares one")
    if media_type.startswith("text/"):
        return response.text
    if not is_json(media_type):
        return response.content
    if thunk is None:
        return None
    try:
        return codec.decode(response.content, codec.resolve(thunk))
    except Exception as exc:  # msgspec.ValidationError / DecodeError
        raise validation_error(op, response, str(exc)) from None


def validation_error(op: Operation, response: httpx.Response, why: str) -> APIResponseValidationError:
    return APIResponseValidationError(
        redact(f"{op.method} {op.path} -> {response.status_code}: response does not match the spec: {why}"),
        status_code=response.status_code,
        body=_redacted(response.content),
        method=op.method,
        url=redact(str(response.request.url)),
    )


def _redacted(content: bytes) -> bytes:
    """The body as kept on the error: servers echo credentials, so it is the redacted text."""
    if not content:
        return content
    text = content.decode("utf-8", "replace")
    cleaned = redact(text)
    return content if cleaned == text else cleaned.encode()


def is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")
