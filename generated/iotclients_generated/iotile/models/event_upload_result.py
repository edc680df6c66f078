"""EventUploadResult (specs/iotile.openapi.yaml: #/components/schemas/EventUploadResult)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class EventUploadResult(Model):
    """EventUploadResult.

    Attributes:
        id (int)
        stream (str, optional)
        device_timestamp (int | None, optional)
        timestamp (AwareDatetime, optional)
        streamer_local_id (int | None, optional)
        encoded_extra_data (None | str, optional)
    """

    id: int
    stream: str | Unset = UNSET
    device_timestamp: int | None | Unset = UNSET
    timestamp: AwareDatetime | Unset = UNSET
    streamer_local_id: int | None | Unset = UNSET
    encoded_extra_data: None | str | Unset = UNSET
