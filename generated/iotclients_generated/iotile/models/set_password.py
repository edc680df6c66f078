"""SetPassword (specs/iotile.openapi.yaml: #/components/schemas/SetPassword)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import (
    UNSET,
    AwareDatetime,
    Model,
    Unset,
    absent_by_default,
    register_secret_fields,
)


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class SetPassword(Model):
    """SetPassword.

    The fields are INFERRED from the account's write-only fields.

    Attributes:
        password (str)
        confirm_password (str)
    """

    # Credentials: masked in repr, and registered so logs and error texts mask them too.
    __secret_fields__: ClassVar[frozenset[str]] = frozenset(["confirm_password", "password"])

    password: str
    confirm_password: str

    def __attrs_post_init__(self) -> None:
        register_secret_fields(self)
