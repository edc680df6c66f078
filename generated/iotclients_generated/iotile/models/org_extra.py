"""OrgExtra (specs/iotile.openapi.yaml: #/components/schemas/OrgExtra)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class OrgExtra(Model):
    """OrgExtra.

    Attributes:
        id (UUID)
        slug (str)
        name (str, optional)
        about (None | str, optional)
        created_on (AwareDatetime | None, optional)
        created_by (None | str, optional)
        counts (OrgCounts, optional)
    """

    id: UUID
    slug: str
    name: str | Unset = UNSET
    about: None | str | Unset = UNSET
    created_on: AwareDatetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    counts: OrgCounts | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .org_counts import OrgCounts  # noqa: E402
