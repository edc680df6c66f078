"""The seed's helpers for async users: AsyncStreamData, AsyncRawData and the async accumulation
report, against the sandbox over loopback, agreeing with their sync twins."""

from __future__ import annotations

import asyncio
import datetime
from typing import Any

import httpx
import pytest

from iotclients.core.errors import InvalidArgumentError
from iotclients.iotile import (
    AccumulationReportGenerator,
    AsyncAccumulationReportGenerator,
    AsyncIOTileClient,
    AsyncRawData,
    AsyncStreamData,
    IOTileClient,
    RawData,
    StreamData,
)
from iotclients_sandbox import Sandbox
from iotclients_sandbox.iotile import BIG_STREAM, DEMO_EMAIL, DEMO_PASSWORD

UTC = datetime.UTC


def _run_async(iotile: Sandbox, work: Any) -> Any:
    """Log an async client in and answer ``await work(client)``."""

    async def run() -> Any:
        async with AsyncIOTileClient(base_url=iotile.url) as client:
            await client.login(email=DEMO_EMAIL, password=DEMO_PASSWORD)
            return await work(client)

    return asyncio.run(run())


def test_async_stream_data_reads_every_page_like_the_sync_one(iotile: Sandbox, cloud: IOTileClient) -> None:
    window = {"start": datetime.datetime(2026, 1, 1, tzinfo=UTC), "end": "2026-01-04T00:00:00Z"}
    sync = StreamData(BIG_STREAM, cloud)
    sync.initialize_from_server(page_size=1000, **window)  # type: ignore[arg-type]

    async def work(client: AsyncIOTileClient) -> AsyncStreamData:
        data = AsyncStreamData(BIG_STREAM, client)
        await data.initialize_from_server(page_size=1000, **window)  # type: ignore[arg-type]
        return data

    data = _run_async(iotile, work)
    assert len(data.data) == len(sync.data) == 3 * 24 * 60  # one point a minute, several pages
    assert [p.to_dict() for p in data.data] == [p.to_dict() for p in sync.data]
    assert list(data.to_dataframe()["output_value"]) == list(sync.to_dataframe()["output_value"])
    assert repr(data) == f"AsyncStreamData({BIG_STREAM!r}, points={3 * 24 * 60})"


def test_async_stream_data_lastn_and_streaming(iotile: Sandbox) -> None:
    async def work(client: AsyncIOTileClient) -> tuple[list[int], int]:
        data = AsyncStreamData(BIG_STREAM, client)
        await data.initialize_from_server(lastn=3)
        streamed = 0
        async for _ in data.iter_stream_data(lastn=7000, page_size=2000):
            streamed += 1
        return [p.streamer_local_id for p in data.data], streamed

    ids, streamed = _run_async(iotile, work)
    assert ids == [99_998, 99_999, 100_000] and streamed == 7000


def test_async_helpers_refuse_bad_arguments_before_sending() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))

    async def run() -> None:
        async with AsyncIOTileClient("a.b.c", base_url="https://iotile.test", transport=transport) as client:
            with pytest.raises(InvalidArgumentError, match="timezone-aware"):
                await AsyncStreamData(BIG_STREAM, client).initialize_from_server(
                    start=datetime.datetime(2026, 1, 1)
                )
            with pytest.raises(InvalidArgumentError, match="lastn"):
                await AsyncRawData(client).initialize_from_server(filter=BIG_STREAM, lastn=100_001)
            with pytest.raises(InvalidArgumentError, match="filter"):
                await AsyncRawData(client).initialize_from_server(filter="")
            with pytest.raises(InvalidArgumentError, match="sources"):
                await AsyncAccumulationReportGenerator(client).compute_sum(BIG_STREAM, "2026-01-01T00:00:00Z")

    asyncio.run(run())
    assert sent == []


def test_async_raw_data_matches_the_sync_one(iotile: Sandbox, cloud: IOTileClient) -> None:
    sync = RawData(cloud)
    sync.initialize_from_server(filter="d--0000-0000-0000-0002", page_size=500)

    async def work(client: AsyncIOTileClient) -> AsyncRawData:
        raw = AsyncRawData(client)
        await raw.initialize_from_server(filter="d--0000-0000-0000-0002", page_size=500)
        return raw

    raw = _run_async(iotile, work)
    assert len(raw.data) == 2 * 1011
    assert [p.id for p in raw.data] == [p.id for p in sync.data]


def test_async_accumulation_report_equals_the_sync_report(iotile: Sandbox, cloud: IOTileClient) -> None:
    start, end = datetime.datetime(2026, 1, 1, tzinfo=UTC), datetime.datetime(2026, 1, 8, tzinfo=UTC)
    sources = [BIG_STREAM, "d--0003", "q--1", "s--0000-0001--0000-0000-0000-0fff--5001"]
    expected = AccumulationReportGenerator(cloud).compute_sum(sources, start, end)

    async def work(client: AsyncIOTileClient) -> Any:
        return await AsyncAccumulationReportGenerator(client).compute_sum(sources, start, end)

    report = _run_async(iotile, work)
    assert report == expected
    assert report.streams[BIG_STREAM].points > 5000  # the big stream spans several pages
    assert set(report.unresolved) == {"q--1", "s--0000-0001--0000-0000-0000-0fff--5001"}
    assert report.to_dict() == expected.to_dict()
