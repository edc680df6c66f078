"""EventPayload (specs/iotticket.openapi.yaml: #/components/schemas/EventPayload)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class EventPayload(Model):
    """EventPayload.

    Attributes:
        e (list[DeviceEvent])
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {"e": {"min_length": 1, "type": "array"}}

    e: list[DeviceEvent]


# Imported after the class so that models referring to each other resolve without cycles.
from .device_event import DeviceEvent  # noqa: E402
