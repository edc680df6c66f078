"""StreamerReport (specs/iotile.openapi.yaml: #/components/schemas/StreamerReport)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class StreamerReport(Model):
    """StreamerReport.

    Attributes:
        id (UUID)
        original_first_id (int | None, optional)
        original_last_id (int | None, optional)
        actual_first_id (int | None, optional)
        actual_last_id (int | None, optional)
        streamer (str, optional)
        sent_timestamp (AwareDatetime | None, optional)
        device_sent_timestamp (int | None, optional)
        incremental_id (int | None, optional)
        time_epsilon (float | None, optional)
        created_on (AwareDatetime | None, optional)
        created_by (None | str, optional)
    """

    id: UUID
    original_first_id: int | None | Unset = UNSET
    original_last_id: int | None | Unset = UNSET
    actual_first_id: int | None | Unset = UNSET
    actual_last_id: int | None | Unset = UNSET
    streamer: str | Unset = UNSET
    sent_timestamp: AwareDatetime | None | Unset = UNSET
    device_sent_timestamp: int | None | Unset = UNSET
    incremental_id: int | None | Unset = UNSET
    time_epsilon: float | None | Unset = UNSET
    created_on: AwareDatetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
