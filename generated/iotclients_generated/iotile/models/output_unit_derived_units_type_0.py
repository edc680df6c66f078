"""OutputUnitDerivedUnitsType0 (specs/iotile.openapi.yaml: #/components/schemas/derived_units_type_0)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=False)
class OutputUnitDerivedUnitsType0(Model):
    """OutputUnitDerivedUnitsType0."""

    pass
