"""SetPassword (specs/iotile.openapi.yaml: #/components/schemas/SetPassword)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=False)
class SetPassword(Model):
    """SetPassword.

    The fields are INFERRED from the account's write-only fields.

    Attributes:
        password (str)
        confirm_password (str)
    """

    password: str
    confirm_password: str
