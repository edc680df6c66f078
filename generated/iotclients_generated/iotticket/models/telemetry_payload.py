"""TelemetryPayload (specs/iotticket.openapi.yaml: #/components/schemas/TelemetryPayload)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class TelemetryPayload(Model):
    """TelemetryPayload.

    Attributes:
        t (list[TelemetryItem], optional)
        t_set (list[TelemetrySetItem], optional)
        ts (list[TimesignalItem], optional)
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "t": {"min_length": 1, "type": "array"},
        "t_set": {"min_length": 1, "type": "array"},
        "ts": {"min_length": 1, "type": "array"},
    }

    t: list[TelemetryItem] | Unset = UNSET
    t_set: list[TelemetrySetItem] | Unset = UNSET
    ts: list[TimesignalItem] | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .telemetry_item import TelemetryItem  # noqa: E402
from .telemetry_set_item import TelemetrySetItem  # noqa: E402
from .timesignal_item import TimesignalItem  # noqa: E402
