"""The IOTile facade: login and JWT renewal around the generated methods, and generic resources."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from iotclients.core.auth import AsyncTokenManager, Token, TokenManager
from iotclients.core.errors import BadRequestError
from iotclients.core.retry import RetryPolicy
from iotclients.core.wire_values import check_credential
from iotclients_generated.iotile.client import GeneratedAsyncIOTileClient, GeneratedIOTileClient

from ._auth import (
    DEFAULT_BASE_URL,
    DEFAULT_REFRESH_MARGIN,
    NotLoggedInError,
    Session,
    check_login,
    initial_token,
    jwt_token,
)
from ._auth import base_url as _base
from .resources import AsyncResource, Resource

if TYPE_CHECKING:
    from iotclients_generated.iotile.models import LoginResponse

__all__ = ["DEFAULT_BASE_URL", "AsyncIOTileClient", "IOTileClient", "NotLoggedInError"]

_EXPIRED = "the token has expired and no password is known: log in again or set a new token"


def _refused_token(request: httpx.Request) -> str:
    header: str = request.headers.get("Authorization", "")
    return header.partition(" ")[2]


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


class _Login:
    """What both clients keep: who is logged in, the token, and the manager that renews it."""

    _session: Session
    _clock: Callable[[], float]
    _tokens: TokenManager | AsyncTokenManager
    _jwt: Callable[[], Any]  # the current token (awaitable when async); None: nothing to send

    def _init_login(
        self, tokens: TokenManager | AsyncTokenManager, token: str | None, clock: Callable[[], float]
    ) -> None:
        self._session = Session()
        self._clock = clock
        self._tokens = tokens
        first = initial_token(token)
        if first is not None:
            tokens.set(first)

    @property
    def username(self) -> str | None:
        """The logged-in user's name (``None`` before ``login``)."""
        return self._session.username

    @property
    def token(self) -> str | None:
        """The current JWT (``None`` before login)."""
        current = self._tokens.token
        return current.value if current is not None else None

    @property
    def token_refreshes(self) -> int:
        """How many times a token was fetched (renewed or re-logged in) automatically."""
        return self._tokens.fetches

    def set_token(self, token: str) -> None:
        """Use ``token`` (a JWT) from now on."""
        check_credential(token, "token")
        self._session.forget()
        self._tokens.set(jwt_token(token))

    def _logged_in(self, account: LoginResponse, email: str, password: str) -> LoginResponse:
        self._tokens.set(jwt_token(account.jwt, "POST login"))
        self._session.remember(email, password, _text(account.username))
        return account

    def _current_token(self) -> Token:
        current = self._tokens.token
        if current is None:
            raise NotLoggedInError("no token to refresh: log in first")
        return current

    def _has_no_token(self) -> bool:
        """Neither a token nor a password to fetch one: secured operations cannot be called."""
        return self._tokens.token is None and self._session.password is None

    def _credential_providers(self) -> Mapping[str, Any]:
        # The spec's JWTAuth scheme says how it goes out (``Authorization: JWT <token>``) and which
        # operations (login, sign-up, token renewal) are open and carry none.
        return {"JWTAuth": self._jwt}

    def _drop_refused(self, request: httpx.Request) -> bool:
        """After a 401: forget the refused token; resend only if a password can fetch another."""
        self._tokens.invalidate(_refused_token(request))
        return self._session.password is not None

    def _forget(self) -> None:
        self._tokens.clear()
        self._session.forget()

    def _still_valid(self, token: Token | None) -> bool:
        return token is not None and (token.expires_at is None or token.expires_at > self._clock())


class IOTileClient(_Login, GeneratedIOTileClient):
    """Blocking client for IOTile Cloud's ``/api/v1/``.

    ``token`` (a JWT) defaults to ``$IOTILE_TOKEN``; ``base_url`` to ``$IOTILE_BASE_URL`` or
    ``https://iotile.cloud`` (point it at ``iotclients sandbox --vendor iotile`` to test offline).
    Without a token, call ``login(email=..., password=...)``. The token is renewed once, for all
    threads, when it comes within ``refresh_margin`` seconds of expiry.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        tokens = TokenManager(self._renew, refresh_margin=refresh_margin, clock=clock)
        self._init_login(tokens, token, clock)
        super().__init__(
            base_url=_base(base_url),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    @property
    def api(self) -> Resource:
        """Any resource under ``/api/v1/``: ``client.api.org(slug).projects.get()``."""
        return Resource(self, ("api", "v1"))

    def login(self, *, email: str, password: str) -> LoginResponse:  # type: ignore[override]
        """Log in and keep the JWT; returns the account. Keyword-only: iotile-cloud's positional
        ``login(password, email)`` order is a trap. Wrong credentials raise AuthenticationError."""
        from iotclients_generated.iotile.models import LoginRequest

        email, password = check_login(email, password)
        account = super().login(LoginRequest(email=email, password=password))
        return self._logged_in(account, email, password)

    def logout(self) -> None:
        """End the server session and forget the token and password (the JWT itself stays valid
        on the server until it expires: IOTile does not revoke it)."""
        try:
            if self._still_valid(self._tokens.token):
                super().logout()
        finally:
            self._forget()

    def refresh_token(self) -> None:
        """Trade the current token for a fresh one now (it is also done automatically)."""
        from iotclients_generated.iotile.models import JWTToken

        fresh = self.refresh_jwt(JWTToken(token=self._current_token().value))
        self._tokens.set(jwt_token(fresh.token, "POST refresh_jwt"))

    # -- hooks of the runtime -------------------------------------------------------------------

    def _jwt(self) -> str | None:
        if self._has_no_token():
            return None
        assert isinstance(self._tokens, TokenManager)
        return self._tokens.get()

    def _on_unauthorized(self, request: httpx.Request) -> bool:
        return self._drop_refused(request)

    def _renew(self) -> Token:
        from iotclients_generated.iotile.models import JWTToken, LoginRequest

        current, password = self._tokens.token, self._session.password
        if current is not None and self._still_valid(current):
            try:
                return jwt_token(self.refresh_jwt(JWTToken(token=current.value)).token, "POST refresh_jwt")
            except BadRequestError:
                if password is None:
                    raise
        if password is not None and self._session.email is not None:
            request = LoginRequest(email=self._session.email, password=password.get())
            return jwt_token(super().login(request).jwt, "POST login")
        raise NotLoggedInError(_EXPIRED)


class AsyncIOTileClient(_Login, GeneratedAsyncIOTileClient):
    """The ``IOTileClient`` API as coroutines (``async with AsyncIOTileClient() as cloud: ...``)."""

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._init_login(
            AsyncTokenManager(self._renew, refresh_margin=refresh_margin, clock=clock), token, clock
        )
        super().__init__(
            base_url=_base(base_url),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    @property
    def api(self) -> AsyncResource:
        """Any resource under ``/api/v1/``: ``await client.api.org(slug).projects.get()``."""
        return AsyncResource(self, ("api", "v1"))

    async def login(self, *, email: str, password: str) -> LoginResponse:  # type: ignore[override]
        """See ``IOTileClient.login``."""
        from iotclients_generated.iotile.models import LoginRequest

        email, password = check_login(email, password)
        account = await super().login(LoginRequest(email=email, password=password))
        return self._logged_in(account, email, password)

    async def logout(self) -> None:
        """See ``IOTileClient.logout``."""
        try:
            if self._still_valid(self._tokens.token):
                await super().logout()
        finally:
            self._forget()

    async def refresh_token(self) -> None:
        """See ``IOTileClient.refresh_token``."""
        from iotclients_generated.iotile.models import JWTToken

        fresh = await self.refresh_jwt(JWTToken(token=self._current_token().value))
        self._tokens.set(jwt_token(fresh.token, "POST refresh_jwt"))

    async def _jwt(self) -> str | None:
        if self._has_no_token():
            return None
        assert isinstance(self._tokens, AsyncTokenManager)
        return await self._tokens.get()

    async def _on_unauthorized_async(self, request: httpx.Request) -> bool:
        return self._drop_refused(request)

    async def _renew(self) -> Token:
        from iotclients_generated.iotile.models import JWTToken, LoginRequest

        current, password = self._tokens.token, self._session.password
        if current is not None and self._still_valid(current):
            try:
                return jwt_token(
                    (await self.refresh_jwt(JWTToken(token=current.value))).token, "POST refresh_jwt"
                )
            except BadRequestError:
                if password is None:
                    raise
        if password is not None and self._session.email is not None:
            request = LoginRequest(email=self._session.email, password=password.get())
            return jwt_token((await super().login(request)).jwt, "POST login")
        raise NotLoggedInError(_EXPIRED)
