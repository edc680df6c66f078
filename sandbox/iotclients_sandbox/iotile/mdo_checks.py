"""Checks on MDO (multiply, divide, offset) changes, made before a PATCH stores anything."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from iotclients_sandbox.iotile.calls import IOTileError

__all__ = ["checked_mdo_changes"]

_FACTORS = ("multiplication_factor", "division_factor")


def checked_mdo_changes(target: object | None, changes: Mapping[str, Any]) -> Mapping[str, Any]:
    """``changes`` when the factors they leave on ``target`` are non-zero integers; a 400 otherwise.

    ``target`` is ``None`` for a new record, whose ``changes`` then name every factor.

    Every later read divides by the division factor, so a zero (or a null) stored here would
    turn each read of the stream into a server error.
    """
    for factor in _FACTORS:
        value = changes[factor] if factor in changes else getattr(target, factor)
        if isinstance(value, bool) or not isinstance(value, int) or value == 0:
            raise IOTileError(400, {factor: ["MDO factors must be non-zero integers."]})
    offset = changes["offset"] if "offset" in changes else getattr(target, "offset", 0.0)
    if isinstance(offset, bool) or not isinstance(offset, int | float):
        raise IOTileError(400, {"offset": ["A valid number is required."]})
    return changes
