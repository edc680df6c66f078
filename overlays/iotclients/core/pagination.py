"""Following a paginated list from one page to the next, without the I/O.

The clients fetch a page, hand it here, and get the request for the next page (or ``None``).
Only one page is alive at a time: the items of a page are yielded before the next is fetched.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx

from .errors import APIResponseValidationError
from .operation import Operation, Pagination
from .redaction import redact

__all__ = ["next_request", "page_items"]


def _field(page: Any, name: str) -> Any:
    if isinstance(page, dict):
        return page.get(name)
    return getattr(page, name, None)


def page_items(pagination: Pagination, page: Any) -> Iterable[Any]:
    """The items a page carries (an empty page or ``null`` results yield nothing)."""
    items = _field(page, pagination.results)
    return items if isinstance(items, list) else ()


def next_request(op: Operation, page: Any, request: httpx.Request, base: httpx.URL) -> httpx.Request | None:
    """The request for the page after ``page``, or ``None`` when ``page`` is the last one."""
    pagination = op.pagination
    if pagination is None:
        return None
    following = _field(page, pagination.next)
    if following in (None, "", False) or not page_items(pagination, page):
        return None
    if pagination.style == "next_url":
        url = request.url.join(str(following))
        if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
            # Our credentials go with every request: never follow a link to another server.
            raise APIResponseValidationError(
                redact(f"{op.method} {op.path}: the next page is on another server ({url.host})"),
                status_code=200,
                body=b"",
                method=op.method,
                url=redact(str(request.url)),
            )
    elif pagination.style == "page":
        param = pagination.page_param or "page"
        current = request.url.params.get(param)
        url = request.url.copy_set_param(param, str(int(current or "1") + 1))
    else:  # cursor
        url = request.url.copy_set_param(pagination.page_param or "cursor", str(following))
    return httpx.Request(request.method, url, headers=request.headers, extensions=request.extensions)
