"""TelemetrySetItem (specs/iotticket.openapi.yaml: #/components/schemas/TelemetrySetItem)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class TelemetrySetItem(Model):
    """TelemetrySetItem.

    Attributes:
        id (str)
        ts (str)
        t (list[TelemetrySetValue])
    """

    id: str
    ts: str
    t: list[TelemetrySetValue]


# Imported after the class so that models referring to each other resolve without cycles.
from .telemetry_set_value import TelemetrySetValue  # noqa: E402
