"""Unit (specs/iotile.openapi.yaml: #/components/schemas/Unit)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Unit(Model):
    """Unit.

    A unit with the MDO that converts stored values into it.

    Attributes:
        slug (str, optional)
        unit_full (str, optional)
        unit_short (str, optional)
        m (int, optional)
        d (int, optional)
        o (float | None, optional)
    """

    slug: str | Unset = UNSET
    unit_full: str | Unset = UNSET
    unit_short: str | Unset = UNSET
    m: int | Unset = UNSET
    d: int | Unset = UNSET
    o: float | None | Unset = UNSET
