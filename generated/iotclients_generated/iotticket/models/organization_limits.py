"""OrganizationLimits (specs/iotticket.openapi.yaml: #/components/schemas/OrganizationLimits)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import OpenModel, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class OrganizationLimits(OpenModel):
    """OrganizationLimits.

    Named limits (devices, attributes, analytics items...); -1 means unlimited.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    """

    pass
