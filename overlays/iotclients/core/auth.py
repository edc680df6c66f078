"""Bearer tokens that are fetched once and shared, however many requests need them at once.

JWT logins (IOTile) and OAuth2 client credentials (IoT-TICKET) hand out tokens that expire. A
client must not let twenty concurrent requests each fetch a new one: the first caller to find
the token missing or about to expire fetches it while the others wait and then reuse its result
(single flight). A token that the server refused (401) is dropped only if it is still the current
one, so a refusal of an old token does not throw away a fresh one fetched meanwhile.

Single flight holds for any lifetime: the refresh margin is at most half the token's lifetime (a
token living 10 s is renewed 5 s before it expires, not 60 s, which would be before it was
issued), and a caller that waited while another fetched takes that fetch's token as it is.
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

# The margin never exceeds this share of the token's lifetime.
_MARGIN_SHARE_OF_LIFETIME = 0.5


class Token(Record):
    """A credential and when it stops working (epoch seconds, ``None`` = unknown/never)."""

    __slots__ = ("expires_at", "value")

    def __init__(self, value: str, expires_at: float | None = None) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError("a token value must be a non-empty string")
        register_secret(value)
        self.value: str = value
        self.expires_at: float | None = expires_at

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
        self._margin: float = refresh_margin
        self._clock: Callable[[], float] = clock
        self._token: Token | None = None
        self._margin_now: float = refresh_margin  # the margin scaled to the current token's lifetime
        self._generation = 0  # bumped by every set(): waiters tell a fetch made while they waited
        self.fetches = 0  # how many times the source was asked; for callers' diagnostics and tests

    @property
    def token(self) -> Token | None:
        return self._token

    def _usable(self) -> str | None:
        token = self._token
        if token is not None and token.fresh(self._clock(), self._margin_now):
            return token.value
        return None

    def _fetched_while_waiting(self, generation: int) -> str | None:
        """The token another caller stored after ``generation`` was read, whatever its lifetime."""
        token = self._token
        if token is not None and self._generation != generation:
            return token.value
        return None

    def set(self, token: Token) -> None:
        """Use ``token`` from now on (e.g. one obtained by an explicit login)."""
        if not isinstance(token, Token):
            raise TypeError("set() takes a Token")
        margin = self._margin
        if token.expires_at is not None:
            lifetime = max(token.expires_at - self._clock(), 0.0)
            margin = min(margin, lifetime * _MARGIN_SHARE_OF_LIFETIME)
        self._margin_now = margin
        self._token = token
        self._generation += 1

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
        self._fetch: Callable[[], Token] = fetch
        self._lock = threading.Lock()

    def get(self) -> str:
        """A token that will not expire within the refresh margin, fetched only if needed."""
        value = self._usable()
        if value is not None:
            return value
        generation = self._generation
        with self._lock:
            # Another thread may have fetched while we waited: its token serves this request too.
            value = self._usable() or self._fetched_while_waiting(generation)
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
        self._fetch: Callable[[], Awaitable[Token]] = fetch
        self._lock: asyncio.Lock | None = None  # created inside the running loop on first use

    async def get(self) -> str:
        """A token that will not expire within the refresh margin, fetched only if needed."""
        value = self._usable()
        if value is not None:
            return value
        if self._lock is None:
            import asyncio  # not on the import path of sync users

            self._lock = asyncio.Lock()
        generation = self._generation
        async with self._lock:
            value = self._usable() or self._fetched_while_waiting(generation)
            if value is not None:
                return value
            self.fetches += 1
            token = await self._fetch()
            self.set(token)
            return token.value
