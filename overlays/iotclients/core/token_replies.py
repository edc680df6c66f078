"""Tokens read from a server's reply, checked before use.

A login or token endpoint that answers 200 with an empty token, or with an expiry no clock can
hold (``expires_in`` of 10**400, a JWT ``exp`` of 1e400), sent a reply that breaks the spec: it is
an ``APIResponseValidationError`` naming the field, not a ``ValueError`` or ``OverflowError``
from deep inside the client.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from .auth import Token
from .errors import APIResponseValidationError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["MAX_TOKEN_LIFETIME", "server_token"]

MAX_TOKEN_LIFETIME = 100 * 365 * 24 * 3600.0
"""A century: longer lifetimes are not credentials a server meant to issue."""


def server_token(
    value: object,
    *,
    source: str,
    url: str = "",
    expires_in: object = None,
    expires_at: object = None,
) -> Token:
    """The token a reply carries; ``source`` (``"POST create_token"``) names the call it came from.

    ``expires_in`` is seconds from now, ``expires_at`` epoch seconds; ``None`` means unknown.
    """
    method, _, path = source.partition(" ")

    def refuse(why: str) -> APIResponseValidationError:
        return APIResponseValidationError(
            f"{source} -> 200: response does not match the spec: {why}",
            status_code=200,
            body=b"",
            method=method,
            url=url or path,
        )

    if not isinstance(value, str) or not value:
        raise refuse("the token is missing or empty")
    now = time.time()
    ends: float | None = None
    if expires_in is not None:
        ends = now + _seconds(expires_in, "expires_in", 0.0, MAX_TOKEN_LIFETIME, refuse)
    if expires_at is not None:
        ends = _seconds(expires_at, "exp", 0.0, now + MAX_TOKEN_LIFETIME, refuse)
    return Token(value, ends)


def _seconds(value: object, field: str, low: float, high: float, refuse: Callable[[str], Exception]) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise refuse(f"{field} must be a number, got {type(value).__name__}")
    if isinstance(value, int) and not low <= value <= high:
        raise refuse(f"{field} is out of range")
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        raise refuse(f"{field} is out of range")
    return number
