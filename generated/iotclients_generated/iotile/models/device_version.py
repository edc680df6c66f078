"""DeviceVersion (specs/iotile.openapi.yaml: #/components/schemas/DeviceVersion)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DeviceVersion(Model):
    """DeviceVersion.

    Attributes:
        type (str, optional)
        tag (int | None, optional)
        version (str, optional)
        streamer_local_id (int | None, optional)
        timestamp (AwareDatetime | None, optional)
    """

    type: str | Unset = UNSET
    tag: int | None | Unset = UNSET
    version: str | Unset = UNSET
    streamer_local_id: int | None | Unset = UNSET
    timestamp: AwareDatetime | None | Unset = UNSET
