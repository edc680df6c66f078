"""The IOTile login state shared by the sync and async clients: the token and how to renew it.

A JWT lasts 7 days and can be refreshed (``api-jwt-refresh/``) while it is still valid. The
client renews it once, single-flight, when it comes within ``refresh_margin`` of expiry; when it
has already expired and the client logged in with a password, it logs in again. The password
is kept only for that, as a redacted :class:`~iotclients.core.redaction.Secret`.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Final

from iotclients.core.auth import Token
from iotclients.core.errors import APIError, APIResponseValidationError, InvalidArgumentError
from iotclients.core.redaction import Secret, register_secret
from iotclients.core.token_replies import server_token

__all__ = ["DEFAULT_BASE_URL", "NotLoggedInError", "Session", "jwt_token"]

DEFAULT_BASE_URL: Final = "https://iotile.cloud"
DEFAULT_REFRESH_MARGIN: Final = 300.0


class NotLoggedInError(APIError):
    """No token to send: call ``login(email=..., password=...)`` or ``set_token(...)`` first."""


def jwt_token(value: str, source: str | None = None) -> Token:
    """A token with the expiry its JWT payload states (unknown when it cannot be read).

    ``source`` names the call whose reply carried it (``"POST login"``): an empty token or an
    impossible ``exp`` there is an ``APIResponseValidationError``. A token the caller gives
    (``source=None``) must be a non-empty string; an ``exp`` it cannot hold counts as unknown.
    """
    exp = _jwt_exp(value) if isinstance(value, str) else None
    if source is not None:
        return server_token(value, source=source, expires_at=exp)
    if not isinstance(value, str) or not value:
        raise InvalidArgumentError("token", "must be a non-empty JWT string")
    try:
        return server_token(value, source="token", expires_at=exp)
    except APIResponseValidationError:
        return Token(value)


def _jwt_exp(value: str) -> object:
    parts = value.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, RecursionError):
        return None
    return payload.get("exp") if isinstance(payload, dict) else None


class Session:
    """Who is logged in: the email, the username and (for re-login) the password."""

    __slots__ = ("email", "password", "username")

    def __init__(self) -> None:
        self.email: str | None = None
        self.username: str | None = None
        self.password: Secret | None = None

    def remember(self, email: str, password: str, username: str | None) -> None:
        self.email, self.password, self.username = email, Secret(password), username

    def forget(self) -> None:
        self.email = self.username = None
        self.password = None

    def __repr__(self) -> str:
        return f"Session(email={self.email!r}, username={self.username!r})"


def initial_token(token: str | None) -> Token | None:
    value = token if token is not None else os.environ.get("IOTILE_TOKEN")
    return jwt_token(value) if value else None


def base_url(url: str | None) -> str:
    return url or os.environ.get("IOTILE_BASE_URL") or DEFAULT_BASE_URL


def check_login(email: object, password: object) -> tuple[str, str]:
    from iotclients.core.errors import InvalidArgumentError

    if not isinstance(email, str) or "@" not in email:
        raise InvalidArgumentError("email", "must be an email address (keyword argument email=...)")
    if not isinstance(password, str) or not password:
        raise InvalidArgumentError("password", "must be a non-empty string (keyword argument password=...)")
    register_secret(password)  # before it is sent: a refused password must not show up either
    return email, password
