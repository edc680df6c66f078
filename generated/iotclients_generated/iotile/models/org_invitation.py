"""OrgInvitation (specs/iotile.openapi.yaml: #/components/schemas/OrgInvitation)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class OrgInvitation(Model):
    """OrgInvitation.

    Attributes:
        email (str)
        role (str, optional): m0 (owner), a1 (admin), m1 (member) ...
    """

    email: str
    role: str | Unset = UNSET
