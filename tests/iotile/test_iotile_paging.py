"""Auto-paging over DRF page-number lists: exact, ordered, one request per page, bounded memory.

An in-process transport serves any dataset in pages of any size with absolute ``next`` links,
as DRF does; pages are built only when asked for, so a million points cost no memory on the
serving side and the measured peak is the client's alone.
"""

from __future__ import annotations

import asyncio
import gc
import json
import math
import tracemalloc
from collections.abc import Callable

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from iotclients.iotile import AsyncIOTileClient, IOTileClient, StreamData
from iotclients.iotile.stream_data import iter_stream_data

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2lnbmF0dXJl"
BASE = "https://iotile.test"
STREAM = "s--0000-0001--0000-0000-0000-0001--5001"


def _point(index: int) -> dict[str, object]:
    return {
        "type": "Num",
        "timestamp": f"2026-01-01T00:00:{index % 60:02d}Z",
        "int_value": index,
        "value": float(index),
        "display_value": str(index),
        "output_value": index / 2,
        "streamer_local_id": index + 1,
    }


class PagedServer:
    """``count`` points behind ``stream/{slug}/data/``, ``page_size`` per page (or the query's).

    ``same_rows``: every page repeats one pre-encoded block of rows, so serving costs nothing
    (for memory measurements, where only the client's allocations should count).
    """

    def __init__(
        self,
        count: int,
        page_size: int,
        point: Callable[[int], dict[str, object]] = _point,
        *,
        same_rows: bool = False,
    ) -> None:
        self.count = count
        self.page_size = page_size
        self.point = point
        self.requests = 0
        self.pages_served: list[int] = []
        self._block = json.dumps([point(i) for i in range(page_size)]).encode() if same_rows else None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        size = int(request.url.params.get("page_size", self.page_size))
        page = int(request.url.params.get("page", "1"))
        pages = max(1, math.ceil(self.count / size))
        if not 1 <= page <= pages:
            return httpx.Response(404, json={"detail": "Invalid page."})
        self.pages_served.append(page)
        start = (page - 1) * size
        following = str(request.url.copy_set_param("page", page + 1)) if page < pages else None
        head = {"count": self.count, "next": following, "previous": None}
        if self._block is not None and size == self.page_size and start + size <= self.count:
            content = json.dumps(head).encode()[:-1] + b', "results": ' + self._block + b"}"
        else:
            rows = [self.point(i) for i in range(start, min(start + size, self.count))]
            content = json.dumps({**head, "results": rows}).encode()
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})


def _client(server: PagedServer) -> IOTileClient:
    return IOTileClient(TOKEN, base_url=BASE, transport=httpx.MockTransport(server))


@settings(max_examples=40, deadline=None)
@given(count=st.integers(0, 120), page_size=st.integers(1, 25))
def test_any_dataset_in_any_page_size_comes_back_whole_and_in_order(count: int, page_size: int) -> None:
    server = PagedServer(count, page_size)
    with _client(server) as client:
        values = [p.int_value for p in client.iter_list_stream_data(STREAM)]
    assert values == list(range(count))
    assert server.requests == max(1, math.ceil(count / page_size))


@settings(max_examples=20, deadline=None)
@given(count=st.integers(0, 60), page_size=st.integers(1, 9))
def test_async_iterator_and_page_iterator_agree(count: int, page_size: int) -> None:
    server = PagedServer(count, page_size)

    async def handler(request: httpx.Request) -> httpx.Response:
        return server(request)

    async def read() -> list[int]:
        async with AsyncIOTileClient(TOKEN, base_url=BASE, transport=httpx.MockTransport(handler)) as client:
            return [p.int_value async for p in client.iter_list_stream_data(STREAM)]  # type: ignore[misc]

    assert asyncio.run(read()) == list(range(count))
    pages_before = server.requests
    with _client(server) as client:
        pages = list(client.list_stream_data_pages(STREAM))
    assert [len(page.results) for page in pages] == [
        min(page_size, count - i * page_size) for i in range(max(1, math.ceil(count / page_size)))
    ]
    assert server.requests - pages_before == len(pages)


def test_iteration_is_lazy_one_page_at_a_time() -> None:
    server = PagedServer(100, 10)
    with _client(server) as client:
        points = client.iter_list_stream_data(STREAM)
        assert server.requests == 0
        first = [next(points) for _ in range(10)]
        assert server.requests == 1 and [p.int_value for p in first] == list(range(10))
        next(points)
        assert server.requests == 2


def test_stream_data_initialize_reads_every_page_and_to_dataframe() -> None:
    server = PagedServer(23, 5)
    with _client(server) as client:
        data = StreamData(STREAM, client)
        data.initialize_from_server(lastn=23)
        frame = data.to_dataframe()
    assert [p.int_value for p in data.data] == list(range(23))
    assert server.requests == 5
    assert list(frame["int_value"]) == list(range(23)) and str(frame["timestamp"].dt.tz) == "UTC"


def test_stream_dataframe_builds_columns_page_by_page() -> None:
    from iotclients.iotile import stream_dataframe

    server = PagedServer(17, 4)
    with _client(server) as client:
        frame = stream_dataframe(client, STREAM, start="2026-01-01T00:00:00Z")
    assert list(frame["int_value"]) == list(range(17)) and list(frame["output_value"]) == [
        i / 2 for i in range(17)
    ]
    assert server.requests == 5


def _peak_bytes(count: int, page_size: int) -> int:
    server = PagedServer(count, page_size, same_rows=True)
    with _client(server) as client:
        gc.collect()
        tracemalloc.start()
        try:
            seen = 0
            for _ in iter_stream_data(client, STREAM, page_size=page_size):
                seen += 1
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert seen == count and server.requests == math.ceil(count / page_size)
    return peak


def test_memory_of_iterating_a_million_points_does_not_grow_with_their_number() -> None:
    page = 20_000
    small = _peak_bytes(4 * page, page)
    large = _peak_bytes(1_000_000, page)
    # One page (and its JSON) alive at a time: 12x more points, about the same peak.
    assert large < small * 1.5 + 2_000_000, (small, large)
    assert large < 64_000_000, large


def test_a_page_iterates_over_its_items(cloud) -> None:
    page = cloud.list_projects()
    assert [project.id for project in page] == [project.id for project in page.results]
    assert len(list(page)) == len(page.results) > 0
