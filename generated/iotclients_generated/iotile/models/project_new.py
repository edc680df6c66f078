"""ProjectNew (specs/iotile.openapi.yaml: #/components/schemas/ProjectNew)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ProjectNew(Model):
    """ProjectNew.

    Attributes:
        name (str)
        org (str): The organisation's slug.
        device (str, optional): A device (d-- slug) to claim into the new project.
    """

    name: str
    org: str
    device: str | Unset = UNSET
