"""Read form bodies (URL-encoded and multipart) as the objects their OpenAPI schemas describe.

A form carries only strings, so each field is read as its property's schema asks (an integer
field ``"5"`` as ``5``; an array property collects every value sent under its name) and the
result is checked with the same schema checks as a JSON body. Files are read as Latin-1 text:
one character per byte, so length rules count bytes and nothing fails to decode.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, Final
from urllib.parse import parse_qsl

from iotclients_sandbox._openapi_forms import coerce_parameter

__all__ = ["FORM_MEDIA", "FormUnreadable", "read_form"]

FORM_MEDIA: Final = frozenset({"application/x-www-form-urlencoded", "multipart/form-data"})


class FormUnreadable(ValueError):
    """The body is not a form of the type it claims; the message says why."""


def read_form(
    media: str, content_type: str, body: bytes, schema_of: Callable[[str], Mapping[str, Any] | None]
) -> dict[str, Any]:
    """The fields of a ``media`` body, each read as ``schema_of(name)`` (its property schema) says."""
    pairs = _multipart_pairs(content_type, body) if media == "multipart/form-data" else _urlencoded(body)
    grouped: dict[str, list[str]] = {}
    for name, value in pairs:
        grouped.setdefault(name, []).append(value)
    fields: dict[str, Any] = {}
    for name, values in grouped.items():
        schema = schema_of(name) or {}
        fields[name] = coerce_parameter(values, schema) if schema else values[-1]
    return fields


def _urlencoded(body: bytes) -> list[tuple[str, str]]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise FormUnreadable("the form is not UTF-8") from None
    return parse_qsl(text, keep_blank_values=True)


def _multipart_pairs(content_type: str, body: bytes) -> list[tuple[str, str]]:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise FormUnreadable("the body is not a multipart/form-data message")
    pairs: list[tuple[str, str]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise FormUnreadable("a part has no name in its Content-Disposition")
        data = _payload(part)
        if part.get_filename() is not None:
            pairs.append((name, data.decode("latin-1")))
            continue
        try:
            pairs.append((name, data.decode("utf-8")))
        except UnicodeDecodeError:
            raise FormUnreadable(f"form field {name!r} is not UTF-8") from None
    return pairs


def _payload(part: Message) -> bytes:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""
