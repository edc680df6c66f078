"""Refuse values no wire format can carry, naming the argument, before anything is sent.

JSON has no NaN or infinity (the encoder would send ``null``, a value nobody wrote), UTF-8 has no
lone surrogates (encoding fails deep inside the transport), header values travel as ASCII, and a
URL parameter longer than servers and proxies take would fail as an invalid URL. Each of these is
an ``InvalidArgumentError`` here, with the path to the offending item (``points[3][1]``).
"""

from __future__ import annotations

import math
from typing import Any, Final

from .errors import InvalidArgumentError

__all__ = ["MAX_PARAMETER_CHARS", "check_credential", "check_parameter", "check_wire_value", "json_payload"]

MAX_PARAMETER_CHARS: Final = 4096
"""Longest text a path, query or header parameter may hold: URLs beyond ~8 KB are refused by
common servers and proxies, and no API parameter of ours needs more."""


def check_wire_value(value: Any, argument: str) -> None:
    """Raise ``InvalidArgumentError`` for a non-finite float or a lone surrogate anywhere in
    ``value`` (builtins: dicts, lists, tuples, scalars); walks iteratively, so depth is no limit."""
    stack: list[tuple[Any, str]] = [(value, argument)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            _check_text(item, where)
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise InvalidArgumentError(where, f"must be a finite number (JSON has no {item!r})")
        elif isinstance(item, dict):
            for key, member in item.items():
                if isinstance(key, str):
                    _check_text(key, f"{where} key {key!r:.40}")
                stack.append((member, f"{where}.{key}"))
        elif isinstance(item, list | tuple):
            stack.extend((member, f"{where}[{index}]") for index, member in enumerate(item))


def json_payload(value: Any, argument: str) -> bytes:
    """``value`` (builtins) as JSON bytes, refusing what JSON cannot carry.

    The encoder writes NaN and infinity as ``null`` and fails on a lone surrogate; only then is the
    value walked, to name the item. Encoding first keeps the common case (10,000 plain points) to
    one pass in C.
    """
    import msgspec

    try:
        payload = msgspec.json.encode(value)
    except UnicodeEncodeError:
        check_wire_value(value, argument)
        raise InvalidArgumentError(argument, "holds text that is not valid Unicode") from None
    if b"null" in payload:  # a None someone wrote, or a NaN or infinity the encoder replaced
        check_wire_value(value, argument)
    return payload


def check_parameter(value: Any, argument: str, location: str) -> None:
    """A path, query or header parameter: the rules of ``check_wire_value`` plus a length bound,
    and ASCII for headers."""
    items = value if isinstance(value, list | tuple) else [value]
    for item in items:
        check_wire_value(item, argument)
        if isinstance(item, str):
            if len(item) > MAX_PARAMETER_CHARS:
                raise InvalidArgumentError(
                    argument, f"must be at most {MAX_PARAMETER_CHARS} characters, got {len(item)}"
                )
            if location == "header" and not item.isascii():
                raise InvalidArgumentError(argument, "must be ASCII: it travels in an HTTP header")


def _check_text(text: str, where: str) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidArgumentError(
            where, f"holds a lone surrogate at position {exc.start}, which is not a Unicode character"
        ) from None


def check_credential(value: Any, argument: str) -> str:
    """A key, token or secret as it goes in a header: non-empty text, ASCII, no surrogates."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(argument, "must be a non-empty string")
    if not value.isascii():
        # Never echo the value: it is a secret.
        raise InvalidArgumentError(argument, "must be ASCII: it travels in an HTTP header")
    return value
