"""Which of its declared media types a request body goes out in.

A body declared in several media types (JSON, form fields, multipart, CSV, a blob) is sent in the
first unless the call names another with ``content_type=``; a wildcard (``*/*``, ``image/*``) takes
any concrete media type matching it, which the call must name. Anything else is refused before
sending, naming the media types the spec allows.
"""

from __future__ import annotations

from typing import Any

from .errors import InvalidArgumentError
from .operation import Body, BodyMedia

__all__ = ["chosen_body"]


def chosen_body(body: Body, given: Any) -> tuple[Body, str | None]:
    """``body`` narrowed to the media type the call asked for, and the Content-Type a wildcard
    body goes out with (``None``: the declared one)."""
    if given is None:
        first = body.media[0]
        if "*" in first.content_type:
            raise InvalidArgumentError(
                "content_type",
                "is required: a media type such as 'application/octet-stream' "
                f"(this body takes {first.content_type})",
            )
        return body, None
    declared = ", ".join(repr(media.content_type) for media in body.media)
    if not isinstance(given, str) or "/" not in given or "*" in given:
        raise InvalidArgumentError(
            "content_type", f"must be a concrete media type matching one of {declared}, got {given!r}"
        )
    wanted = given.split(";", maxsplit=1)[0].strip().lower()
    for media in body.media:
        if media.content_type.split(";", maxsplit=1)[0].strip().lower() == wanted:
            return _narrowed(body, media), None
    for media in body.media:
        if _matches(media.content_type, wanted):
            return _narrowed(body, media), given
    raise InvalidArgumentError(
        "content_type", f"must be one of {declared} (as the spec declares), got {given!r}"
    )


def _matches(pattern: str, media_type: str) -> bool:
    kind, _, sub = pattern.split(";", maxsplit=1)[0].strip().lower().partition("/")
    given_kind, _, given_sub = media_type.partition("/")
    return kind == "*" or (kind == given_kind and sub == "*" and bool(given_sub))


def _narrowed(body: Body, media: BodyMedia) -> Body:
    if media is body.media[0]:
        return body
    return Body(
        body.argument,
        media.content_type,
        media.type,
        media.files,
        required=body.required,
        media=body.media,
    )
