"""Turning an operation and its arguments into an ``httpx.Request``.

Path, query and header parameters are placed by the spec's names; the body is encoded by its
media type (``bodies``). Every check happens here, before anything is sent.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Mapping
from enum import Enum
from typing import Any
from urllib.parse import quote

import httpx

from .errors import InvalidArgumentError
from .operation import Operation
from .wire_values import check_parameter

__all__ = ["build_request"]


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    op: Operation,
    args: Mapping[str, Any],
    *,
    base_url: httpx.URL,
    headers: dict[str, str],
    timeout: httpx.Timeout,
    files: contextlib.ExitStack | None = None,
) -> httpx.Request:
    """The request for ``op`` called with ``args``; refuses bad arguments before anything is sent.

    Files a multipart body opens from paths are registered with ``files`` to be closed after sending.
    """
    path = op.path
    query: list[tuple[str, str | int | float | bool | None]] = []
    for param in op.params:
        value = args.get(param.argument)
        if value is None or value is _unset():
            if param.required:
                raise InvalidArgumentError(param.argument, "is required")
            continue
        check_parameter(value, param.argument, param.location)
        if param.location == "path":
            text = _scalar(value)
            if not text:
                raise InvalidArgumentError(param.argument, "must be a non-empty string")
            if text in (".", ".."):
                # URL normalisation would remove the segment and address another resource.
                raise InvalidArgumentError(param.argument, "must not be '.' or '..'")
            path = path.replace("{" + param.wire_name + "}", quote(text, safe=""))
        elif param.location == "query":
            items = value if isinstance(value, (list, tuple)) else [value]
            query.extend((param.wire_name, _scalar(item)) for item in items)
        else:
            headers[param.wire_name] = _scalar(value)
    body = None
    value = args.get(op.body.argument) if op.body is not None else None
    if op.body is not None and (op.body.required or (value is not None and value is not _unset())):
        from .bodies import encode_body
        from .body_media import chosen_body

        declared, content_type = chosen_body(op.body, args.get("content_type"))
        body = encode_body(declared, value, files or contextlib.ExitStack(), content_type)
        if body.content_type:
            headers["Content-Type"] = body.content_type
    headers.setdefault("Accept", _accept(op))
    return http.build_request(
        op.method,
        # Absolute, so a caller's own http_client keeps whatever base_url it has.
        str(base_url).rstrip("/") + path,
        params=query or None,
        content=body.content if body else None,
        data=body.data if body and body.data is not None else None,
        files=body.files if body and body.files is not None else None,
        headers=headers,
        timeout=timeout,
    )


def _unset() -> Any:
    from .model import UNSET

    return UNSET


def _scalar(value: Any) -> str:
    """A parameter value as it goes on the wire (enums by value, booleans in JSON spelling,
    dates and times in RFC 3339 / ISO 8601 form)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def _accept(op: Operation) -> str:
    media = {m for reply in op.replies.values() for m in reply.content}
    return ", ".join(sorted(media)) if media else "*/*"  # no reply body is expected
