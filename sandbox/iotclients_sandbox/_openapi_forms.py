"""How OpenAPI spells HTTP details: path templates, media types, status keys, parameter strings."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = [
    "coerce_parameter",
    "escape_pointer",
    "is_json_media",
    "media_type",
    "path_pattern",
    "pick_media",
    "response_key",
]

_JSON_MEDIA = re.compile(r"^application/(?:[\w.+-]+\+)?json$")


def is_json_media(media: str) -> bool:
    """``application/json`` and its ``+json`` relatives."""
    return _JSON_MEDIA.match(media) is not None


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def path_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", template)
    regex = "".join(
        f"(?P<{re.sub(r'[^0-9A-Za-z_]', '_', part[1:-1])}>[^/]+)" if part.startswith("{") else re.escape(part)
        for part in parts
    )
    return re.compile(regex)


def media_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def pick_media(declared: Mapping[str, Any], media: str | None) -> str | None:
    if media is None:
        return None
    if media in declared:
        return media
    major = media.split("/", 1)[0]
    for candidate in (f"{major}/*", "*/*"):
        if candidate in declared:
            return candidate
    return None


def response_key(responses: Mapping[str, Any], status: int) -> str | None:
    for key in (str(status), f"{status // 100}XX", "DEFAULT"):
        if key in responses:
            return key
    return None


def coerce_parameter(raw: Any, schema: Mapping[str, Any]) -> Any:
    """Turn the string form of a query/path/header parameter into the type its schema expects."""
    types = schema.get("type")
    allowed = set(types) if isinstance(types, list) else {types}
    if isinstance(raw, dict):  # an object parameter, read by its style
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        return {key: coerce_parameter(item, properties.get(key) or extra or {}) for key, item in raw.items()}
    if "array" in allowed:
        items = raw if isinstance(raw, list) else [raw]
        return [_coerce_scalar(str(item), schema.get("items") or {}) for item in items]
    value = raw[-1] if isinstance(raw, list) else raw
    return _coerce_scalar(str(value), schema)


def _coerce_scalar(text: str, schema: Mapping[str, Any]) -> Any:
    types = schema.get("type")
    allowed = set(types) if isinstance(types, list) else {types}
    if "integer" in allowed and re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if "number" in allowed:
        try:
            return float(text)
        except ValueError:
            return text
    if "boolean" in allowed and text in ("true", "false"):
        return text == "true"
    return text
