"""Batches, deferred queues, chunked point writes, and which requests are retried."""

from __future__ import annotations

import math
import random
import time
from typing import Any

import httpx
import pytest
from exosite_testkit import BASE_URL, CIK, RID, Recorder, ok

from iotclients.core import errors
from iotclients.core.retry import RetryPolicy
from iotclients.exosite import AsyncOnePlatformClient, OnePlatformClient
from iotclients_sandbox.exosite import DEMO_CIK, create_app

NO_WAIT = RetryPolicy(max_retries=2, initial_backoff=0.0, max_backoff=0.0)
PORT = {"format": "integer", "retention": {"count": "infinity", "duration": "infinity"}}


async def test_100000_points_arrive_complete_and_in_order_in_exactly_ceil_n_over_chunk_requests() -> None:
    app = create_app()
    chunk = 700
    async with AsyncOnePlatformClient(
        DEMO_CIK, base_url="http://sandbox", transport=httpx.ASGITransport(app)
    ) as one:
        rid = await one.create_dataport(PORT)
        start = int(time.time()) - 200_000
        points = [[start + i, i * 3] for i in range(100_000)]
        before = app.backend.calls["recordbatch"], app.journal.total
        outcome = await one.write_points(rid, points, chunk_size=chunk)
        requests = app.journal.total - before[1]
        assert (
            app.backend.calls["recordbatch"] - before[0]
            == requests
            == outcome.requests
            == math.ceil(100_000 / chunk)
        )
        assert outcome.written == 100_000
        assert outcome.rejected == []
        stored = await one.read(rid, {"starttime": 0, "limit": 200_000, "sort": "asc"})
    assert [list(p) for p in stored] == points


def test_only_the_rejected_points_are_reported_with_their_status() -> None:
    rng = random.Random(3)
    bad = set(rng.sample(range(2_000), 37))
    points = [[10_000 + i, "oops" if i in bad else i] for i in range(2_000)]
    transport = _sync_transport(create_app())
    with OnePlatformClient(DEMO_CIK, base_url="http://sandbox", transport=transport) as one:
        rid = one.create_dataport(PORT)
        outcome = one.write_points(rid, points, chunk_size=300)
        stored = one.read(rid, {"starttime": 0, "limit": 5_000, "sort": "asc"})
    assert sorted(p.index for p in outcome.rejected) == sorted(bad)
    assert all(p.status == "invalid" and p.value == "oops" for p in outcome.rejected)
    assert outcome.written == 2_000 - len(bad)
    assert [list(p) for p in stored] == [p for i, p in enumerate(points) if i not in bad]


def test_a_failed_chunk_is_reported_whole_and_not_resent() -> None:
    calls = 0

    def respond(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 2:
            return httpx.Response(503, json={"error": {"code": 500, "message": "busy", "context": "calls"}})
        return Recorder(ok())(request)

    with OnePlatformClient(
        CIK, base_url=BASE_URL, transport=httpx.MockTransport(respond), retry=NO_WAIT
    ) as one:
        outcome = one.write_points(RID, [[i, i] for i in range(30)], chunk_size=10)
    assert calls == 3
    assert [p.index for p in outcome.rejected] == list(range(10, 20))
    assert outcome.rejected[0].status.startswith("request failed")
    assert outcome.written == 20


def test_safe_requests_are_retried_and_unsafe_ones_are_not() -> None:
    seen: list[list[str]] = []

    def respond(request: httpx.Request) -> httpx.Response:
        import json

        body = json.loads(request.content)
        seen.append([c["procedure"] for c in body["calls"]])
        if len(seen) in (1, 3):
            return httpx.Response(503)
        return httpx.Response(
            200, json=[{"id": c["id"], "status": "ok", "result": [[1, 1]]} for c in body["calls"]]
        )

    with OnePlatformClient(
        CIK, base_url=BASE_URL, transport=httpx.MockTransport(respond), retry=NO_WAIT
    ) as one:
        assert one.read(RID) == [(1, 1)]
        with one.batch() as batch:
            read, write = batch.read(RID), batch.write(RID, 1)
    assert seen == [["read"], ["read"], ["read", "write"]]
    assert isinstance(read.error, errors.ServiceUnavailableError)
    assert isinstance(write.error, errors.ServiceUnavailableError)


def test_a_batch_is_chunked_at_max_calls_and_gives_each_call_its_result() -> None:
    recorder = Recorder(
        lambda call: {
            "status": "ok",
            "result": call["arguments"][1]["limit"] and [[call["arguments"][1]["limit"], 0]],
        }
    )
    with OnePlatformClient(CIK, base_url=BASE_URL, transport=httpx.MockTransport(recorder)) as one:
        with one.batch(max_calls=25) as batch:
            pending = [batch.read(RID, {"limit": i + 1}) for i in range(60)]
        assert [len(body["calls"]) for body in recorder.bodies] == [25, 25, 10]
        assert [p.result() for p in pending] == [[(i + 1, 0)] for i in range(60)]
        with pytest.raises(RuntimeError), one.batch() as batch:
            never = batch.read(RID)
            raise RuntimeError("the block failed")
    assert len(recorder.bodies) == 3
    with pytest.raises(RuntimeError, match="not been sent"):
        never.result()


def test_deferred_calls_share_one_queue_per_client_and_are_always_cleared() -> None:
    recorder = Recorder(ok([[5, 5]]))
    with OnePlatformClient(CIK, base_url=BASE_URL, transport=httpx.MockTransport(recorder)) as one:
        first = one.read(RID, defer=True)
        second = one.read(RID, auth={"cik": CIK}, defer=True)
        other = one.read(RID, auth=OTHER, defer=True)
        assert recorder.bodies == []
        assert one.has_deferred() and one.has_deferred({"cik": CIK})
        sent = one.send_deferred(CIK)
        assert sent == [first, second]
        assert [p.result() for p in sent] == [[(5, 5)], [(5, 5)]]
        assert len(recorder.bodies) == 1
        assert not one.has_deferred()
        assert one.has_deferred(OTHER)
        with pytest.raises(errors.InvalidArgumentError):
            one.send_deferred()
    failing = httpx.MockTransport(lambda request: httpx.Response(200, content=b"not json"))
    with OnePlatformClient(CIK, base_url=BASE_URL, transport=failing) as one:
        doomed = one.write(RID, 1, defer=True)
        (result,) = one.send_deferred()
        assert result is doomed
        assert isinstance(doomed.error, errors.APIResponseValidationError)
        assert not one.has_deferred()
    assert other.done is False


OTHER = "ffffffffffffffffffffffffffffffffffffffff"


def _sync_transport(app: Any) -> httpx.BaseTransport:
    """Run an ASGI app behind a sync httpx client (in-process, no sockets)."""
    import asyncio

    inner = httpx.ASGITransport(app)
    loop = asyncio.new_event_loop()

    class Bridge(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            async def run() -> httpx.Response:
                request.stream = httpx.ByteStream(request.read())
                response = await inner.handle_async_request(request)
                content = await response.aread()
                return httpx.Response(response.status_code, headers=response.headers, content=content)

            return loop.run_until_complete(run())

        def close(self) -> None:
            loop.close()

    return Bridge()
