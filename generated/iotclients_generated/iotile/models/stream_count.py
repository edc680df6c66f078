"""StreamCount (specs/iotile.openapi.yaml: #/components/schemas/StreamCount)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class StreamCount(Model):
    """StreamCount.

    The data of one stream of a device.

    Attributes:
        data_cnt (int, optional): How many data points the stream holds.
        has_streamid (bool, optional): Whether a stream record exists for it.
    """

    data_cnt: int | Unset = UNSET
    has_streamid: bool | Unset = UNSET
