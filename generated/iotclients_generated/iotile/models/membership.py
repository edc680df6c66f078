"""Membership (specs/iotile.openapi.yaml: #/components/schemas/Membership)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Membership(Model):
    """Membership.

    Attributes:
        user (str, optional): Username.
        name (None | str, optional)
        email (None | str, optional)
        role (None | str, optional)
        is_active (bool, optional)
        created_on (AwareDatetime | None, optional)
    """

    user: str | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    created_on: AwareDatetime | None | Unset = UNSET
