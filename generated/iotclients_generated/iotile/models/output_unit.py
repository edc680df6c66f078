"""OutputUnit (specs/iotile.openapi.yaml: #/components/schemas/OutputUnit)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class OutputUnit(Model):
    """OutputUnit.

    An output unit; `derived_units` maps selector names to further conversions.

    Attributes:
        slug (str, optional)
        unit_full (str, optional)
        unit_short (str, optional)
        m (int, optional)
        d (int, optional)
        o (float | None, optional)
        decimal_places (int | None, optional)
        derived_units (None | OutputUnitDerivedUnitsType0, optional)
    """

    slug: str | Unset = UNSET
    unit_full: str | Unset = UNSET
    unit_short: str | Unset = UNSET
    m: int | Unset = UNSET
    d: int | Unset = UNSET
    o: float | None | Unset = UNSET
    decimal_places: int | None | Unset = UNSET
    derived_units: None | OutputUnitDerivedUnitsType0 | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .output_unit_derived_units_type_0 import OutputUnitDerivedUnitsType0  # noqa: E402
