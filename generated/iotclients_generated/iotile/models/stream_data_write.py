"""StreamDataWrite (specs/iotile.openapi.yaml: #/components/schemas/StreamDataWrite)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class StreamDataWrite(Model):
    """StreamDataWrite.

    Attributes:
        stream (str)
        timestamp (AwareDatetime)
        type (StreamDataWriteType, optional)
        int_value (int, optional)
        value (float, optional)
        device_timestamp (int, optional)
        streamer_local_id (int, optional)
    """

    stream: str
    timestamp: AwareDatetime
    type: StreamDataWriteType | Unset = UNSET
    int_value: int | Unset = UNSET
    value: float | Unset = UNSET
    device_timestamp: int | Unset = UNSET
    streamer_local_id: int | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .stream_data_write_type import StreamDataWriteType  # noqa: E402
