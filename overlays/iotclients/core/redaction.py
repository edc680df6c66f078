"""Keeping credentials out of logs, reprs and exception texts.

A client registers every secret it holds here. ``redact`` replaces them in any text, and the
``iotclients`` logger carries a filter that applies ``redact`` to every record, so a secret that
slips into a log argument (a URL, an echoed body) still never reaches a handler.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping

__all__ = ["MASK", "Secret", "redact", "redact_headers", "register_secret"]

MASK = "***"

# Too-short values would mask ordinary text ("a", "1"); no real credential is this short.
_MIN_SECRET_LENGTH = 4

# Header names whose values are credentials for at least one vendor.
SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-exosite-cik",
        "x-exosite-token",
        "x-api-key",
    }
)

_lock = threading.Lock()
_secrets: set[str] = set()
_ordered: tuple[str, ...] = ()


def register_secret(value: str | None) -> None:
    """Remember ``value`` so that every later ``redact`` masks it."""
    global _ordered  # noqa: PLW0603  (swapped whole: readers never see a half-built tuple)
    if not value or len(value) < _MIN_SECRET_LENGTH:
        return
    with _lock:
        if value not in _secrets:
            _secrets.add(value)
            # Longest first, so a secret containing another is masked whole.
            _ordered = tuple(sorted(_secrets, key=len, reverse=True))


def redact(text: str) -> str:
    """``text`` with every registered secret replaced by ``***``."""
    for secret in _ordered:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def redact_headers(headers: Iterable[tuple[str, str]] | Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` safe to log: credential headers masked, other values redacted."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {name: (MASK if name.lower() in SENSITIVE_HEADERS else redact(value)) for name, value in items}


class Secret:
    """A credential that shows itself as ``***`` in ``repr``/``str`` and logs.

    ``get()`` returns the real value; use it only where the value goes on the wire.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("a secret must be a string")
        self._value = value
        register_secret(value)

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)


def has_secrets() -> bool:
    return bool(_ordered)
