"""Fields that Oden's schema types as strings holding JSON while its examples send objects.

``ScrapYieldData.raw_data`` is ``{type: string, format: json}`` in Oden's published spec, so its
generated client sends a string, yet every example sends an object. Both forms are accepted;
either way the value must be a JSON object, and it is stored (and answered) as one.
"""

from __future__ import annotations

import json
from typing import Any

from iotclients_sandbox.oden.errors import BadParameter
from iotclients_sandbox.oden.matching import Body

__all__ = ["json_object"]


def json_object(body: Body | None, key: str, name: str) -> dict[str, Any] | None:
    """The object at ``key``, given as an object or a string holding one; ``None`` when absent or null."""
    value = body.get(key) if body else None
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise BadParameter(name, f"{name} must be a JSON object or a string holding one") from None
    if not isinstance(value, dict):
        raise BadParameter(name, f"{name} must be a JSON object or a string holding one")
    return value
