"""OrgCounts (specs/iotile.openapi.yaml: #/components/schemas/OrgCounts)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class OrgCounts(Model):
    """OrgCounts.

    Attributes:
        projects (int, optional)
        devices (int, optional)
        members (int, optional)
    """

    projects: int | Unset = UNSET
    devices: int | Unset = UNSET
    members: int | Unset = UNSET
