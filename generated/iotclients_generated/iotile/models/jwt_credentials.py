"""JWTCredentials (specs/iotile.openapi.yaml: #/components/schemas/JWTCredentials)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=False)
class JWTCredentials(Model):
    """JWTCredentials.

    Attributes:
        username (str): Email or user name.
        password (str)
    """

    username: str
    password: str
