"""EventPayload (specs/iotticket.openapi.yaml: #/components/schemas/EventPayload)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class EventPayload(Model):
    """EventPayload.

    Attributes:
        e (list[DeviceEvent])
    """

    e: list[DeviceEvent]


# Imported after the class so that models referring to each other resolve without cycles.
from .device_event import DeviceEvent  # noqa: E402
