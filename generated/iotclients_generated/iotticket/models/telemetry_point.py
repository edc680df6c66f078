"""TelemetryPoint (specs/iotticket.openapi.yaml: #/components/schemas/TelemetryPoint)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import OpenModel, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class TelemetryPoint(OpenModel):
    """TelemetryPoint.

    Timestamps (ISO-8601 UTC) mapped to values; the SDK sends one entry
    per map, some devices many.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    """

    pass
