"""Account (specs/iotile.openapi.yaml: #/components/schemas/Account)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Account(Model):
    """Account.

    Attributes:
        id (int)
        slug (str)
        email (str, optional)
        username (str, optional)
        created_at (AwareDatetime | None, optional)
        updated_at (AwareDatetime | None, optional)
        name (None | str, optional)
        tagline (None | str, optional)
        avatar (Avatar, optional)
        is_staff (bool, optional)
    """

    id: int
    slug: str
    email: str | Unset = UNSET
    username: str | Unset = UNSET
    created_at: AwareDatetime | None | Unset = UNSET
    updated_at: AwareDatetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    tagline: None | str | Unset = UNSET
    avatar: Avatar | Unset = UNSET
    is_staff: bool | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .avatar import Avatar  # noqa: E402
