"""What the generator knows about one API operation, in a form the runtime can act on.

Types are given as zero-argument callables so that building an ``Operation`` imports no models.
These are plain slotted classes rather than dataclasses: a vendor package builds dozens of them
and dataclass creation would dominate ``import iotclients.<vendor>``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .record import Record as _Record

if TYPE_CHECKING:
    from .security import SecurityScheme

__all__ = [
    "BatchLimits",
    "Body",
    "BodyMedia",
    "Operation",
    "Pagination",
    "Param",
    "Reply",
    "ResponseHeader",
    "TypeThunk",
    "constrained",
]

TypeThunk = Callable[[], Any]


def constrained(tp: Any, **rules: Any) -> Any:
    """``tp`` with the spec's value rules of a whole body (``msgspec.Meta`` arguments), such as
    ``maxItems`` on a top-level array; checked before the body is sent."""
    from typing import Annotated

    import msgspec

    from .params import python_pattern

    if "pattern" in rules:
        rules["pattern"] = python_pattern(rules["pattern"])
    return Annotated[tp, msgspec.Meta(**rules)]


class BodyMedia(_Record):
    """One media type a request body may be sent in, with the type its value must have there."""

    __slots__ = ("content_type", "files", "type")

    def __init__(self, content_type: str, type: TypeThunk, files: tuple[str, ...] = ()) -> None:
        self.content_type: str = content_type
        self.type: TypeThunk = type
        self.files: tuple[str, ...] = files


class Body(_Record):
    """The request body: JSON, form fields, multipart parts (``files`` names the file parts) or raw.

    ``content_type``, ``type`` and ``files`` describe the default media type; ``media`` lists every
    media type the spec declares (the default first), one of which a call may choose. An optional
    body (``required=False``) that is left out sends no body and no Content-Type.
    """

    __slots__ = ("argument", "content_type", "files", "media", "required", "type")

    def __init__(
        self,
        argument: str,
        content_type: str,
        type: TypeThunk,
        files: tuple[str, ...] = (),
        *,
        required: bool = True,
        media: tuple[BodyMedia, ...] = (),
    ) -> None:
        self.argument: str = argument
        self.content_type: str = content_type
        self.type: TypeThunk = type
        self.files: tuple[str, ...] = files
        self.required: bool = required
        self.media: tuple[BodyMedia, ...] = media or (BodyMedia(content_type, type, files),)


class Param(_Record):
    """A path, query, header or cookie parameter: the Python argument, its name on the wire, and
    the facts of its schema (type, format, enum, constraints) and serialisation (``style``,
    ``explode``) that ``params`` converts and checks values by."""

    __slots__ = ("argument", "explode", "location", "required", "schema", "style", "wire_name")

    def __init__(
        self,
        argument: str,
        wire_name: str,
        location: str,
        required: bool = False,
        *,
        schema: Mapping[str, Any] | None = None,
        style: str | None = None,
        explode: bool | None = None,
    ) -> None:
        self.argument: str = argument
        self.wire_name: str = wire_name
        self.location: str = location  # "path" | "query" | "header" | "cookie"
        self.required: bool = required
        self.schema: Mapping[str, Any] | None = schema
        self.style: str | None = style
        self.explode: bool | None = explode


class ResponseHeader(_Record):
    """A header the spec declares on a response: its type, and whether the response always has it."""

    __slots__ = ("required", "type")

    def __init__(self, type: TypeThunk, required: bool = False) -> None:
        self.type: TypeThunk = type
        self.required: bool = required


class Reply(_Record):
    """A documented success response: media types mapped to body types (``None`` = no body), and
    the headers the spec declares mapped to their types."""

    __slots__ = ("content", "headers")

    def __init__(
        self, content: Mapping[str, TypeThunk | None], headers: Mapping[str, ResponseHeader] | None = None
    ) -> None:
        self.content: Mapping[str, TypeThunk | None] = content
        self.headers: Mapping[str, ResponseHeader] = headers or {}


class BatchLimits(_Record):
    """``x-iotclients-batch``: how much one request may carry."""

    __slots__ = ("items", "max_items", "max_window_days")

    def __init__(self, max_items: int, items: str | None = None, max_window_days: int | None = None) -> None:
        self.max_items: int = max_items
        self.items: str | None = items
        self.max_window_days: int | None = max_window_days


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
        self.style: str = style
        self.results: str = results
        self.next: str = next
        self.page_param: str | None = page_param
        self.page_size_param: str | None = page_size_param


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
        "security",
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
        security: tuple[tuple[SecurityScheme, ...], ...] = (),
    ) -> None:
        self.name: str = name
        self.method: str = method
        self.path: str = path
        self.idempotent: bool = idempotent
        self.summary: str = summary
        self.body: Body | None = body
        self.params: tuple[Param, ...] = params
        self.replies: Mapping[int, Reply] = replies or {}
        self.errors: Mapping[int, TypeThunk] = errors or {}
        # The ``default`` response's body: the model of every error status not declared apart.
        self.default_error: TypeThunk | None = default_error
        self.batch: BatchLimits | None = batch
        self.pagination: Pagination | None = pagination
        # Alternatives from the spec's ``security``, each a set of schemes applied together;
        # ``()``: the operation is open and carries no credential.
        self.security: tuple[tuple[SecurityScheme, ...], ...] = security
