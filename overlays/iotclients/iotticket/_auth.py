"""Credentials and tokens: API client credentials from arguments or the environment, and the
OAuth2 client-credentials token they are traded for."""

from __future__ import annotations

import os
from dataclasses import dataclass

from iotclients.core.auth import Token
from iotclients.core.errors import InvalidArgumentError
from iotclients.core.redaction import Secret, register_secret
from iotclients.core.token_replies import server_token

__all__ = ["DEFAULT_BASE_URL", "Settings", "settings_from", "token_of"]

DEFAULT_BASE_URL = "https://cloud.iot-ticket.com"


@dataclass(frozen=True, repr=False)
class Settings:
    client_id: str
    client_secret: Secret
    organization_id: str
    base_url: str
    scope: str | None

    def __repr__(self) -> str:
        return (
            f"Settings(client_id={self.client_id!r}, organization_id={self.organization_id!r}, "
            f"base_url={self.base_url!r})"
        )


def settings_from(
    client_id: str | None,
    client_secret: str | None,
    organization_id: str | None,
    base_url: str | None,
    scope: str | None,
) -> Settings:
    """Arguments first, then ``IOTTICKET_CLIENT_ID``, ``IOTTICKET_CLIENT_SECRET``,
    ``IOTTICKET_ORGANIZATION_ID``, ``IOTTICKET_BASE_URL`` and ``IOTTICKET_SCOPE``."""
    found_id = client_id if client_id is not None else os.environ.get("IOTTICKET_CLIENT_ID")
    secret = client_secret if client_secret is not None else os.environ.get("IOTTICKET_CLIENT_SECRET")
    organization = (
        organization_id if organization_id is not None else os.environ.get("IOTTICKET_ORGANIZATION_ID")
    )
    if not found_id:
        raise InvalidArgumentError("client_id", "is required: pass client_id=... or set IOTTICKET_CLIENT_ID")
    if not secret:
        raise InvalidArgumentError(
            "client_secret", "is required: pass client_secret=... or set IOTTICKET_CLIENT_SECRET"
        )
    if not organization:
        raise InvalidArgumentError(
            "organization_id", "is required: pass organization_id=... or set IOTTICKET_ORGANIZATION_ID"
        )
    register_secret(secret)
    url = base_url or os.environ.get("IOTTICKET_BASE_URL") or DEFAULT_BASE_URL
    return Settings(found_id, Secret(secret), organization, url, scope or os.environ.get("IOTTICKET_SCOPE"))


def token_of(access_token: str, expires_in: int) -> Token:
    """The token a token response describes, expiring ``expires_in`` seconds from now; an empty
    token or an impossible lifetime is an ``APIResponseValidationError``."""
    return server_token(access_token, source="POST create_token", expires_in=expires_in)
