"""Event (specs/iotile.openapi.yaml: #/components/schemas/Event)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Event(Model):
    """Event.

    Attributes:
        id (int)
        stream (str, optional)
        project (None | str, optional)
        device (None | str, optional)
        variable (None | str, optional)
        s3bucket (None | str, optional)
        s3key (None | str, optional)
        ext (None | str, optional)
        has_raw_data (bool, optional)
        device_timestamp (int | None, optional)
        timestamp (AwareDatetime, optional)
        streamer_local_id (int | None, optional)
        dirty_ts (bool, optional)
        status (None | str, optional)
        extra_data (EventExtraData | None, optional)
    """

    id: int
    stream: str | Unset = UNSET
    project: None | str | Unset = UNSET
    device: None | str | Unset = UNSET
    variable: None | str | Unset = UNSET
    s3bucket: None | str | Unset = UNSET
    s3key: None | str | Unset = UNSET
    ext: None | str | Unset = UNSET
    has_raw_data: bool | Unset = UNSET
    device_timestamp: int | None | Unset = UNSET
    timestamp: AwareDatetime | Unset = UNSET
    streamer_local_id: int | None | Unset = UNSET
    dirty_ts: bool | Unset = UNSET
    status: None | str | Unset = UNSET
    extra_data: EventExtraData | None | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .event_extra_data import EventExtraData  # noqa: E402
