"""The forms a secret may take in text a server or a library writes.

``forms_of(secret)`` lists the secret as it is and as it reads once encoded: JSON string escapes
(``P\\u00e4sswort``, ``\\/``), percent and form encoding (``s3cr%2Bt%2F%3D%26x+y``, either hex case),
the ``repr`` of its UTF-8 bytes (``b'P\\xc3\\xa4sswort'``, which httpcore's debug log prints), and
base64. Base64 of a longer text containing the secret (``user:secret`` in a Basic header) only
contains the stretch that starts on a 3-byte boundary, so that stretch is listed for each of the
three alignments, when it is long enough (``MIN_BASE64_FORM``) to mean nothing else.
"""

from __future__ import annotations

import base64
import json
import re
from urllib.parse import quote, quote_plus

__all__ = ["MIN_BASE64_FORM", "MIN_SECRET_LENGTH", "WHOLE_WORD_BELOW", "forms_of"]

MIN_SECRET_LENGTH = 4
"""Shorter values ("a", "42", "not") cannot be told apart from ordinary text and are not masked."""

WHOLE_WORD_BELOW = 8
"""Secrets shorter than this are masked only as whole words (see ``core/redaction.py``)."""

MIN_BASE64_FORM = 8

_PERCENT = re.compile(r"%[0-9A-F]{2}")
_JSON_ESCAPE = re.compile(r"\\u[0-9a-f]{4}")


def forms_of(secret: str) -> set[str]:
    forms = {secret}
    forms |= _json_forms(secret)
    forms |= _percent_forms(secret)
    forms.add(repr(secret.encode("utf-8", "surrogatepass"))[2:-1])
    forms |= _base64_forms(secret)
    return {form for form in forms if form}


def _json_forms(secret: str) -> set[str]:
    found = set()
    for ascii_only in (True, False):
        escaped = json.dumps(secret, ensure_ascii=ascii_only)[1:-1]
        found |= {escaped, escaped.replace("/", "\\/")}
    found |= {_JSON_ESCAPE.sub(lambda m: m.group(0).upper().replace("\\U", "\\u"), form) for form in found}
    return found


def _percent_forms(secret: str) -> set[str]:
    found = set()
    for safe in ("", "/", "/:@!$'()*,;"):
        found |= {quote(secret, safe=safe), quote_plus(secret, safe=safe)}
    found |= {_PERCENT.sub(lambda m: m.group(0).lower(), form) for form in found}
    return found


def _base64_forms(secret: str) -> set[str]:
    raw = secret.encode("utf-8", "surrogatepass")
    found = set()
    for offset in range(3):
        aligned = raw[offset:]
        aligned = aligned[: len(aligned) // 3 * 3]
        core = base64.b64encode(aligned).decode()
        if len(core) >= MIN_BASE64_FORM:
            found |= {core, core.replace("+", "-").replace("/", "_")}
    # The secret's own encoding, padding included (a token sent base64-encoded on its own).
    whole = base64.b64encode(raw).decode()
    if len(whole) >= MIN_BASE64_FORM:
        found.add(whole)
    return found
