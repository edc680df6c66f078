"""TokenResponse (specs/iotticket.openapi.yaml: #/components/schemas/TokenResponse)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=False)
class TokenResponse(Model):
    """TokenResponse.

    Attributes:
        access_token (str)
        token_type (TokenResponseTokenType)
        expires_in (int): Seconds until the token expires.
        scope (str, optional)
    """

    access_token: str
    token_type: TokenResponseTokenType
    expires_in: int
    scope: str | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .token_response_token_type import TokenResponseTokenType  # noqa: E402
