"""Refuse request JSON that a sandbox could store but never serve back.

Two shapes parse fine in Python yet break a server later: a string holding a lone UTF-16
surrogate (``"\\ud800"``) cannot be encoded when a listing that contains it is written out, and
a document nested thousands deep exhausts the recursion limit in whatever walks it next
(schema checks, copies, serializers). Real servers refuse both with their ordinary 400, so the
sandboxes check every parsed body once, before any state changes, without recursing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Final

__all__ = ["MAX_JSON_DEPTH", "JSONRefused", "parse_request_json", "refusal_of"]

MAX_JSON_DEPTH: Final = 64
"""Deeper than any body a vendor's API takes, shallow enough for every recursive walker."""


class JSONRefused(ValueError):
    """A body that is JSON but must not be accepted; the message says which rule it breaks."""


def parse_request_json(
    body: bytes | str, *, object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None
) -> Any:
    """``json.loads`` plus the two refusals; ``ValueError`` (``JSONRefused`` for those) otherwise."""
    try:
        value = json.loads(body, object_pairs_hook=object_pairs_hook)
    except RecursionError:
        raise JSONRefused(f"the body is nested deeper than {MAX_JSON_DEPTH} levels") from None
    problem = refusal_of(value)
    if problem is not None:
        raise JSONRefused(problem)
    return value


def refusal_of(value: Any) -> str | None:
    """Why ``value`` must be refused (too deep, a lone surrogate), or ``None`` when it is fine."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if _has_surrogate(node):
                return "a string holds a lone surrogate, which is not a Unicode character"
        elif isinstance(node, dict | list):
            if depth >= MAX_JSON_DEPTH:
                return f"the body is nested deeper than {MAX_JSON_DEPTH} levels"
            if isinstance(node, dict):
                for key, item in node.items():
                    if isinstance(key, str) and _has_surrogate(key):
                        return "a key holds a lone surrogate, which is not a Unicode character"
                    stack.append((item, depth + 1))
            else:
                stack.extend((item, depth + 1) for item in node)
    return None


def _has_surrogate(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
