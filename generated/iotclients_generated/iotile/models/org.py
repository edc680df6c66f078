"""Org (specs/iotile.openapi.yaml: #/components/schemas/Org)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Org(Model):
    """Org.

    Attributes:
        id (UUID)
        slug (str)
        name (str, optional)
        ot (None | str, optional): Organisation template slug.
        about (None | str, optional)
        created_on (AwareDatetime | None, optional)
        created_by (None | str, optional)
        avatar (Avatar, optional)
        domain_names (list[str] | None, optional)
    """

    id: UUID
    slug: str
    name: str | Unset = UNSET
    ot: None | str | Unset = UNSET
    about: None | str | Unset = UNSET
    created_on: AwareDatetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    avatar: Avatar | Unset = UNSET
    domain_names: list[str] | None | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .avatar import Avatar  # noqa: E402
