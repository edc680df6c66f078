"""TokenResponse (specs/iotticket.openapi.yaml: #/components/schemas/TokenResponse)."""

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
class TokenResponse(Model):
    """TokenResponse.

    Attributes:
        access_token (str)
        token_type (TokenResponseTokenType)
        expires_in (int): Seconds until the token expires.
        scope (str, optional)
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {"expires_in": {"ge": 1, "type": "integer"}}

    # Credentials: masked in repr, and registered so logs and error texts mask them too.
    __secret_fields__: ClassVar[frozenset[str]] = frozenset(["access_token"])

    access_token: str
    token_type: TokenResponseTokenType
    expires_in: int
    scope: str | Unset = UNSET

    def __attrs_post_init__(self) -> None:
        register_secret_fields(self)


# Imported after the class so that models referring to each other resolve without cycles.
from .token_response_token_type import TokenResponseTokenType  # noqa: E402
