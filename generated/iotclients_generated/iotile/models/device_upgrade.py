"""DeviceUpgrade (specs/iotile.openapi.yaml: #/components/schemas/DeviceUpgrade)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DeviceUpgrade(Model):
    """DeviceUpgrade.

    Attributes:
        firmware (str): The firmware version or slug to install.
    """

    firmware: str
