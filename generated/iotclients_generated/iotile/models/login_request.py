"""LoginRequest (specs/iotile.openapi.yaml: #/components/schemas/LoginRequest)."""

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
class LoginRequest(Model):
    """LoginRequest.

    Attributes:
        email (str)
        password (str, write-only: never returned by the server)
    """

    # Credentials: masked in repr, and registered so logs and error texts mask them too.
    __secret_fields__: ClassVar[frozenset[str]] = frozenset(["password"])

    email: str
    password: str

    def __attrs_post_init__(self) -> None:
        register_secret_fields(self)
