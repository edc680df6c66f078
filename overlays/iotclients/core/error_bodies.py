"""Parsing a vendor's error body into its model without reviving an echoed secret.

The body kept on an error is the redacted text, but JSON decoding undoes escapes: a server may
write a secret in a form no list of encodings foresees (``\\u0070assword`` for ``password``),
which decodes back to the secret. The body is decoded to plain data first, every string is
redacted after decoding, and only then is the model built.
"""

from __future__ import annotations

from typing import Any

import msgspec

from . import codec
from .redaction import scrub

__all__ = ["parse_error_body"]


def parse_error_body(body: bytes, tp: Any) -> Any:
    """The error model ``tp`` built from ``body``; raises like ``codec.decode`` on a mismatch."""
    return codec.convert(scrub(msgspec.json.decode(body)), tp)
