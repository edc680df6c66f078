"""What the generator knows about one API operation, in a form the runtime can act on.

Types are given as zero-argument callables so that building an ``Operation`` imports no models.
These are plain slotted classes rather than dataclasses: a vendor package builds dozens of them
and dataclass creation would dominate ``import iotclients.<vendor>``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .record import Record as _Record

__all__ = ["BatchLimits", "Body", "Operation", "Pagination", "Param", "Reply", "TypeThunk"]

TypeThunk = Callable[[], Any]


class Body(_Record):
    """The request body: JSON, form fields, or multipart parts (``files`` names the file parts)."""

    __slots__ = ("argument", "content_type", "files", "type")

    def __init__(
        self, argument: str, content_type: str, type: TypeThunk, files: tuple[str, ...] = ()
    ) -> None:
        self.argument = argument
        self.content_type = content_type
        self.type = type
        self.files = files


class Param(_Record):
    """A path, query or header parameter: the Python argument and its name on the wire."""

    __slots__ = ("argument", "location", "required", "wire_name")

    def __init__(self, argument: str, wire_name: str, location: str, required: bool = False) -> None:
        self.argument = argument
        self.wire_name = wire_name
        self.location = location  # "path" | "query" | "header"
        self.required = required


class Reply(_Record):
    """A documented success response: media types mapped to body types (``None`` = no body)."""

    __slots__ = ("content",)

    def __init__(self, content: Mapping[str, TypeThunk | None]) -> None:
        self.content = content


class BatchLimits(_Record):
    """``x-iotclients-batch``: how much one request may carry."""

    __slots__ = ("items", "max_items", "max_window_days")

    def __init__(self, max_items: int, items: str | None = None, max_window_days: int | None = None) -> None:
        self.max_items = max_items
        self.items = items
        self.max_window_days = max_window_days


class Pagination(_Record):
    """``x-iotclients-pagination``: where a page keeps its items and how to ask for the next one.

    ``next_url``: the page names the next page's absolute URL; ``page``: page numbers count up
    while the page names a next one; ``cursor``: the page's ``next`` value goes in ``page_param``.
    """

    __slots__ = ("next", "page_param", "page_size_param", "results", "style")

    def __init__(
        self,
        style: str,
        results: str,
        next: str = "next",
        page_param: str | None = None,
        page_size_param: str | None = None,
    ) -> None:
        self.style = style
        self.results = results
        self.next = next
        self.page_param = page_param
        self.page_size_param = page_size_param


class Operation(_Record):
    __slots__ = (
        "batch",
        "body",
        "default_error",
        "errors",
        "idempotent",
        "method",
        "name",
        "pagination",
        "params",
        "path",
        "replies",
        "summary",
    )

    def __init__(
        self,
        name: str,
        method: str,
        path: str,
        idempotent: bool,
        *,
        summary: str = "",
        body: Body | None = None,
        params: tuple[Param, ...] = (),
        replies: Mapping[int, Reply] | None = None,
        errors: Mapping[int, TypeThunk] | None = None,
        default_error: TypeThunk | None = None,
        batch: BatchLimits | None = None,
        pagination: Pagination | None = None,
    ) -> None:
        self.name = name
        self.method = method
        self.path = path
        self.idempotent = idempotent
        self.summary = summary
        self.body = body
        self.params = params
        self.replies: Mapping[int, Reply] = replies or {}
        self.errors: Mapping[int, TypeThunk] = errors or {}
        # The ``default`` response's body: the model of every error status not declared apart.
        self.default_error = default_error
        self.batch = batch
        self.pagination = pagination
