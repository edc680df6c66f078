"""Parameter values on the wire, as the spec's schema and ``style``/``explode`` say.

Each parameter carries the facts of its schema (``Param.schema``: type, format, enum and
constraints) and is turned into text here: aware datetimes in RFC 3339, dates in ISO 8601,
UUIDs in their canonical form, enums by value, booleans as ``true``/``false``, finite numbers
only. Arrays and objects are spread over keys or joined by the style's delimiter. Whatever does
not fit the schema raises ``InvalidArgumentError`` naming the parameter, before a request exists.
"""

from __future__ import annotations

import datetime
import math
import re
import uuid
from collections.abc import Callable, Mapping
from enum import Enum
from functools import lru_cache
from typing import Any

from .errors import InvalidArgumentError
from .operation import Param

__all__ = ["cookie_header", "header_text", "path_text", "python_pattern", "query_items"]

_DELIMITERS = {"form": ",", "simple": ",", "pipeDelimited": "|", "spaceDelimited": " "}


def path_text(param: Param, value: Any) -> str:
    """The text of a path parameter (style ``simple``)."""
    return _joined(param, value)


def header_text(param: Param, value: Any) -> str:
    """The text of a header parameter (style ``simple``)."""
    text = _joined(param, value)
    if re.search(r"[\r\n\x00]", text):
        # A line break would end the header and let the value write headers of its own.
        raise InvalidArgumentError(param.argument, "must not contain line breaks or NUL characters")
    return text


def query_items(param: Param, value: Any) -> list[tuple[str, str]]:
    """The query keys and values of a parameter, spread or joined as its style says."""
    style = param.style or "form"
    explode = _explode(param)
    if _is_object(param, value):
        fields = _object_fields(param, value)
        if style == "deepObject":
            return [(f"{param.wire_name}[{key}]", text) for key, text in fields]
        if explode:
            return fields
        return [(param.wire_name, ",".join(part for pair in fields for part in pair))]
    if isinstance(value, list | tuple):
        texts = _array_texts(param, value)
        if explode:
            return [(param.wire_name, text) for text in texts]
        return [(param.wire_name, _DELIMITERS[style].join(texts))]
    return [(param.wire_name, _scalar_text(param, value, _schema(param)))]


def cookie_header(pairs: list[tuple[Param, Any]]) -> str:
    """The ``Cookie`` header for the cookie parameters given (style ``form``)."""
    parts: list[str] = []
    for param, value in pairs:
        for name, text in query_items(param.replace(style="form"), value):
            if re.search(r"[;\s\"\\]", text):
                # A cookie value cannot carry these even quoted; the server would read another cookie.
                raise InvalidArgumentError(param.argument, "must not contain ';', '\"', '\\' or spaces")
            parts.append(f"{name}={text}")
    return "; ".join(parts)


# ---------------------------------------------------------------------------------------------


def _explode(param: Param) -> bool:
    if param.explode is not None:
        return bool(param.explode)
    return (param.style or ("form" if param.location in ("query", "cookie") else "simple")) == "form"


def _schema(param: Param) -> Mapping[str, Any]:
    schema: Mapping[str, Any] = param.schema or {}
    return schema


def _types(schema: Mapping[str, Any]) -> tuple[str, ...]:
    kind = schema.get("type")
    if kind is None:
        return ()
    if isinstance(kind, str):
        return (kind,)
    return tuple(str(k) for k in kind if k != "null")


def _is_object(param: Param, value: Any) -> bool:
    return isinstance(value, Mapping) or (
        "object" in _types(_schema(param)) and hasattr(value, "__attrs_attrs__")
    )


def _joined(param: Param, value: Any) -> str:
    """``simple`` style: arrays joined by commas, objects as ``k,v`` (``k=v`` when exploded)."""
    if _is_object(param, value):
        fields = _object_fields(param, value)
        if _explode(param):
            return ",".join(f"{key}={text}" for key, text in fields)
        return ",".join(part for pair in fields for part in pair)
    if isinstance(value, list | tuple):
        return ",".join(_array_texts(param, value))
    return _scalar_text(param, value, _schema(param))


def _array_texts(param: Param, value: list[Any] | tuple[Any, ...]) -> list[str]:
    schema = _schema(param)
    if _types(schema) and "array" not in _types(schema):
        raise InvalidArgumentError(param.argument, f"must be {_describe(schema)}, not a list")
    count = len(value)
    if "minItems" in schema and count < schema["minItems"]:
        raise InvalidArgumentError(
            param.argument, f"must have at least {schema['minItems']} items, got {count}"
        )
    if "maxItems" in schema and count > schema["maxItems"]:
        raise InvalidArgumentError(
            param.argument, f"must have at most {schema['maxItems']} items, got {count}"
        )
    items: Mapping[str, Any] = schema.get("items") or {}
    return [_scalar_text(param, item, items, f"[{index}]") for index, item in enumerate(value)]


def _object_fields(param: Param, value: Any) -> list[tuple[str, str]]:
    schema = _schema(param)
    if _types(schema) and "object" not in _types(schema):
        raise InvalidArgumentError(param.argument, f"must be {_describe(schema)}, not a mapping")
    if not isinstance(value, Mapping):
        from . import codec

        value = codec.to_builtins(value)
    properties: Mapping[str, Any] = schema.get("properties") or {}
    extra = schema.get("additionalProperties")
    fields: list[tuple[str, str]] = []
    for key, item in value.items():
        if not isinstance(key, str):
            raise InvalidArgumentError(param.argument, f"keys must be strings, got {type(key).__name__}")
        if key in properties:
            item_schema = properties[key]
        elif properties and extra is False:
            raise InvalidArgumentError(f"{param.argument}.{key}", f"is not one of {', '.join(properties)}")
        else:
            item_schema = extra if isinstance(extra, Mapping) else {}
        if item is None:
            continue
        fields.append((key, _scalar_text(param, item, item_schema, f".{key}")))
    missing = [name for name in schema.get("required") or () if name not in value]
    if missing:
        raise InvalidArgumentError(param.argument, f"must have {', '.join(missing)}")
    return fields


def _describe(schema: Mapping[str, Any]) -> str:
    kinds = _types(schema)
    words = [f"{schema['format']} string" if k == "string" and "format" in schema else k for k in kinds]
    return _article(" or ".join(words) or "value")


def _article(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def _scalar_text(param: Param, value: Any, schema: Mapping[str, Any], where: str = "") -> str:
    """One primitive value as text, checked against ``schema``."""
    name = param.argument + where
    if isinstance(value, Enum):
        value = value.value
    text = _primitive_text(name, value, schema)
    _check_rules(name, value, text, schema)
    return text


def _primitive_text(name: str, value: Any, schema: Mapping[str, Any]) -> str:
    kinds = _types(schema)
    if "enum" in schema:
        allowed = [v for v in schema["enum"] if v is not None]
        if value not in allowed or (isinstance(value, bool) and not any(v is value for v in allowed)):
            raise InvalidArgumentError(name, f"must be one of {', '.join(map(repr, allowed))}, got {value!r}")
    if isinstance(value, bool):
        if kinds and "boolean" not in kinds:
            raise InvalidArgumentError(name, f"must be {_describe(schema)}, got a bool")
        return "true" if value else "false"
    if isinstance(value, int) and (not kinds or "integer" in kinds or "number" in kinds):
        return str(value)
    if isinstance(value, float) and (not kinds or "number" in kinds):
        if not math.isfinite(value):
            raise InvalidArgumentError(name, f"must be a finite number, got {value!r}")
        if "integer" in kinds and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, float) and "integer" in kinds:
        if not math.isfinite(value) or not value.is_integer():
            raise InvalidArgumentError(name, f"must be an integer, got {value!r}")
        return str(int(value))
    if not kinds or "string" in kinds:
        converted = _formatted(name, value, schema.get("format"))
        if converted is not None:
            return converted
    raise InvalidArgumentError(name, f"must be {_describe(schema)}, got {_article(type(value).__name__)}")


def _formatted(name: str, value: Any, fmt: str | None) -> str | None:
    """The text of a string-typed value in ``fmt``, or ``None`` when ``value`` has no string form."""
    if fmt == "date-time":
        if isinstance(value, str):
            value = _parsed(name, value, datetime.datetime.fromisoformat, "an RFC 3339 date-time")
        if not isinstance(value, datetime.datetime):
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidArgumentError(name, "must carry a UTC offset (a naive datetime is ambiguous)")
        return value.isoformat()
    if fmt == "date":
        if isinstance(value, str):
            value = _parsed(name, value, datetime.date.fromisoformat, "an ISO 8601 date (YYYY-MM-DD)")
        if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
            return None
        return value.isoformat()
    if fmt == "uuid":
        if isinstance(value, str):
            value = _parsed(name, value, uuid.UUID, "a UUID")
        return str(value) if isinstance(value, uuid.UUID) else None
    if isinstance(value, str):
        return value
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidArgumentError(name, "must carry a UTC offset (a naive datetime is ambiguous)")
        return value.isoformat()
    if isinstance(value, datetime.date | datetime.time | uuid.UUID):
        return str(value) if isinstance(value, uuid.UUID) else value.isoformat()
    return None


def _parsed(name: str, text: str, parse: Callable[[str], Any], what: str) -> Any:
    try:
        return parse(text)
    except ValueError:
        raise InvalidArgumentError(name, f"must be {what}, got {text!r}") from None


def _check_rules(name: str, value: Any, text: str, schema: Mapping[str, Any]) -> None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        _number_rules(name, value, schema)
    elif not isinstance(value, bool):
        _string_rules(name, text, schema)


def _string_rules(name: str, text: str, schema: Mapping[str, Any]) -> None:
    if "minLength" in schema and len(text) < schema["minLength"]:
        raise InvalidArgumentError(name, f"must be at least {schema['minLength']} characters long")
    if "maxLength" in schema and len(text) > schema["maxLength"]:
        raise InvalidArgumentError(name, f"must be at most {schema['maxLength']} characters long")
    if "pattern" in schema and _regex(schema["pattern"]).search(text) is None:
        raise InvalidArgumentError(name, f"must match the pattern {schema['pattern']!r}")


def _number_rules(name: str, value: float, schema: Mapping[str, Any]) -> None:
    if "minimum" in schema and value < schema["minimum"]:
        raise InvalidArgumentError(name, f"must be >= {schema['minimum']}, got {value!r}")
    if "maximum" in schema and value > schema["maximum"]:
        raise InvalidArgumentError(name, f"must be <= {schema['maximum']}, got {value!r}")
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        raise InvalidArgumentError(name, f"must be > {schema['exclusiveMinimum']}, got {value!r}")
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        raise InvalidArgumentError(name, f"must be < {schema['exclusiveMaximum']}, got {value!r}")
    step = schema.get("multipleOf")
    if step and not _multiple(value, step):
        raise InvalidArgumentError(name, f"must be a multiple of {step}, got {value!r}")


def _multiple(value: float, step: float) -> bool:
    if isinstance(value, int) and isinstance(step, int):
        return value % step == 0  # exact, however large
    quotient = value / step
    return abs(quotient - round(quotient)) <= 1e-9 * max(1.0, abs(quotient))


@lru_cache(maxsize=256)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(python_pattern(pattern))


def python_pattern(pattern: str) -> str:
    """A spec (ECMA-262) pattern for Python's ``re``: ``$`` ends the text, not a last line.

    Python's ``$`` also matches before a trailing newline, which would let ``"abc\\n"`` pass
    ``^[a-z]+$``; outside character classes it becomes ``\\Z``.
    """
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = "\\Z"
        out.append(char)
        index += 1
    return "".join(out)
