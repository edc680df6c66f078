"""TokenPair (specs/iotile.openapi.yaml: #/components/schemas/TokenPair)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import (
    Model,
    absent_by_default,
    register_secret_fields,
)


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class TokenPair(Model):
    """TokenPair.

    Attributes:
        token (str): The Django REST framework key, sent as `Token <key>`.
        jwt (str): A JSON Web Token, sent as `JWT <jwt>`.
    """

    # Credentials: masked in repr, and registered so logs and error texts mask them too.
    __secret_fields__: ClassVar[frozenset[str]] = frozenset(["jwt", "token"])

    token: str
    jwt: str

    def __attrs_post_init__(self) -> None:
        register_secret_fields(self)
