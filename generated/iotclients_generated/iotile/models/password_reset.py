"""PasswordReset (specs/iotile.openapi.yaml: #/components/schemas/PasswordReset)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class PasswordReset(Model):
    """PasswordReset.

    Attributes:
        email (str)
    """

    email: str
