"""The facade argument property for the asyncio clients: the same mutations, the same rule."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from iotclients.core.errors import APIError, InvalidArgumentError
from iotclients.exosite import AsyncOnePlatformClient, AsyncProvisionClient
from iotclients.iotile import AsyncIOTileClient
from iotclients.iotticket import AsyncIoTTicketClient
from iotclients.oden import AsyncOdenClient
from tests.facade.test_facade_arguments import BASE, MUTATIONS, SENT_MALFORMED, _malformed

_NOT_CALLS = {"close", "aclose", "with_options", "with_raw_response", "batch", "copy"}


def _transport() -> httpx.MockTransport:
    async def respond(request: httpx.Request) -> httpx.Response:
        await request.aread()
        problem = _malformed(request)
        if problem is not None:
            SENT_MALFORMED.append(f"{request.method} {request.url.path}: {problem}")
        if request.url.path.endswith("/oauth2/token"):
            return httpx.Response(
                200, json={"access_token": "t" * 24, "token_type": "Bearer", "expires_in": 3600}
            )
        return httpx.Response(400, json={"detail": "refused", "error": "refused", "message": "refused"})

    return httpx.MockTransport(respond)


CLIENTS: dict[str, Callable[[], Any]] = {
    "oden": lambda: AsyncOdenClient("k" * 24, base_url=BASE, transport=_transport(), max_retries=0),
    "iotticket": lambda: AsyncIoTTicketClient(
        client_id="client",
        client_secret="secret-1234",
        organization_id="demo-org",
        base_url=BASE,
        transport=_transport(),
        max_retries=0,
    ),
    "exosite": lambda: AsyncOnePlatformClient("a" * 40, base_url=BASE, transport=_transport(), max_retries=0),
    "exosite-provision": lambda: AsyncProvisionClient(
        "a" * 40, base_url=BASE, transport=_transport(), max_retries=0
    ),
    "iotile": lambda: AsyncIOTileClient("t" * 40, base_url=BASE, transport=_transport(), max_retries=0),
}


def _cases() -> list[tuple[str, str]]:
    found = []
    for vendor, build in CLIENTS.items():
        cls = type(build()) if vendor != "iotticket" else AsyncIoTTicketClient
        for name in sorted(dir(cls)):
            member = getattr(cls, name, None)
            if name.startswith("_") or name in _NOT_CALLS or not inspect.isfunction(member):
                continue
            found.append((vendor, name))
    return found


async def _drain(result: Any) -> None:
    if inspect.isawaitable(result):
        result = await result
    if isinstance(result, AsyncIterator):
        for _ in range(3):
            try:
                await anext(result)
            except StopAsyncIteration:
                break


@pytest.mark.parametrize(("vendor", "method"), _cases())
def test_bad_arguments_raise_only_typed_errors_async(vendor: str, method: str) -> None:
    signature = inspect.signature(getattr(type(CLIENTS[vendor]()), method))
    names = [
        p.name
        for p in signature.parameters.values()
        if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]

    async def one_call(arguments: dict[str, Any]) -> None:
        async with CLIENTS[vendor]() as client:
            try:
                await _drain(getattr(client, method)(**arguments))
            except (InvalidArgumentError, APIError):
                pass
            except FileNotFoundError:
                assert method.startswith("register_")

    @seed(11)
    @settings(max_examples=6, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.fixed_dictionaries({name: st.sampled_from(MUTATIONS) for name in names}))
    def call(arguments: dict[str, Any]) -> None:
        asyncio.run(one_call(arguments))

    SENT_MALFORMED.clear()
    call()
    assert SENT_MALFORMED == []
