"""Request bodies for the templates: every media type a body is declared in, and whether it is needed.

The first media type is the default; the others are chosen per call with ``content_type=``. A body
is optional unless the spec says ``required: true`` (OpenAPI's default is ``false``): an optional
body becomes an argument that defaults to ``None``, and leaving it out sends no body at all.
"""

from __future__ import annotations

from typing import Any, Protocol

from .naming import attribute_name, snake
from .specload import resolve_ref

__all__ = ["body_info", "is_json", "is_structured"]

_FORM = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"


class TypeExpressions(Protocol):
    def expr(self, schema: Any, *, qualified: bool) -> str: ...


def is_json(content_type: str) -> bool:
    return content_type == "application/json" or content_type.endswith("+json")


def is_structured(content_type: str) -> bool:
    """Bodies built from a model (JSON, form fields, multipart parts) rather than sent raw."""
    return is_json(content_type) or content_type in (_FORM, _MULTIPART)


def body_info(
    document: dict[str, Any], operation: dict[str, Any], types: TypeExpressions
) -> dict[str, Any] | None:
    """What the templates need to know about an operation's request body (``None``: it has none)."""
    declared = operation.get("requestBody")
    if declared is None:
        return None
    body = resolve_ref(document, declared)
    media = [_media(document, content_type, item, types) for content_type, item in body["content"].items()]
    first = media[0]
    annotations: list[str] = []
    for item in media:
        for member in _union_members(item["annotation"]):
            if member not in annotations:
                annotations.append(member)
    keyword = _content_type_keyword([item["content_type"] for item in media])
    return {
        # Named after the first media type, so a spec adding a second keeps the signature.
        "argument": first["argument"],
        "required": body.get("required") is True,
        "content_type": first["content_type"],
        "type_expr": first["type_expr"],
        "files": first["files"],
        "raw": first["raw"],
        "any_media_type": "*" in first["content_type"],
        "media": media,
        "others": media[1:],
        "annotation": " | ".join(annotations),
        "content_type_keyword": keyword,
        "literal_content_types": bool(keyword and keyword.startswith("Literal")),
    }


def _media(
    document: dict[str, Any], content_type: str, item: dict[str, Any], types: TypeExpressions
) -> dict[str, Any]:
    schema = item.get("schema") or {}
    if not is_structured(content_type):
        # Raw content (CSV, a blob): the caller's bytes or text go out as they are.
        return {
            "content_type": content_type,
            "argument": "content",
            "type_expr": "bytes",
            "annotation": "bytes | str",
            "files": (),
            "raw": True,
        }
    return {
        "content_type": content_type,
        "argument": snake(schema["$ref"].rsplit("/", 1)[-1]) if "$ref" in schema else "body",
        "type_expr": types.expr(schema, qualified=True),
        "annotation": types.expr(schema, qualified=False) + " | Mapping[str, Any]",
        "files": _file_parts(document, schema) if content_type == _MULTIPART else (),
        "raw": False,
    }


def _union_members(annotation: str) -> list[str]:
    """``A | list[B | C] | D`` -> ``["A", "list[B | C]", "D"]``."""
    members: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(annotation):
        depth += (char == "[") - (char == "]")
        if char == "|" and depth == 0:
            members.append(annotation[start:index].strip())
            start = index + 1
    members.append(annotation[start:].strip())
    return members


def _content_type_keyword(content_types: list[str]) -> str | None:
    """The annotation (and default) of the ``content_type=`` keyword, or ``None`` when there is
    nothing to choose: one concrete media type."""
    if len(content_types) == 1:
        return "str" if "*" in content_types[0] else None
    if any("*" in content_type for content_type in content_types):
        # A wildcard takes any concrete media type the caller names.
        return "str" if "*" in content_types[0] else f"str = {content_types[0]!r}"
    literal = ", ".join(repr(content_type) for content_type in content_types)
    return f"Literal[{literal}] = {content_types[0]!r}"


def _file_parts(document: dict[str, Any], schema: dict[str, Any]) -> tuple[str, ...]:
    """Attribute names of the binary properties of a multipart body (sent as file parts)."""
    properties = resolve_ref(document, schema).get("properties") or {}
    return tuple(
        sorted(
            attribute_name(name)
            for name, prop in properties.items()
            if prop.get("format") == "binary" or "contentMediaType" in prop
        )
    )
