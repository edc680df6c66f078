"""A call's whole HTTP response beside its typed value: ``client.with_raw_response.<operation>(...)``.

``parsed`` is what the plain call returns; ``declared_headers`` holds the response headers the spec
declares, converted to their types (a ``TypedDict`` per operation keyed by the spec's header
names); ``headers`` holds every header as received. The repr shows no header values: they can
carry credentials.
"""

from __future__ import annotations

import typing
from typing import Any, Generic, TypedDict, TypeVar

import httpx

from .operation import Operation, Reply

__all__ = ["NoDeclaredHeaders", "RawResponse", "declared_headers", "raw_response"]

T = TypeVar("T")
H = TypeVar("H")


class NoDeclaredHeaders(TypedDict):
    """The spec declares no headers for this operation's responses."""


class RawResponse(Generic[T, H]):
    """The HTTP response of one call, with its typed value (``parsed``) and declared headers."""

    __slots__ = ("declared_headers", "headers", "http_response", "parsed", "request_id", "status_code")

    def __init__(
        self, http_response: httpx.Response, parsed: T, declared_headers: H, request_id: str | None
    ) -> None:
        self.http_response: httpx.Response = http_response
        self.status_code: int = http_response.status_code
        self.headers: httpx.Headers = http_response.headers
        self.parsed: T = parsed
        self.declared_headers: H = declared_headers
        self.request_id: str | None = request_id

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r})"


def raw_response(
    op: Operation, response: httpx.Response, parsed: Any, request_id: str | None
) -> RawResponse[Any, Any]:
    return RawResponse(response, parsed, declared_headers(op, response), request_id)


def declared_headers(op: Operation, response: httpx.Response) -> dict[str, Any]:
    """The headers ``op``'s spec declares for this response's status, converted to their types.

    Raises ``APIResponseValidationError`` for a promised header that is missing or one that does
    not convert.
    """
    from . import codec
    from .replies import validation_error

    reply: Reply | None = op.replies.get(response.status_code)
    found: dict[str, Any] = {}
    for name, header in (reply.headers if reply is not None else {}).items():
        text = response.headers.get(name)
        if text is None:
            if header.required:
                raise validation_error(op, response, f"the {name} header is missing")
            continue
        try:
            found[name] = _converted(text, codec.resolve(header.type))
        except (ValueError, TypeError) as exc:  # msgspec.ValidationError is a ValueError
            raise validation_error(op, response, f"the {name} header: {exc}") from None
    return found


def _converted(text: str, tp: Any) -> Any:
    """A header's text as ``tp``: lists are comma-separated, scalars as in a query string."""
    if typing.get_origin(tp) is list:
        (item,) = typing.get_args(tp)
        return [_converted(part.strip(), item) for part in text.split(",") if part.strip()]
    if tp is str:
        return text
    import msgspec

    return msgspec.convert(text.strip(), tp, strict=False)
