"""FleetPatch (specs/iotile.openapi.yaml: #/components/schemas/FleetPatch)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class FleetPatch(Model):
    """FleetPatch.

    Attributes:
        name (str, optional)
        description (str, optional)
        is_network (bool, optional)
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    is_network: bool | Unset = UNSET
