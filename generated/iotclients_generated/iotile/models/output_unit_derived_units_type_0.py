"""OutputUnitDerivedUnitsType0 (an inline schema of specs/iotile.openapi.yaml)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import OpenModel, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class OutputUnitDerivedUnitsType0(OpenModel):
    """OutputUnitDerivedUnitsType0.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    """

    pass
