"""Credential (specs/iotticket.openapi.yaml: #/components/schemas/Credential)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Credential(Model):
    """Credential.

    Attributes:
        id (str)
        name (str)
        grant_type (str, wire name grantType)
        access_token_url (str, wire name accessTokenUrl)
        client_id (str, wire name clientId)
        organization (str)
        subscription (str)
        updated_at (AwareDatetime, wire name updatedAt)
        created_at (AwareDatetime, wire name createdAt)
        description (None | str, optional)
        scope (None | str, optional)
        updated_by (None | str, optional, wire name updatedBy)
        created_by (None | str, optional, wire name createdBy)
    """

    __wire_names__: ClassVar[dict[str, str]] = {
        "access_token_url": "accessTokenUrl",
        "client_id": "clientId",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "grant_type": "grantType",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
    }

    id: str
    name: str
    grant_type: str
    access_token_url: str
    client_id: str
    organization: str
    subscription: str
    updated_at: AwareDatetime
    created_at: AwareDatetime
    description: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
