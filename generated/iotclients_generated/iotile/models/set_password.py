"""SetPassword (specs/iotile.openapi.yaml: #/components/schemas/SetPassword)."""

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
class SetPassword(Model):
    """SetPassword.

    The fields are INFERRED from the account's write-only fields.

    Attributes:
        password (str, write-only: never returned by the server)
        confirm_password (str, write-only: never returned by the server)
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "confirm_password": {"min_length": 1, "type": "string"},
        "password": {"min_length": 1, "type": "string"},
    }

    # Credentials: masked in repr, and registered so logs and error texts mask them too.
    __secret_fields__: ClassVar[frozenset[str]] = frozenset(["confirm_password", "password"])

    password: str
    confirm_password: str

    def __attrs_post_init__(self) -> None:
        register_secret_fields(self)
