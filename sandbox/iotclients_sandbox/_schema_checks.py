"""Compiled JSON Schema checks that report problems as field paths plus a short rule.

``jsonschema``'s own messages embed the whole offending instance, which for a bulk body can
be megabytes; these messages stay one line long and name the field as a JSON path
(``intervals[3].start_time``) so a client can point at the argument it got wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final
from uuid import UUID

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match

from iotclients_sandbox._discriminators import applicable_error
from iotclients_sandbox._fast_schema import Check, compile_fast

__all__ = ["MAX_ISSUES", "SchemaCheck", "ValidationIssue", "compile_check", "json_path"]

MAX_ISSUES: Final = 50
"""Stop collecting after this many problems: a broken 2,500-item body should not cost a full report."""

_RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$",
)
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_INT32_RANGE: Final = (-(2**31), 2**31 - 1)
_INT64_RANGE: Final = (-(2**63), 2**63 - 1)


@dataclass(frozen=True, slots=True)
class ValidationIssue:
    """One broken rule: where (``location`` + ``field`` as a JSON path), which rule, and why."""

    location: str
    """``body``, ``query``, ``path``, ``header``, or ``status`` for response checks."""
    field: str
    """JSON path such as ``intervals[3].start_time``; empty for the whole body."""
    rule: str
    """The schema keyword (``required``, ``type``, ``format``, ``maxItems``, ...) or a check name."""
    message: str

    @property
    def name(self) -> str:
        """The field path, or the location when the whole body or message is at fault."""
        return self.field or self.location

    def __str__(self) -> str:
        return f"{self.name}: {self.message} ({self.rule})"


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return False
    return True


def _is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        UUID(value)
    except ValueError:
        return False
    # UUID() also accepts forms without hyphens or with braces; OpenAPI means the canonical form.
    return len(value) == 36 and value.count("-") == 4


def _in_range(bounds: tuple[int, int]) -> Any:
    def check(value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int):
            return True
        return bounds[0] <= value <= bounds[1]

    return check


def _format_checker() -> FormatChecker:
    # Only the formats the specs use; anything else (e.g. the vendor's ``json``) is an annotation.
    checker = FormatChecker(formats=())
    checker.checks("date-time")(_is_date_time)
    checker.checks("uuid")(_is_uuid)
    checker.checks("int32")(_in_range(_INT32_RANGE))
    checker.checks("int64")(_in_range(_INT64_RANGE))
    return checker


_FORMATS: Final = _format_checker()


def json_path(parts: Iterable[str | int], prefix: str = "") -> str:
    """Render ``["intervals", 3, "start_time"]`` as ``intervals[3].start_time``."""
    text = prefix
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _IDENTIFIER.match(part):
            text += f".{part}" if text else part
        else:
            text += f"[{part!r}]"
    return text


class SchemaCheck:
    """One compiled schema; cheap to call repeatedly from any thread."""

    __slots__ = ("_fast", "_validator")

    def __init__(self, validator: Draft202012Validator, fast: Check | None) -> None:
        self._validator = validator
        self._fast = fast

    @property
    def accelerated(self) -> bool:
        """Whether valid values are recognised without ``jsonschema`` (see ``_fast_schema``)."""
        return self._fast is not None

    def is_valid(self, value: Any) -> bool:
        if self._fast is not None and self._fast(value):
            return True
        return bool(self._validator.is_valid(value))

    def issues(self, value: Any, location: str, *, prefix: str = "") -> Iterator[ValidationIssue]:
        """Yield the problems of ``value`` (at most :data:`MAX_ISSUES`)."""
        if self._fast is not None and self._fast(value):
            return
        for count, error in enumerate(self._validator.iter_errors(value)):
            if count >= MAX_ISSUES:
                return
            specific = _most_specific(error)
            field, rule, message = describe(specific, prefix)
            yield ValidationIssue(location, field, rule, message)


def compile_check(schema: Mapping[str, Any], registry: Any) -> SchemaCheck:
    validator = Draft202012Validator(schema, registry=registry, format_checker=_FORMATS)
    fast = compile_fast(schema, registry.resolver(), _lookup, _FORMATS.conforms)
    return SchemaCheck(validator, fast)


def _lookup(reference: str, resolver: Any) -> tuple[Any, Any]:
    resolved = resolver.lookup(reference)
    return resolved.contents, resolved.resolver


def _most_specific(error: ValidationError) -> ValidationError:
    # For oneOf/anyOf the interesting failure sits in the context of the branch that got closest.
    while error.context:
        deeper = applicable_error(error) or best_match(error.context)
        if deeper is None:
            break
        error = deeper
    return error


def describe(error: ValidationError, prefix: str = "") -> tuple[str, str, str]:
    """Return ``(field path, rule, message)`` for one jsonschema error."""
    rule = str(error.validator)
    path: list[str | int] = list(error.absolute_path)
    instance: Any = error.instance
    expected: Any = error.validator_value
    message: str
    if rule == "required" and isinstance(instance, Mapping) and isinstance(expected, Sequence):
        missing = [name for name in expected if name not in instance]
        if missing:
            path.append(str(missing[0]))
        message = "is required"
    elif rule in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, Mapping):
        properties = error.schema.get("properties", {}) if isinstance(error.schema, Mapping) else {}
        extra = [name for name in instance if name not in properties]
        if extra:
            path.append(str(extra[0]))
        message = "is not an allowed field"
    elif rule == "type":
        message = f"must be of type {_types(expected)}, got {_json_type(instance)}"
    elif rule == "format":
        message = f"{_short(instance)} is not a valid {expected}"
    elif rule == "enum":
        message = f"{_short(instance)} is not one of {', '.join(_short(item) for item in expected)}"
    elif rule == "const":
        message = f"must be {_short(expected)}"
    elif rule in ("maxItems", "minItems"):
        bound = "at most" if rule == "maxItems" else "at least"
        message = f"has {len(instance)} items; {bound} {expected} allowed"
    elif rule in ("maxLength", "minLength"):
        bound = "at most" if rule == "maxLength" else "at least"
        message = f"has {len(instance)} characters; {bound} {expected} allowed"
    elif rule in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        message = f"{_short(instance)} breaks {rule} {expected}"
    elif rule == "pattern":
        message = f"{_short(instance)} does not match {expected!r}"
    else:
        message = _clip(error.message, 160)
    return json_path(path, prefix), rule, message


def _types(expected: Any) -> str:
    if isinstance(expected, list):
        return " or ".join(str(item) for item in expected)
    return str(expected)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _short(value: Any) -> str:
    return _clip(repr(value), 60)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
