"""Examples of a spec media type, whichever of OpenAPI's two forms the spec uses.

``example: {...}`` (one, unnamed) and ``examples: {name: {value: ...}}`` (several, named) are both
valid and both accepted by the lint, so the tests read them through here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_SINGLE = "example"


def media_examples(media: Mapping[str, Any]) -> dict[str, Any]:
    """Name -> example value; a lone ``example`` is named ``example``."""
    found: dict[str, Any] = {}
    if _SINGLE in media:
        found[_SINGLE] = media[_SINGLE]
    for name, example in (media.get("examples") or {}).items():
        if isinstance(example, Mapping) and "value" in example:
            found[str(name)] = example["value"]
    return found


def first_example(media: Mapping[str, Any]) -> Any:
    """The first example of ``media``; a KeyError naming the problem when there is none."""
    found = media_examples(media)
    if not found:
        raise KeyError("the media type declares neither `example` nor `examples`")
    return next(iter(found.values()))
