"""LoginRequest (specs/iotile.openapi.yaml: #/components/schemas/LoginRequest)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=False)
class LoginRequest(Model):
    """LoginRequest.

    Attributes:
        email (str)
        password (str)
    """

    email: str
    password: str
