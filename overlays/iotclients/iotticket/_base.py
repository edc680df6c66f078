"""What both IoT-TICKET clients share: settings, the token, the device channel and the plan driver."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from iotclients.core.auth import AsyncTokenManager, Token, TokenManager
from iotclients.core.errors import InvalidArgumentError
from iotclients.core.retry import RetryPolicy
from iotclients_generated.iotticket.client import GeneratedAsyncIoTTicketClient, GeneratedIoTTicketClient

from ._auth import Settings, basic_header, settings_from, token_of
from ._runner import DEFAULT_CONCURRENCY, Plan, Step, drive, drive_async
from .plans_writes import DeviceLogin
from .resolve import Session

__all__ = ["AsyncClientBase", "SyncClientBase"]

R = TypeVar("R")
C = TypeVar("C", bound=GeneratedIoTTicketClient)
AC = TypeVar("AC", bound=GeneratedAsyncIoTTicketClient)


class _DeviceLogin:
    _login: DeviceLogin

    def _auth_headers(self) -> dict[str, str]:
        return basic_header(self._login.username, self._login.password)


class _DeviceChannel(_DeviceLogin, GeneratedIoTTicketClient):
    """The http-adapter operations with one device's Basic credentials, on the parent's connections."""


class _AsyncDeviceChannel(_DeviceLogin, GeneratedAsyncIoTTicketClient):
    """The http-adapter operations with one device's Basic credentials, on the parent's connections."""


Channel = TypeVar("Channel", _DeviceChannel, _AsyncDeviceChannel)


class _Common:
    _settings: Settings
    _session: Session
    _concurrency: int
    _tokens: TokenManager | AsyncTokenManager
    _channel_options: dict[str, Any]
    _channels: dict[str, Any]

    def _channel(self, login: DeviceLogin, make: Callable[[], Channel]) -> Channel:
        """The channel of ``login``'s device, made anew when the device's password changes."""
        channel: Channel | None = self._channels.get(login.username)
        if channel is None or channel._login.password.get() != login.password.get():
            channel = self._channels[login.username] = make()
            channel._login = login
        return channel

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
        header = request.headers.get("authorization", "")
        if header.lower().startswith("bearer "):
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


def _init_common(
    target: _Common, settings: Settings, snapshot_ttl: float, concurrency: int, **options: Any
) -> None:
    """Settings, session and the options (timeout, retries) that device channels and the token
    endpoint share with the client."""
    if not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidArgumentError("concurrency", "must be a positive integer")
    target._settings = settings
    target._session = Session(settings.organization_id, ttl=snapshot_ttl)
    target._concurrency = concurrency
    target._channel_options = {"base_url": settings.base_url, **options}
    target._channels = {}


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
        _init_common(
            self,
            settings,
            snapshot_ttl,
            concurrency,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
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
        self._token_endpoint = self._plain(GeneratedIoTTicketClient)
        self._tokens = TokenManager(self._fetch_token)

    def _plain(self, kind: type[C]) -> C:
        """A client of ``kind`` on this client's connections and settings, without its credentials."""
        return kind(**self._channel_options, http_client=self._http)

    def _fetch_token(self) -> Token:
        reply = self._token_endpoint.create_token(self._token_form())
        return token_of(reply.access_token, reply.expires_in)

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._tokens.get()}"}

    def _device(self, login: DeviceLogin) -> _DeviceChannel:
        return self._channel(login, lambda: self._plain(_DeviceChannel))

    def _step(self, step: Step) -> Any:
        target: GeneratedIoTTicketClient = self if step.device is None else self._device(step.device)
        return getattr(target, step.operation)(**step.kwargs)

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
        _init_common(
            self,
            settings,
            snapshot_ttl,
            concurrency,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
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
        self._token_endpoint = self._plain(GeneratedAsyncIoTTicketClient)
        self._tokens = AsyncTokenManager(self._fetch_token)

    def _plain(self, kind: type[AC]) -> AC:
        """A client of ``kind`` on this client's connections and settings, without its credentials."""
        return kind(**self._channel_options, http_client=self._http)

    async def _fetch_token(self) -> Token:
        reply = await self._token_endpoint.create_token(self._token_form())
        return token_of(reply.access_token, reply.expires_in)

    async def _auth_headers_async(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {await self._tokens.get()}"}

    def _device(self, login: DeviceLogin) -> _AsyncDeviceChannel:
        return self._channel(login, lambda: self._plain(_AsyncDeviceChannel))

    async def _step(self, step: Step) -> Any:
        target: GeneratedAsyncIoTTicketClient = self if step.device is None else self._device(step.device)
        return await getattr(target, step.operation)(**step.kwargs)

    async def _run(self, plan: Plan[R]) -> R:
        return await drive_async(plan, self._step)
