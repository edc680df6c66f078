"""DashboardFiltersApplied (specs/oden.openapi.yaml: #/components/schemas/DashboardFiltersApplied)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import OpenModel, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class DashboardFiltersApplied(OpenModel):
    """DashboardFiltersApplied.

    The filters the module applied, as reported by the server.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    """

    pass
