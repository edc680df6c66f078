"""ProjectExtra (specs/iotile.openapi.yaml: #/components/schemas/ProjectExtra)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ProjectExtra(Model):
    """ProjectExtra.

    Attributes:
        id (UUID)
        slug (str)
        name (str, optional)
        gid (str, optional)
        org (str, optional)
        about (None | str, optional)
        project_template (None | str, optional)
        created_on (AwareDatetime | None, optional)
        created_by (None | str, optional)
        counts (ProjectCounts, optional)
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
    counts: ProjectCounts | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .project_counts import ProjectCounts  # noqa: E402
