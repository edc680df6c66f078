"""Timestamps as the Oden API writes them: ISO 8601 in UTC with a ``Z`` suffix."""

from __future__ import annotations

from datetime import UTC, datetime

from iotclients_sandbox.oden.errors import BadParameter

__all__ = ["format_time", "parse_time"]


def parse_time(value: object, name: str) -> datetime:
    """Parse a date-time field; ``name`` is the field path reported when it is not one."""
    if not isinstance(value, str):
        raise BadParameter(name, f"{name} must be a date-time string")
    try:
        parsed = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        raise BadParameter(name, f"{value!r} is not an ISO 8601 date-time") from None
    if parsed.tzinfo is None:
        # The API documents UTC timestamps; a naive one is read as UTC rather than refused.
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def format_time(value: datetime) -> str:
    text = value.astimezone(UTC).isoformat()
    return text.replace("+00:00", "Z")
