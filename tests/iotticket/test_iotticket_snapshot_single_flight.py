"""One asset-tree listing per client, however many threads or tasks resolve a ``names_path`` at once."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from typing import Any

import httpx

from iotclients.iotticket import AsyncIoTTicketClient, IoTTicketClient

ASSETS = [
    {"id": "a-plant", "name": "Plant", "parentId": None},
    {"id": "a-line", "name": "Line", "parentId": "a-plant"},
    {"id": "a-pump", "name": "Pump", "parentId": "a-line"},
]
CALLERS = 16


class SlowTreeServer:
    """Lists the assets slowly, so every caller arrives while the first listing is in flight."""

    def __init__(self) -> None:
        self.listings = 0
        self._lock = threading.Lock()

    def reply(self, request: httpx.Request) -> tuple[httpx.Response, bool]:
        path = request.url.path
        if path == "/oauth2/token":
            token = {"access_token": "tree-token-000000", "token_type": "Bearer", "expires_in": 3600}
            return _json(token), False
        if path.endswith("/children"):
            parent = path.split("/")[-2]
            return _json([a for a in ASSETS if a["parentId"] == parent]), False
        with self._lock:
            self.listings += 1
        return _json(ASSETS), True

    def sync(self, request: httpx.Request) -> httpx.Response:
        response, slow = self.reply(request)
        if slow:
            time.sleep(0.1)
        return response

    async def async_(self, request: httpx.Request) -> httpx.Response:
        response, slow = self.reply(request)
        if slow:
            await asyncio.sleep(0.1)
        return response


def _json(payload: Any) -> httpx.Response:
    return httpx.Response(
        200, content=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )


def test_sixteen_threads_share_one_listing() -> None:
    server = SlowTreeServer()
    gate = threading.Barrier(CALLERS)
    found: list[list[str]] = []
    with IoTTicketClient(
        "id", "secret-0123", organization_id="org", transport=httpx.MockTransport(server.sync)
    ) as client:

        def worker() -> None:
            gate.wait()
            found.append([a.id for a in client.get_assets(names_path=["Plant", "Line"])])

        threads = [threading.Thread(target=worker) for _ in range(CALLERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert client.snapshot_loads == 1
    assert server.listings == 1
    assert found == [["a-pump"]] * CALLERS


async def test_sixteen_tasks_share_one_listing() -> None:
    server = SlowTreeServer()
    transport = httpx.MockTransport(server.async_)
    async with AsyncIoTTicketClient(
        "id", "secret-0123", organization_id="org", transport=transport
    ) as client:
        results = await asyncio.gather(
            *(client.get_assets(names_path=["Plant", "Line"]) for _ in range(CALLERS))
        )
        assert client.snapshot_loads == 1
    assert server.listings == 1
    assert [[a.id for a in found] for found in results] == [["a-pump"]] * CALLERS
