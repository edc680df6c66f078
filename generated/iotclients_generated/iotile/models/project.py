"""Project (specs/iotile.openapi.yaml: #/components/schemas/Project)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Project(Model):
    """Project.

    Attributes:
        id (UUID)
        slug (str): The p-- slug.
        name (str, optional)
        gid (str, optional): The slug's id part.
        org (str, optional): The organisation's slug.
        about (None | str, optional)
        project_template (None | str, optional)
        created_on (AwareDatetime | None, optional)
        created_by (None | str, optional)
    """

    id: UUID
    slug: str
    name: str | Unset = UNSET
    gid: str | Unset = UNSET
    org: str | Unset = UNSET
    about: None | str | Unset = UNSET
    project_template: None | str | Unset = UNSET
    created_on: AwareDatetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
