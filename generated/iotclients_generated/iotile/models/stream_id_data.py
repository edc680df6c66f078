"""StreamIdData (specs/iotile.openapi.yaml: #/components/schemas/StreamIdData)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class StreamIdData(Model):
    """StreamIdData.

    A point of one stream, with display and output values.

    Attributes:
        type (str, optional): Num or ITR.
        timestamp (AwareDatetime, optional)
        int_value (int | None, optional)
        value (float | None, optional)
        display_value (None | str, optional)
        output_value (float | None, optional)
        streamer_local_id (int | None, optional)
    """

    type: str | Unset = UNSET
    timestamp: AwareDatetime | Unset = UNSET
    int_value: int | None | Unset = UNSET
    value: float | None | Unset = UNSET
    display_value: None | str | Unset = UNSET
    output_value: float | None | Unset = UNSET
    streamer_local_id: int | None | Unset = UNSET
