"""DeviceClaimable (specs/iotile.openapi.yaml: #/components/schemas/DeviceClaimable)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DeviceClaimable(Model):
    """DeviceClaimable.

    Attributes:
        device (str): The d-- slug.
    """

    device: str
