"""LoginResponse (specs/iotile.openapi.yaml: #/components/schemas/LoginResponse)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import (
    UNSET,
    Model,
    Unset,
    absent_by_default,
    register_secret_fields,
)


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class LoginResponse(Model):
    """LoginResponse.

    The account with its tokens.

    Attributes:
        jwt (str): The JSON Web Token, sent as `JWT <jwt>`.
        id (int, optional)
        email (str, optional)
        username (str, optional)
        name (None | str, optional)
        slug (str, optional)
        is_staff (bool, optional)
        token (str, optional): The Django REST framework key, sent as `Token <key>`.
    """

    # Credentials: masked in repr, and registered so logs and error texts mask them too.
    __secret_fields__: ClassVar[frozenset[str]] = frozenset(["jwt", "token"])

    jwt: str
    id: int | Unset = UNSET
    email: str | Unset = UNSET
    username: str | Unset = UNSET
    name: None | str | Unset = UNSET
    slug: str | Unset = UNSET
    is_staff: bool | Unset = UNSET
    token: str | Unset = UNSET

    def __attrs_post_init__(self) -> None:
        register_secret_fields(self)
