"""Fleet (specs/iotile.openapi.yaml: #/components/schemas/Fleet)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Fleet(Model):
    """Fleet.

    Attributes:
        id (int)
        slug (str): The g-- slug.
        name (str, optional)
        org (str, optional)
        description (None | str, optional)
        created_on (AwareDatetime | None, optional)
        created_by (None | str, optional)
        is_network (bool, optional)
    """

    id: int
    slug: str
    name: str | Unset = UNSET
    org: str | Unset = UNSET
    description: None | str | Unset = UNSET
    created_on: AwareDatetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    is_network: bool | Unset = UNSET
