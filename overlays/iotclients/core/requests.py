"""Turning an operation and its arguments into an ``httpx.Request``.

Path, query, header and cookie parameters are placed by the spec's names and converted as
their schemas say (``params``); the body is encoded by its
media type (``bodies``). Every check happens here, before anything is sent.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from . import params
from .errors import InvalidArgumentError
from .operation import Operation, Param
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
    cookies: list[tuple[Param, Any]] = []
    for param in op.params:
        value = args.get(param.argument)
        if value is None or value is _unset():
            if param.required:
                raise InvalidArgumentError(param.argument, "is required")
            continue
        # The schema's rules (an integer, a format) speak first; then what no wire can carry.
        if param.location == "path":
            text = params.path_text(param, value)
            check_parameter(value, param.argument, param.location)
            if not text:
                raise InvalidArgumentError(param.argument, "must be a non-empty string")
            if text in (".", ".."):
                # URL normalisation would remove the segment and address another resource.
                raise InvalidArgumentError(param.argument, "must not be '.' or '..'")
            path = path.replace("{" + param.wire_name + "}", quote(text, safe=""))
        elif param.location == "query":
            items = params.query_items(param, value)
            check_parameter(value, param.argument, param.location)
            query.extend(items)
        elif param.location == "cookie":
            check_parameter(value, param.argument, param.location)
            cookies.append((param, value))
        else:
            text = params.header_text(param, value)
            check_parameter(value, param.argument, param.location)
            headers[param.wire_name] = text
    if cookies:
        # A cookie the client already sends (a login cookie, a credential) is kept beside them.
        headers["Cookie"] = "; ".join(filter(None, (headers.get("Cookie"), params.cookie_header(cookies))))
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


def _accept(op: Operation) -> str:
    media = {m for reply in op.replies.values() for m in reply.content}
    return ", ".join(sorted(media)) if media else "*/*"  # no reply body is expected
