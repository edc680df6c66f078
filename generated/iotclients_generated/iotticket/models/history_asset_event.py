"""HistoryAssetEvent (specs/iotticket.openapi.yaml: #/components/schemas/HistoryAssetEvent)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class HistoryAssetEvent(Model):
    """HistoryAssetEvent.

    Attributes:
        id (str)
        asset_id (str, wire name assetId)
        asset_name (str, wire name assetName)
        event_id (str, wire name eventId)
        message (str)
        type (EventType)
        severity (Severity)
        active (bool)
        start_time (AwareDatetime, wire name startTime)
        acknowledged (bool)
        group_name (None | str, optional, wire name groupName)
        end_time (AwareDatetime | None, optional, wire name endTime)
        acknowledged_at (AwareDatetime | None, optional, wire name acknowledgedAt)
        acknowledged_by (None | str, optional, wire name acknowledgedBy)
    """

    __wire_names__: ClassVar[dict[str, str]] = {
        "acknowledged_at": "acknowledgedAt",
        "acknowledged_by": "acknowledgedBy",
        "asset_id": "assetId",
        "asset_name": "assetName",
        "end_time": "endTime",
        "event_id": "eventId",
        "group_name": "groupName",
        "start_time": "startTime",
    }

    id: str
    asset_id: str
    asset_name: str
    event_id: str
    message: str
    type: EventType
    severity: Severity
    active: bool
    start_time: AwareDatetime
    acknowledged: bool
    group_name: None | str | Unset = UNSET
    end_time: AwareDatetime | None | Unset = UNSET
    acknowledged_at: AwareDatetime | None | Unset = UNSET
    acknowledged_by: None | str | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .event_type import EventType  # noqa: E402
from .severity import Severity  # noqa: E402
