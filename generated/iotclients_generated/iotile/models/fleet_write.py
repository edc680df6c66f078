"""FleetWrite (specs/iotile.openapi.yaml: #/components/schemas/FleetWrite)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class FleetWrite(Model):
    """FleetWrite.

    Attributes:
        name (str)
        org (str)
        description (str, optional)
        is_network (bool, optional)
    """

    name: str
    org: str
    description: str | Unset = UNSET
    is_network: bool | Unset = UNSET
