"""Bearer tokens that are fetched once and shared, however many requests need them at once.

JWT logins (IOTile) and OAuth2 client credentials (IoT-TICKET) hand out tokens that expire. A
client must not let twenty concurrent requests each fetch a new one: the first caller to find
the token missing or about to expire fetches it while the others wait and then reuse its result
(single flight). A token that the server refused (401) is dropped only if it is still the current
one, so a refusal of an old token does not throw away a fresh one fetched meanwhile.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from .record import Record
from .redaction import MASK, register_secret

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncTokenManager", "Token", "TokenManager"]

DEFAULT_REFRESH_MARGIN = 60.0


class Token(Record):
    """A credential and when it stops working (epoch seconds, ``None`` = unknown/never)."""

    __slots__ = ("expires_at", "value")

    def __init__(self, value: str, expires_at: float | None = None) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError("a token value must be a non-empty string")
        register_secret(value)
        self.value = value
        self.expires_at = expires_at

    def __repr__(self) -> str:
        return f"Token(value='{MASK}', expires_at={self.expires_at!r})"

    def fresh(self, now: float, margin: float) -> bool:
        """Whether the token will still work ``margin`` seconds from ``now``."""
        return self.expires_at is None or now + margin < self.expires_at


class _TokenState:
    """What the sync and async managers share: the current token and the freshness rule."""

    def __init__(self, refresh_margin: float, clock: Callable[[], float]) -> None:
        if not refresh_margin >= 0:  # also refuses NaN
            raise ValueError("refresh_margin must be a number of seconds >= 0")
        self._margin = refresh_margin
        self._clock = clock
        self._token: Token | None = None
        self.fetches = 0  # how many times the source was asked; for callers' diagnostics and tests

    @property
    def token(self) -> Token | None:
        return self._token

    def _usable(self) -> str | None:
        token = self._token
        if token is not None and token.fresh(self._clock(), self._margin):
            return token.value
        return None

    def set(self, token: Token) -> None:
        """Use ``token`` from now on (e.g. one obtained by an explicit login)."""
        if not isinstance(token, Token):
            raise TypeError("set() takes a Token")
        self._token = token

    def clear(self) -> None:
        """Forget the token (logout); the next request fetches a new one, if a source can."""
        self._token = None

    def invalidate(self, stale: str) -> None:
        """Drop the token the server refused, unless a newer one already replaced it.

        The next ``get()`` then fetches a new one (once, however many requests were refused).
        """
        current = self._token
        if current is not None and current.value == stale:
            self._token = None


class TokenManager(_TokenState):
    """Single-flight tokens for blocking clients (threads share one fetch)."""

    def __init__(
        self,
        fetch: Callable[[], Token],
        *,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(refresh_margin, clock)
        self._fetch = fetch
        self._lock = threading.Lock()

    def get(self) -> str:
        """A token that will not expire within the refresh margin, fetched only if needed."""
        value = self._usable()
        if value is not None:
            return value
        with self._lock:
            value = self._usable()  # another thread may have fetched while we waited
            if value is not None:
                return value
            self.fetches += 1
            token = self._fetch()
            self.set(token)
            return token.value


class AsyncTokenManager(_TokenState):
    """Single-flight tokens for async clients (tasks share one fetch)."""

    def __init__(
        self,
        fetch: Callable[[], Awaitable[Token]],
        *,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(refresh_margin, clock)
        self._fetch = fetch
        self._lock: asyncio.Lock | None = None  # created inside the running loop on first use

    async def get(self) -> str:
        """A token that will not expire within the refresh margin, fetched only if needed."""
        value = self._usable()
        if value is not None:
            return value
        if self._lock is None:
            import asyncio  # not on the import path of sync users

            self._lock = asyncio.Lock()
        async with self._lock:
            value = self._usable()
            if value is not None:
                return value
            self.fetches += 1
            token = await self._fetch()
            self.set(token)
            return token.value
