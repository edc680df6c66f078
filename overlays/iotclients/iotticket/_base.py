"""What both IoT-TICKET clients share: settings, the token, device credentials and the plan driver.

The spec says which credential each operation takes: the management API an OAuth2
client-credentials bearer token (``OAuth2``), the http-adapter a device's username and password
(``DeviceBasic``), the token endpoint none. Device credentials are supplied for the steps that
write as a device (``core.security.using``), on the client's own connections.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any, TypeVar

import httpx

from iotclients.core.auth import AsyncTokenManager, Token, TokenManager
from iotclients.core.errors import InvalidArgumentError
from iotclients.core.retry import RetryPolicy
from iotclients.core.security import BasicCredentials, using
from iotclients_generated.iotticket.client import GeneratedAsyncIoTTicketClient, GeneratedIoTTicketClient

from ._auth import Settings, settings_from, token_of
from ._runner import DEFAULT_CONCURRENCY, Plan, Step, drive, drive_async
from .plans_writes import DeviceLogin
from .resolve import Session

__all__ = ["AsyncClientBase", "SyncClientBase"]

R = TypeVar("R")


def as_device(login: DeviceLogin | None) -> contextlib.AbstractContextManager[None]:
    """Calls made inside carry ``login``'s device credentials (none to add for ``None``)."""
    if login is None:
        return contextlib.nullcontext()
    return using({"DeviceBasic": BasicCredentials(login.username, login.password)})


class _Common:
    _settings: Settings
    _session: Session
    _concurrency: int
    _tokens: TokenManager | AsyncTokenManager

    def _credential_providers(self) -> Mapping[str, Any]:
        return {"OAuth2": self._tokens}

    def _token_form(self) -> dict[str, str]:
        form = {
            "grant_type": "client_credentials",
            "client_id": self._settings.client_id,
            "client_secret": self._settings.client_secret.get(),
        }
        if self._settings.scope:
            form["scope"] = self._settings.scope
        return form

    @property
    def token_fetches(self) -> int:
        """How many tokens were fetched (one per expiry or refusal, however many requests)."""
        return self._tokens.fetches

    def _on_unauthorized(self, request: httpx.Request) -> bool:
        # Drop the refused token (unless a newer one replaced it); the request is resent once.
        # A refused device password cannot be renewed: that 401 is the caller's to see.
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            return False
        self._tokens.invalidate(header[7:])
        return True

    @property
    def organization_id(self) -> str:
        """The default organization every organization-scoped call uses."""
        return self._settings.organization_id

    def invalidate(self) -> None:
        """Drop the cached asset snapshot and attribute lists (the next lookup lists them again)."""
        self._session.invalidate()

    @property
    def snapshot_loads(self) -> int:
        """How many times the asset tree was listed for locator resolution."""
        return self._session.snapshot.loads

    def _arguments(self, scope: Mapping[str, Any]) -> dict[str, Any]:
        """A method's arguments for its plan (``self`` left out, the concurrency bound added)."""
        args = {key: value for key, value in scope.items() if key != "self"}
        args["concurrency"] = self._concurrency
        return args


def _init_common(target: _Common, settings: Settings, snapshot_ttl: float, concurrency: int) -> None:
    """Settings and the session (asset snapshot, attribute lists) of a client."""
    if not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidArgumentError("concurrency", "must be a positive integer")
    target._settings = settings
    target._session = Session(settings.organization_id, ttl=snapshot_ttl)
    target._concurrency = concurrency


class SyncClientBase(_Common, GeneratedIoTTicketClient):
    _tokens: TokenManager

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        organization_id: str | None = None,
        base_url: str | None = None,
        scope: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        snapshot_ttl: float = 120.0,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> None:
        settings = settings_from(client_id, client_secret, organization_id, base_url, scope)
        _init_common(self, settings, snapshot_ttl, concurrency)
        super().__init__(
            base_url=settings.base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )
        self._tokens = TokenManager(self._fetch_token)

    def _fetch_token(self) -> Token:
        # The token endpoint is open in the spec: asking it needs no token (no recursion).
        reply = self.create_token(self._token_form())
        return token_of(reply.access_token, reply.expires_in)

    def _step(self, step: Step) -> Any:
        with as_device(step.device):
            return getattr(self, step.operation)(**step.kwargs)

    def _run(self, plan: Plan[R]) -> R:
        return drive(plan, self._step)


class AsyncClientBase(_Common, GeneratedAsyncIoTTicketClient):
    _tokens: AsyncTokenManager

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        organization_id: str | None = None,
        base_url: str | None = None,
        scope: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        snapshot_ttl: float = 120.0,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> None:
        settings = settings_from(client_id, client_secret, organization_id, base_url, scope)
        _init_common(self, settings, snapshot_ttl, concurrency)
        super().__init__(
            base_url=settings.base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )
        self._tokens = AsyncTokenManager(self._fetch_token)

    async def _fetch_token(self) -> Token:
        reply = await self.create_token(self._token_form())
        return token_of(reply.access_token, reply.expires_in)

    async def _step(self, step: Step) -> Any:
        with as_device(step.device):
            return await getattr(self, step.operation)(**step.kwargs)

    async def _run(self, plan: Plan[R]) -> R:
        return await drive_async(plan, self._step)
