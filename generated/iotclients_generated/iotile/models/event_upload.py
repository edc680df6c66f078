"""EventUpload (specs/iotile.openapi.yaml: #/components/schemas/EventUpload)."""

from __future__ import annotations

from attrs import define
from iotclients.core.bodies import FileContent
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class EventUpload(Model):
    """EventUpload.

    Attributes:
        file (FileContent): The event's data: a JSON object, plain or gzipped.
        stream (str)
        timestamp (str): ISO 8601 UTC.
        encoded_extra_data (str, optional): The extra data as a JSON string.
        device_timestamp (int, optional)
        streamer_local_id (int, optional)
    """

    file: FileContent
    stream: str
    timestamp: str
    encoded_extra_data: str | Unset = UNSET
    device_timestamp: int | Unset = UNSET
    streamer_local_id: int | Unset = UNSET
