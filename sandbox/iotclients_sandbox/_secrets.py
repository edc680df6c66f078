"""Compare credentials the way a server must: in constant time, for any text a client sends."""

from __future__ import annotations

import hmac

__all__ = ["same_secret"]


def same_secret(expected: str, given: str) -> bool:
    """``True`` when ``given`` is ``expected``, taking time that does not depend on where they differ.

    ``hmac.compare_digest`` takes ``str`` only when both are ASCII; credentials may be any text
    (a password ``Pässwort-1``, a header decoded as Latin-1), so both sides are compared as UTF-8
    bytes. ``surrogatepass`` keeps a lone surrogate comparable instead of raising.
    """
    return hmac.compare_digest(
        expected.encode("utf-8", "surrogatepass"), given.encode("utf-8", "surrogatepass")
    )
