"""StreamData (specs/iotile.openapi.yaml: #/components/schemas/StreamData)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class StreamData(Model):
    """StreamData.

    A stored point, as `data/` lists it.

    Attributes:
        id (int, optional)
        stream (str, optional)
        project (None | str, optional)
        device (None | str, optional)
        variable (None | str, optional)
        type (str, optional)
        device_timestamp (int | None, optional)
        timestamp (AwareDatetime, optional)
        int_value (int | None, optional)
        value (float | None, optional)
        streamer_local_id (int | None, optional)
        dirty_ts (bool, optional)
        status (None | str, optional)
    """

    id: int | Unset = UNSET
    stream: str | Unset = UNSET
    project: None | str | Unset = UNSET
    device: None | str | Unset = UNSET
    variable: None | str | Unset = UNSET
    type: str | Unset = UNSET
    device_timestamp: int | None | Unset = UNSET
    timestamp: AwareDatetime | Unset = UNSET
    int_value: int | None | Unset = UNSET
    value: float | None | Unset = UNSET
    streamer_local_id: int | None | Unset = UNSET
    dirty_ts: bool | Unset = UNSET
    status: None | str | Unset = UNSET
