"""EventWrite (specs/iotile.openapi.yaml: #/components/schemas/EventWrite)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class EventWrite(Model):
    """EventWrite.

    Attributes:
        stream (str)
        timestamp (AwareDatetime)
        device_timestamp (int, optional)
        streamer_local_id (int, optional)
        extra_data (EventExtraData, optional): Free-form data of an event.
    """

    stream: str
    timestamp: AwareDatetime
    device_timestamp: int | Unset = UNSET
    streamer_local_id: int | Unset = UNSET
    extra_data: EventExtraData | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .event_extra_data import EventExtraData  # noqa: E402
