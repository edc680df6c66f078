"""ProjectCounts (specs/iotile.openapi.yaml: #/components/schemas/ProjectCounts)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ProjectCounts(Model):
    """ProjectCounts.

    Attributes:
        active_devices (int, optional)
        inactive_devices (int, optional)
        variables (int, optional)
        streams (int, optional)
    """

    active_devices: int | Unset = UNSET
    inactive_devices: int | Unset = UNSET
    variables: int | Unset = UNSET
    streams: int | Unset = UNSET
