"""FleetMember (specs/iotile.openapi.yaml: #/components/schemas/FleetMember)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class FleetMember(Model):
    """FleetMember.

    Attributes:
        device (str): The d-- slug.
        always_on (bool, optional)
        is_access_point (bool, optional)
    """

    device: str
    always_on: bool | Unset = UNSET
    is_access_point: bool | Unset = UNSET
