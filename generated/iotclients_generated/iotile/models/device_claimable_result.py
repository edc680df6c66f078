"""DeviceClaimableResult (specs/iotile.openapi.yaml: #/components/schemas/DeviceClaimableResult)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DeviceClaimableResult(Model):
    """DeviceClaimableResult.

    Attributes:
        device (str)
        claimable (bool)
    """

    device: str
    claimable: bool
