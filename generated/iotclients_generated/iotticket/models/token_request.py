"""TokenRequest (specs/iotticket.openapi.yaml: #/components/schemas/TokenRequest)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=False)
class TokenRequest(Model):
    """TokenRequest.

    Attributes:
        grant_type (TokenRequestGrantType)
        client_id (str)
        client_secret (str)
        scope (str, optional)
    """

    grant_type: TokenRequestGrantType
    client_id: str
    client_secret: str
    scope: str | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .token_request_grant_type import TokenRequestGrantType  # noqa: E402
