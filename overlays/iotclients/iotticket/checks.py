"""Argument rules of the seed methods, checked before any request; each error names the arguments.

Locators: "exactly one of" and "at most one of"; enums (case-sensitive); limits; the ``tz``
format ``±hh:mm``, ``±hhmm`` or ``±hh``; the output options ``form``, ``timestamp`` and ``astype``;
and input times (epoch milliseconds, ISO-8601 strings or datetimes) read in ``tz`` when naive.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Mapping
from typing import Any

from iotclients.core.errors import InvalidArgumentError

from .names_path import InvalidLocatorError

__all__ = [
    "ATTRIBUTE_TYPES",
    "DIMENSIONS",
    "EVENT_TYPES",
    "MAX_LIMIT",
    "PERIODS",
    "SEVERITIES",
    "TimeInput",
    "at_most_one",
    "check_enum",
    "check_form",
    "check_limit",
    "check_short",
    "check_timestamp_form",
    "exactly_one",
    "parse_tz",
    "to_utc",
]

MAX_LIMIT = 10_000
ATTRIBUTE_TYPES = ("AssetEvent", "Calculated", "DeviceEvent", "Number", "String", "TelemetryData")
EVENT_TYPES = ("Alarm", "Notification", "Warning")
SEVERITIES = ("Low", "Normal", "High", "Critical")
PERIODS = (
    "CurrentMoment",
    "CurrentDay",
    "PreviousDay",
    "CurrentWeek",
    "PreviousWeek",
    "CurrentMonth",
    "PreviousMonth",
    "CurrentQuarter",
    "PreviousQuarter",
    "CurrentYear",
    "PreviousYear",
    "Custom",
)
DIMENSIONS = ("Minute", "Hour", "Day", "Week", "Quarter", "Month", "Year")

TimeInput = int | str | datetime.datetime
_TZ = re.compile(r"^([+-])(\d{2})(?::?(\d{2}))?$")


def _given(value: Any) -> bool:
    return value is not None


def exactly_one(**locators: Any) -> str:
    """The name of the one locator given; ``InvalidLocatorError`` naming all of them otherwise."""
    given = [name for name, value in locators.items() if _given(value)]
    if len(given) != 1:
        names = ", ".join(locators)
        found = f"got {', '.join(given)}" if given else "got none"
        raise InvalidLocatorError(names, f"exactly one of {names} must be given ({found})")
    return given[0]


def at_most_one(**locators: Any) -> str | None:
    """The name of the locator given, or ``None``; more than one is an ``InvalidLocatorError``."""
    given = [name for name, value in locators.items() if _given(value)]
    if len(given) > 1:
        names = ", ".join(locators)
        raise InvalidLocatorError(names, f"at most one of {names} may be given (got {', '.join(given)})")
    return given[0] if given else None


def check_enum(argument: str, value: Any, allowed: Collection[str]) -> None:
    if value is not None and value not in allowed:
        raise InvalidArgumentError(
            argument, f"must be one of {', '.join(allowed)} (case-sensitive), got {value!r}"
        )


def check_limit(limit: Any, argument: str = "limit") -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise InvalidArgumentError(argument, f"must be an integer from 1 to {MAX_LIMIT}, got {limit!r}")
    return limit


def check_short(argument: str, value: Any, *, required: bool = True) -> None:
    if value is None and not required:
        return
    if not isinstance(value, str) or (required and not value) or len(value) > 255:
        raise InvalidArgumentError(argument, "must be a non-empty string of at most 255 characters")


def check_form(form: Any) -> str:
    if form not in ("DataFrame", "json"):
        raise InvalidArgumentError("form", f"must be 'DataFrame' or 'json', got {form!r}")
    return str(form)


def check_timestamp_form(timestamp: Any) -> str:
    if timestamp not in ("datetime", "epoch"):
        raise InvalidArgumentError("timestamp", f"must be 'datetime' or 'epoch', got {timestamp!r}")
    return str(timestamp)


def check_astype(astype: Any) -> type:
    if not isinstance(astype, type):
        # The seed raises TypeError here; this error is both a ValueError and a TypeError.
        raise _AstypeError("astype", f"must be a type such as str, float or int, got {astype!r}")
    return astype


class _AstypeError(InvalidArgumentError, TypeError):
    pass


def parse_tz(tz: str | None) -> datetime.tzinfo:
    """``None`` is UTC; otherwise an IANA zone name (``Europe/Helsinki``, daylight saving included)
    or a fixed offset ``±hh:mm``, ``±hhmm`` or ``±hh`` (hours < 24, minutes < 60)."""
    if tz is None:
        return datetime.UTC
    rule = f"must be an IANA zone name such as Europe/Helsinki, or look like +02:00, -0530 or +03, got {tz!r}"
    if not isinstance(tz, str) or not tz:
        raise InvalidArgumentError("tz", rule)
    if tz[0] in "+-":
        found = _TZ.match(tz)
        if found is None or int(found.group(2)) > 23 or int(found.group(3) or 0) > 59:
            raise InvalidArgumentError("tz", rule)
        sign = -1 if found.group(1) == "-" else 1
        offset = datetime.timedelta(hours=int(found.group(2)), minutes=int(found.group(3) or 0))
        return datetime.timezone(sign * offset)
    import zoneinfo

    try:
        return zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise InvalidArgumentError("tz", rule) from None


def to_utc(value: Any, argument: str, zone: datetime.tzinfo = datetime.UTC) -> datetime.datetime:
    """An input time as an aware UTC datetime: epoch milliseconds, ISO-8601 text or a datetime.

    Naive datetimes and offset-less strings are read in ``zone`` (the method's ``tz``).
    """
    if isinstance(value, bool):
        raise InvalidArgumentError(argument, "must be epoch milliseconds, an ISO-8601 string or a datetime")
    if isinstance(value, int):
        try:
            return datetime.datetime.fromtimestamp(0, datetime.UTC) + datetime.timedelta(milliseconds=value)
        except OverflowError:
            raise InvalidArgumentError(
                argument, f"{value} epoch milliseconds is outside the years 1 to 9999"
            ) from None
    if isinstance(value, str):
        try:
            moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise InvalidArgumentError(argument, f"{value!r} is not an ISO-8601 timestamp") from None
    elif isinstance(value, datetime.datetime):
        moment = value
    else:
        raise InvalidArgumentError(argument, "must be epoch milliseconds, an ISO-8601 string or a datetime")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(datetime.UTC)


def optional_utc(value: Any, argument: str, zone: datetime.tzinfo = datetime.UTC) -> datetime.datetime | None:
    return None if value is None else to_utc(value, argument, zone)


def snake_to_camel(mapping: Mapping[str, Any], argument: str) -> dict[str, Any]:
    """The seed's snake_case dict keys (``help_text``) as the wire's camelCase (``helpText``)."""
    if not isinstance(mapping, Mapping):
        raise InvalidArgumentError(argument, "must be a dict")
    converted: dict[str, Any] = {}
    for key, value in mapping.items():
        head, *rest = str(key).split("_")
        converted[head + "".join(part[:1].upper() + part[1:] for part in rest)] = value
    return converted
