"""TokenPair (specs/iotile.openapi.yaml: #/components/schemas/TokenPair)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=False)
class TokenPair(Model):
    """TokenPair.

    Attributes:
        token (str): The Django REST framework key, sent as `Token <key>`.
        jwt (str): A JSON Web Token, sent as `JWT <jwt>`.
    """

    token: str
    jwt: str
