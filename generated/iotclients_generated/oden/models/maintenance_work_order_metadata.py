"""MaintenanceWorkOrderMetadata (specs/oden.openapi.yaml: #/components/schemas/MaintenanceWorkOrderMetadata)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import OpenModel, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class MaintenanceWorkOrderMetadata(OpenModel):
    """MaintenanceWorkOrderMetadata.

    Free-form metadata of a maintenance work order.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    """

    pass
