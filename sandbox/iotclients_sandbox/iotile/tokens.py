"""JSON Web Tokens as IOTile Cloud issues them (drf-jwt: HS256, ``exp`` and ``orig_iat`` claims).

Tokens are real: signed with a secret drawn per sandbox, expiring after ``lifetime`` seconds and
refreshable until ``refresh_window`` seconds after the first issue, so clients exercise their
refresh logic against genuine expiry. The clock is injectable for tests.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from iotclients_sandbox._secrets import same_secret

__all__ = ["DEFAULT_LIFETIME", "REFRESH_WINDOW", "TokenClaims", "TokenError", "TokenIssuer"]

DEFAULT_LIFETIME: Final = 7 * 24 * 3600
REFRESH_WINDOW: Final = 180 * 24 * 3600


class TokenError(Exception):
    """A token that is malformed, wrongly signed or expired; the message is drf-jwt's."""


@dataclass(frozen=True, slots=True)
class TokenClaims:
    user_id: int
    username: str
    email: str
    exp: int
    orig_iat: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class TokenIssuer:
    def __init__(
        self,
        *,
        lifetime: float = DEFAULT_LIFETIME,
        refresh_window: float = REFRESH_WINDOW,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.lifetime = lifetime
        self.refresh_window = refresh_window
        self.clock = clock
        self._secret = secrets.token_bytes(32)
        self._serial = 0

    def issue(self, user_id: int, username: str, email: str, *, orig_iat: int | None = None) -> str:
        now = self.clock()
        self._serial += 1
        payload = {
            "user_id": user_id,
            "username": username,
            "email": email,
            "exp": int(now + self.lifetime),
            "orig_iat": int(now) if orig_iat is None else orig_iat,
            # Two tokens issued in the same second must still differ (a refresh must be visible).
            "jti": f"{self._serial:x}",
        }
        header = _b64(json.dumps({"typ": "JWT", "alg": "HS256"}, separators=(",", ":")).encode())
        body = _b64(json.dumps(payload, separators=(",", ":")).encode())
        return f"{header}.{body}.{self._sign(header, body)}"

    def verify(self, token: str, *, allow_expired: bool = False) -> TokenClaims:
        parts = token.split(".")
        if len(parts) != 3:
            raise TokenError("Error decoding signature.")
        header, body, signature = parts
        if not same_secret(self._sign(header, body), signature):
            raise TokenError("Error decoding signature.")
        try:
            payload: dict[str, Any] = json.loads(_unb64(body))
            claims = TokenClaims(
                user_id=int(payload["user_id"]),
                username=str(payload["username"]),
                email=str(payload["email"]),
                exp=int(payload["exp"]),
                orig_iat=int(payload["orig_iat"]),
            )
        except (ValueError, KeyError, TypeError):
            raise TokenError("Error decoding signature.") from None
        if not allow_expired and claims.exp <= self.clock():
            raise TokenError("Signature has expired.")
        return claims

    def refresh(self, token: str) -> str:
        """drf-jwt's refresh: an unexpired token within the refresh window gets a new expiry."""
        claims = self.verify(token)
        if claims.orig_iat + self.refresh_window <= self.clock():
            raise TokenError("Refresh has expired.")
        return self.issue(claims.user_id, claims.username, claims.email, orig_iat=claims.orig_iat)

    def _sign(self, header: str, body: str) -> str:
        digest = hmac.new(
            self._secret, f"{header}.{body}".encode("utf-8", "surrogatepass"), hashlib.sha256
        ).digest()
        return _b64(digest)
