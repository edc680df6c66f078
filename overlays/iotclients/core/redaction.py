"""Keeping credentials out of logs, reprs and exception texts.

A client registers every secret it holds here. ``redact`` replaces them in any text, and the
``iotclients`` logger carries a filter that applies ``redact`` to every record, so a secret that
slips into a log argument (a URL, an echoed body) still never reaches a handler.

Servers echo what they received in the form they received it, or re-encoded: a secret is masked
as it is and in every encoding a reply or a log line may carry it in (``core/secret_forms.py``):
JSON string escapes, percent and form encoding, the ``b'...'`` form of its bytes, and base64
(also inside ``user:secret``). Secrets of 4 to 7 characters (``MIN_SECRET_LENGTH``,
``WHOLE_WORD_BELOW``) are masked only where they stand as a whole word (not touching a letter, a
digit or ``- . _ ~``), so that a short password does not mask every word containing its letters;
longer ones are masked wherever they occur. Up to three characters cannot be told apart from
ordinary text ("a", "42", "not"): such values are not treated as secrets.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from functools import lru_cache

from .secret_forms import MIN_SECRET_LENGTH, WHOLE_WORD_BELOW, forms_of

__all__ = [
    "MASK",
    "MIN_SECRET_LENGTH",
    "WHOLE_WORD_BELOW",
    "Secret",
    "redact",
    "redact_headers",
    "register_secret",
    "scrub",
]

MASK = "***"

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
# (form, whole word only), longest first so that a form containing another is masked whole.
_ordered: tuple[tuple[str, bool], ...] = ()


def register_secret(value: str | None) -> None:
    """Remember ``value`` so that every later ``redact`` masks it, in every encoding."""
    global _ordered  # noqa: PLW0603  (swapped whole: readers never see a half-built tuple)
    if not value or not isinstance(value, str) or len(value) < MIN_SECRET_LENGTH:
        return
    with _lock:
        if value in _secrets:
            return
        _secrets.add(value)
        whole = len(value) < WHOLE_WORD_BELOW
        forms = dict(_ordered)
        for form in forms_of(value):
            forms[form] = forms.get(form, whole) and whole
        _ordered = tuple(sorted(forms.items(), key=lambda item: len(item[0]), reverse=True))


@lru_cache(maxsize=1024)
def _as_word(form: str) -> re.Pattern[str]:
    # A word: not touching a letter, a digit or another URL-unreserved character (- . _ ~), so
    # that the secret "x" is masked in "key=x&" but not in "x-request-id".
    return re.compile(r"(?<![0-9A-Za-z\-._~])" + re.escape(form) + r"(?![0-9A-Za-z\-._~])")


def redact(text: str) -> str:
    """``text`` with every registered secret, in any of its encodings, replaced by ``***``."""
    for form, whole in _ordered:
        if form in text:
            text = _as_word(form).sub(MASK, text) if whole else text.replace(form, MASK)
    return text


def scrub(value: object) -> object:
    """JSON-shaped data with every string (and key) redacted: for parsed replies, whose strings
    have lost the escapes the redacted text masked."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return {scrub(key): scrub(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [scrub(item) for item in value]
    return value


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
        self._value: str = value
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
