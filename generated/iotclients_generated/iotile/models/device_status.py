"""DeviceStatus (specs/iotile.openapi.yaml: #/components/schemas/DeviceStatus)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DeviceStatus(Model):
    """DeviceStatus.

    Attributes:
        device (str)
        active (bool, optional)
        state (None | str, optional)
        last_known_id (int | None, optional)
        last_report_ts (AwareDatetime | None, optional)
    """

    device: str
    active: bool | Unset = UNSET
    state: None | str | Unset = UNSET
    last_known_id: int | None | Unset = UNSET
    last_report_ts: AwareDatetime | None | Unset = UNSET
