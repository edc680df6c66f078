"""Request bodies on the wire: JSON, form fields and multipart parts, checked before sending.

JSON goes through the compiled codec. Forms and multipart bodies are flat by nature: their
values are scalars (or lists of scalars, sent as repeated fields); file parts of a multipart body
are streamed from the caller's file object or path rather than read into memory.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any, TypeAlias
from urllib.parse import urlencode

import attrs

from . import codec
from .errors import InvalidArgumentError
from .model import UNSET
from .operation import Body
from .read_only import read_only_attributes, strip_read_only, without_read_only

__all__ = ["FORM", "JSON", "MULTIPART", "EncodedBody", "FileContent", "encode_body"]

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"

FileContent: TypeAlias = (
    bytes | IO[bytes] | os.PathLike[str] | tuple[str, bytes | IO[bytes]] | tuple[str, bytes | IO[bytes], str]
)
"""A file part: its bytes, an open binary file, a path, or ``(filename, bytes or file[, media type])``."""

_FilePart = tuple[str, tuple[str, bytes | IO[bytes], str]]


@attrs.frozen
class EncodedBody:
    """What ``httpx.Client.build_request`` needs for a body."""

    content: bytes | None = None
    data: dict[str, str | list[str]] | None = None
    files: list[_FilePart] | None = None
    content_type: str | None = None


def encode_body(
    body: Body, value: Any, files: contextlib.ExitStack, content_type: str | None = None
) -> EncodedBody:
    """Encode ``value`` as ``body`` says; files opened from paths are closed by ``files``.

    ``content_type`` is the caller's media type for bodies the spec lets be anything (``*/*``).
    """
    if value is None:
        raise InvalidArgumentError(body.argument, "is required")
    media = body.content_type.split(";")[0].strip().lower()
    if media not in (FORM, MULTIPART, JSON) and not media.endswith("+json"):
        return EncodedBody(content=_raw(body.argument, value), content_type=content_type or body.content_type)
    if media == FORM:
        content = urlencode(_form_fields(body, value), safe="").encode("ascii")
        return EncodedBody(content=content, content_type=body.content_type)
    if media == MULTIPART:
        return _multipart(body, value, files)
    tp = codec.resolve(body.type)
    content = without_read_only(codec.encode_json(value, tp, argument=body.argument), tp)
    return EncodedBody(content=content, content_type=body.content_type)


def _raw(argument: str, value: Any) -> bytes:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    raise InvalidArgumentError(argument, f"must be bytes or str, got a {type(value).__name__}")


def _form_fields(body: Body, value: Any) -> list[tuple[str, str]]:
    tp = codec.resolve(body.type)
    payload = codec.encode_json(value, tp, argument=body.argument)  # checks every rule of the schema
    import msgspec

    built = strip_read_only(msgspec.json.decode(payload), tp)
    if not isinstance(built, dict):
        raise InvalidArgumentError(body.argument, "must be a mapping of form fields")
    fields: list[tuple[str, str]] = []
    for name, item in built.items():
        for element in item if isinstance(item, list) else [item]:
            fields.append((name, _field_text(f"{body.argument}.{name}", element)))
    return fields


def _field_text(argument: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, str | int | float):
        return str(value)
    raise InvalidArgumentError(
        argument, "a form field must be a string, number or boolean (or a list of them)"
    )


def _multipart(body: Body, value: Any, stack: contextlib.ExitStack) -> EncodedBody:
    tp = codec.resolve(body.type)
    fields = _multipart_values(body.argument, value, tp)
    renames = codec.wire_names(tp)
    data: dict[str, str | list[str]] = {}
    parts: list[_FilePart] = []
    for name, item in fields.items():
        wire = renames.get(name, name)
        where = f"{body.argument}.{name}"
        if name in body.files:
            parts.append((wire, _file_part(where, item, stack)))
        elif isinstance(item, list | tuple):
            data[wire] = [_field_text(where, codec.to_builtins(element)) for element in item]
        else:
            data[wire] = _field_text(where, codec.to_builtins(item))
    return EncodedBody(data=data, files=parts)


def _multipart_values(argument: str, value: Any, tp: Any) -> dict[str, Any]:
    """The present fields of a multipart body model (instance or mapping), by attribute name."""
    fields = {a.name: a for a in attrs.fields(tp)}
    if isinstance(value, Mapping):
        to_attribute = {wire: name for name, wire in codec.wire_names(tp).items()}
        given = {to_attribute.get(str(k), str(k)): v for k, v in value.items()}
        unknown = sorted(set(given) - set(fields))
        if unknown:
            raise InvalidArgumentError(
                f"{argument}.{unknown[0]}", f"is not a field of {tp.__name__} (fields: {', '.join(fields)})"
            )
    elif isinstance(value, tp):
        given = {name: getattr(value, name) for name in fields}
    else:
        raise InvalidArgumentError(
            argument, f"must be a {tp.__name__} (or a mapping of its fields), got a {type(value).__name__}"
        )
    read_only = read_only_attributes(tp)
    present = {name: item for name, item in given.items() if item is not UNSET and name not in read_only}
    for name, field in fields.items():
        if field.default is attrs.NOTHING and name not in present:
            raise InvalidArgumentError(f"{argument}.{name}", "is required")
    return present


def _file_part(argument: str, item: Any, stack: contextlib.ExitStack) -> tuple[str, bytes | IO[bytes], str]:
    media = "application/octet-stream"
    if isinstance(item, tuple) and len(item) in (2, 3) and isinstance(item[0], str):
        if len(item) == 3:
            media = str(item[2])
        return (item[0], _file_content(argument, item[1], stack), media)
    content = _file_content(argument, item, stack)
    name = getattr(content, "name", None)
    filename = Path(name).name if isinstance(name, str) else "upload"
    return (filename, content, media)


def _file_content(argument: str, item: Any, stack: contextlib.ExitStack) -> bytes | IO[bytes]:
    if isinstance(item, bytes | bytearray | memoryview):
        return bytes(item)
    if isinstance(item, os.PathLike):
        path = Path(item)
        if not path.is_file():
            raise InvalidArgumentError(argument, f"names no readable file: {path}")
        handle: IO[bytes] = stack.enter_context(path.open("rb"))
        return handle
    if hasattr(item, "read"):
        if isinstance(item.read(0), str):
            raise InvalidArgumentError(argument, "must be opened in binary mode ('rb')")
        file: IO[bytes] = item
        return file
    raise InvalidArgumentError(
        argument, "must be bytes, a binary file object, a path, or (filename, bytes or file[, media type])"
    )
