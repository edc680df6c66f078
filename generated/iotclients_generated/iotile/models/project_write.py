"""ProjectWrite (specs/iotile.openapi.yaml: #/components/schemas/ProjectWrite)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ProjectWrite(Model):
    """ProjectWrite.

    Attributes:
        name (str)
        org (str): The organisation's slug.
        about (str, optional)
        project_template (str, optional)
    """

    name: str
    org: str
    about: str | Unset = UNSET
    project_template: str | Unset = UNSET
