"""Single-flight tokens: one fetch however many callers, refresh before expiry, 401 resend once."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest

from iotclients.core.auth import AsyncTokenManager, Token, TokenManager
from iotclients.core.client import AsyncAPIClient, SyncAPIClient
from iotclients.core.operation import Operation, Reply
from iotclients.core.redaction import redact
from iotclients.core.security import SecurityScheme

OAUTH2 = SecurityScheme("oauth2", "oauth2", token_url="/token")
OP = Operation(
    "get_thing",
    "GET",
    "/thing",
    idempotent=False,
    replies={200: Reply({"application/json": None})},
    security=((OAUTH2,),),
)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def test_twenty_threads_share_one_fetch() -> None:
    started = threading.Barrier(20)

    def fetch() -> Token:
        time.sleep(0.05)  # long enough for every thread to arrive while the fetch is in flight
        return Token("tok-" + "a" * 20, expires_at=time.time() + 3600)

    manager = TokenManager(fetch)
    seen: list[str] = []

    def worker() -> None:
        started.wait()
        seen.append(manager.get())

    threads = [threading.Thread(target=worker) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert manager.fetches == 1
    assert len(seen) == 20 and len(set(seen)) == 1


async def test_twenty_tasks_share_one_fetch() -> None:
    async def fetch() -> Token:
        await asyncio.sleep(0.01)
        return Token("async-token-value", expires_at=None)

    manager = AsyncTokenManager(fetch)
    values = await asyncio.gather(*(manager.get() for _ in range(20)))
    assert manager.fetches == 1
    assert set(values) == {"async-token-value"}


def test_refreshed_once_when_within_the_margin_of_expiry() -> None:
    clock = Clock()
    issued: list[str] = []

    def fetch() -> Token:
        issued.append(f"token-number-{len(issued)}")
        return Token(issued[-1], expires_at=clock.now + 300)

    manager = TokenManager(fetch, refresh_margin=60, clock=clock)
    assert manager.get() == "token-number-0"
    clock.now += 239  # 61 s left: still fresh
    assert manager.get() == "token-number-0"
    clock.now += 2  # 59 s left: inside the margin
    assert manager.get() == "token-number-1"
    assert manager.get() == "token-number-1"
    assert manager.fetches == 2


def test_invalidate_drops_only_the_refused_token() -> None:
    values = iter(["first-token", "second-token"])
    manager = TokenManager(lambda: Token(next(values)))
    assert manager.get() == "first-token"
    manager.invalidate("first-token")
    assert manager.get() == "second-token"
    # A late 401 for the old token must not throw away the new one.
    manager.invalidate("first-token")
    assert manager.get() == "second-token"
    assert manager.fetches == 2
    manager.clear()
    assert manager.token is None


@pytest.mark.parametrize("margin", [-1.0, float("nan")])
def test_refresh_margin_must_be_non_negative(margin: float) -> None:
    with pytest.raises(ValueError, match="refresh_margin"):
        TokenManager(lambda: Token("x" * 8), refresh_margin=margin)


def test_token_values_never_show_in_reprs_or_redacted_text() -> None:
    token = Token("eyJhbGciOiJIUzI1NiJ9.secret-payload", expires_at=5.0)
    assert "secret-payload" not in repr(token)
    assert "secret-payload" not in redact(f"Authorization: JWT {token.value}")


class _TokenClient(SyncAPIClient):
    def __init__(self, manager: TokenManager, transport: httpx.MockTransport) -> None:
        super().__init__(base_url="https://example.test", transport=transport, max_retries=0)
        self.manager = manager

    def _credential_providers(self) -> dict[str, TokenManager]:
        return {"oauth2": self.manager}

    def _on_unauthorized(self, request: httpx.Request) -> bool:
        self.manager.invalidate(request.headers["Authorization"].removeprefix("Bearer "))
        return True


def _server(valid: set[str], seen: list[str]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        token = request.headers["Authorization"].removeprefix("Bearer ")
        seen.append(token)
        return httpx.Response(200, json={}) if token in valid else httpx.Response(401, json={})

    return httpx.MockTransport(handle)


def test_a_refused_token_is_replaced_and_the_request_resent_once() -> None:
    tokens = iter(["revoked-token", "fresh-token"])
    manager = TokenManager(lambda: Token(next(tokens)))
    seen: list[str] = []
    with _TokenClient(manager, _server({"fresh-token"}, seen)) as client:
        client._call(OP)  # not idempotent, yet resent: the server refused it unread
    assert seen == ["revoked-token", "fresh-token"]


def test_a_second_401_is_raised_not_resent_forever() -> None:
    from iotclients.core.errors import AuthenticationError

    counter = iter(range(100))
    manager = TokenManager(lambda: Token(f"never-valid-{next(counter)}"))
    seen: list[str] = []
    with _TokenClient(manager, _server(set(), seen)) as client, pytest.raises(AuthenticationError):
        client._call(OP)
    assert len(seen) == 2


class _AsyncTokenClient(AsyncAPIClient):
    def __init__(self, manager: AsyncTokenManager, transport: httpx.MockTransport) -> None:
        super().__init__(base_url="https://example.test", transport=transport, max_retries=0)
        self.manager = manager

    def _credential_providers(self) -> dict[str, AsyncTokenManager]:
        return {"oauth2": self.manager}

    async def _on_unauthorized_async(self, request: httpx.Request) -> bool:
        self.manager.invalidate(request.headers["Authorization"].removeprefix("Bearer "))
        return True


async def test_async_client_fetches_tokens_with_io_and_resends_once() -> None:
    issued = iter(["expired-async", "fresh-async"])

    async def fetch() -> Token:
        await asyncio.sleep(0.01)
        return Token(next(issued))

    manager = AsyncTokenManager(fetch)
    seen: list[str] = []
    async with _AsyncTokenClient(manager, _server({"fresh-async"}, seen)) as client:
        results: list[Any] = await asyncio.gather(*(client._call(OP) for _ in range(20)))
    assert results == [None] * 20
    assert manager.fetches == 2
    # However many requests the old token got refused, the new one was fetched once.
    assert 1 <= seen.count("expired-async") <= 20 and seen.count("fresh-async") == 20
