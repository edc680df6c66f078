"""Unit (specs/oden.openapi.yaml: #/components/schemas/Unit)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Unit(Model):
    """Unit.

    A unit of measure.

    Attributes:
        id (int, optional)
        symbol (str, optional)
        name (str, optional)
        kind_of_quantity (str, optional)
    """

    id: int | Unset = UNSET
    symbol: str | Unset = UNSET
    name: str | Unset = UNSET
    kind_of_quantity: str | Unset = UNSET
