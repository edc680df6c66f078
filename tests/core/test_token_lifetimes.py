"""Single flight holds whatever a token's lifetime, and token replies a clock cannot hold are typed.

A token that lives less than the refresh margin (IoT-TICKET's is 59 s, IOTile's 299 s) used to look
"about to expire" the moment it arrived, so every waiting request fetched another.
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
from typing import Any

import httpx
import pytest

from iotclients.core.auth import AsyncTokenManager, Token, TokenManager
from iotclients.core.errors import APIResponseValidationError, InvalidArgumentError

CALLERS = 100


@pytest.mark.parametrize("lifetime", [3600.0, 30.0, 5.0, 0.5, 0.0])
def test_a_hundred_threads_share_one_fetch_for_any_lifetime(lifetime: float) -> None:
    gate = threading.Barrier(CALLERS)

    def fetch() -> Token:
        time.sleep(0.05)  # every caller arrives while the fetch is in flight
        return Token("short-lived-token-0001", expires_at=time.time() + lifetime)

    manager = TokenManager(fetch, refresh_margin=299.0)

    def worker() -> None:
        gate.wait()
        manager.get()

    threads = [threading.Thread(target=worker) for _ in range(CALLERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert manager.fetches == 1


@pytest.mark.parametrize("lifetime", [3600.0, 30.0, 0.5, 0.0])
async def test_a_hundred_tasks_share_one_fetch_for_any_lifetime(lifetime: float) -> None:
    async def fetch() -> Token:
        await asyncio.sleep(0.02)
        return Token("short-lived-token-0002", expires_at=time.time() + lifetime)

    manager = AsyncTokenManager(fetch, refresh_margin=59.0)
    await asyncio.gather(*(manager.get() for _ in range(CALLERS)))
    assert manager.fetches == 1


def test_a_short_token_is_reused_for_half_its_life_then_renewed() -> None:
    now = [1_000.0]
    fetched: list[float] = []

    def fetch() -> Token:
        fetched.append(now[0])
        return Token("ten-second-token", expires_at=now[0] + 10.0)

    manager = TokenManager(fetch, refresh_margin=59.0, clock=lambda: now[0])
    for step in range(10):  # 0 .. 4.5 s: within the first half of its life
        now[0] = 1_000.0 + step * 0.5
        manager.get()
    assert manager.fetches == 1
    now[0] = 1_005.5  # less than half its life left: renewed ahead of expiry
    manager.get()
    assert fetched == [1_000.0, 1_005.5]


def test_a_long_token_keeps_the_configured_margin() -> None:
    now = [0.0]
    manager = TokenManager(
        lambda: Token("hour-token", expires_at=now[0] + 3600.0), refresh_margin=60.0, clock=lambda: now[0]
    )
    manager.get()
    now[0] = 3600.0 - 61.0
    manager.get()
    assert manager.fetches == 1
    now[0] = 3600.0 - 59.0
    manager.get()
    assert manager.fetches == 2


# -- token replies ------------------------------------------------------------------------------

ORG = "org-1"


def _ticket(token_reply: dict[str, Any]) -> Any:
    from iotclients.iotticket import IoTTicketClient

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token") or b"grant_type" in request.content:
            return httpx.Response(200, json=token_reply)
        return httpx.Response(200, json=[])

    return IoTTicketClient(
        "client-1", "secret-0123456789", organization_id=ORG, base_url="https://ticket.example",
        transport=httpx.MockTransport(handler), max_retries=0,
    )  # fmt: skip


@pytest.mark.parametrize(
    "reply",
    [
        {"access_token": "", "token_type": "Bearer", "expires_in": 3600},
        {"access_token": "tok-abcdefgh", "token_type": "Bearer", "expires_in": 10**400},
        {"access_token": "tok-abcdefgh", "token_type": "Bearer", "expires_in": -5},
    ],
    ids=["empty", "huge", "negative"],
)
def test_an_impossible_iot_ticket_token_reply_is_a_typed_error(reply: dict[str, Any]) -> None:
    with pytest.raises(APIResponseValidationError, match="create_token"):
        _ticket(reply).list_analytics_items(ORG)


def _jwt(payload: Any) -> str:
    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    return f"{part(b'{}')}.{part(json.dumps(payload).encode())}.{part(b'signature')}"


def _iotile_login(jwt: str) -> Any:
    from iotclients.iotile import IOTileClient

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"jwt": jwt, "username": "ops", "email": "ops@example.com"})

    client = IOTileClient(base_url="https://iotile.example", transport=httpx.MockTransport(handler))
    return client.login(email="ops@example.com", password="pw-0123456789")


@pytest.mark.parametrize(
    "jwt", ["", _jwt({"exp": 10**400}), _jwt({"exp": -1})], ids=["empty", "huge-exp", "negative-exp"]
)
def test_an_impossible_iotile_login_token_is_a_typed_error(jwt: str) -> None:
    with pytest.raises(APIResponseValidationError, match="login"):
        _iotile_login(jwt)


def test_an_iotile_token_given_by_the_caller_must_not_be_empty() -> None:
    from iotclients.iotile import IOTileClient

    client = IOTileClient(base_url="https://iotile.example")
    with pytest.raises(InvalidArgumentError, match="token"):
        client.set_token("")
