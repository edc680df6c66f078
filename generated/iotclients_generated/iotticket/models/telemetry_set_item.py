"""TelemetrySetItem (specs/iotticket.openapi.yaml: #/components/schemas/TelemetrySetItem)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class TelemetrySetItem(Model):
    """TelemetrySetItem.

    Attributes:
        id (str)
        ts (int | str): An ISO-8601 timestamp (UTC when it has no offset) or an integer
            epoch in milliseconds, the two forms the SDK documents.
        t (list[TelemetrySetValue])
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "id": {"max_length": 255, "min_length": 1, "type": "string"},
        "t": {"min_length": 1, "type": "array"},
    }

    id: str
    ts: int | str
    t: list[TelemetrySetValue]


# Imported after the class so that models referring to each other resolve without cycles.
from .telemetry_set_value import TelemetrySetValue  # noqa: E402
