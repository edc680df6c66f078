"""TokenRequest (specs/iotticket.openapi.yaml: #/components/schemas/TokenRequest)."""

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
class TokenRequest(Model):
    """TokenRequest.

    Attributes:
        grant_type (TokenRequestGrantType)
        client_id (str)
        client_secret (str, write-only: never returned by the server)
        scope (str, optional)
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "client_id": {"min_length": 1, "type": "string"},
        "client_secret": {"min_length": 1, "type": "string"},
    }

    # Credentials: masked in repr, and registered so logs and error texts mask them too.
    __secret_fields__: ClassVar[frozenset[str]] = frozenset(["client_secret"])

    grant_type: TokenRequestGrantType
    client_id: str
    client_secret: str
    scope: str | Unset = UNSET

    def __attrs_post_init__(self) -> None:
        register_secret_fields(self)


# Imported after the class so that models referring to each other resolve without cycles.
from .token_request_grant_type import TokenRequestGrantType  # noqa: E402
