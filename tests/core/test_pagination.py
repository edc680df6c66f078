"""Generated page iterators: every item once and in order, one request per page, lazily."""

from __future__ import annotations

import math
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iotclients.core.errors import APIResponseValidationError, NotFoundError

BASE = "https://widgets.test"


class PagedServer:
    """Serves ``count`` widgets in pages of ``size``, in each of the three paging styles."""

    def __init__(self, count: int, size: int, next_host: str = "widgets.test") -> None:
        self.count = count
        self.size = size
        self.next_host = next_host
        self.requests: list[httpx.Request] = []

    def _window(self, page: int) -> tuple[list[int], bool]:
        start = (page - 1) * self.size
        ids = list(range(start, min(start + self.size, self.count)))
        return ids, start + self.size < self.count

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        params = request.url.params
        if request.url.path == "/widgets":
            page = int(params.get("page", "1"))
            if page > 1 and (page - 1) * self.size >= self.count:
                return httpx.Response(404, json={"detail": "Invalid page."})
            ids, more = self._window(page)
            following = f"http://{self.next_host}/widgets?page={page + 1}" if more else None
            if following and self.next_host == "widgets.test":
                following = str(request.url.copy_set_param("page", str(page + 1)))
            return httpx.Response(
                200,
                json={
                    "count": self.count,
                    "next": following,
                    "previous": None,
                    "results": [{"widgetId": f"w{i}"} for i in ids],
                },
            )
        if request.url.path == "/parts":
            ids, more = self._window(int(params.get("p", "1")))
            return httpx.Response(200, json={"items": [{"partNo": i} for i in ids], "hasMore": more})
        after = int(params.get("after", "0"))
        ids, more = self._window(after // self.size + 1)
        return httpx.Response(
            200,
            json={
                "events": [{"eventId": i} for i in ids],
                "nextCursor": str(after + self.size) if more else None,
            },
        )


def _client(widgets: ModuleType, server: PagedServer) -> Any:
    return widgets.client.WidgetsClient(base_url=BASE, transport=httpx.MockTransport(server))


def _pages(count: int, size: int) -> int:
    return max(1, math.ceil(count / size))


@settings(max_examples=40, deadline=None)
@given(count=st.integers(0, 120), size=st.integers(1, 25))
def test_every_item_once_in_order_with_one_request_per_page(
    widgets: ModuleType, count: int, size: int
) -> None:
    for style in ("next_url", "page", "cursor"):
        server = PagedServer(count, size)
        with _client(widgets, server) as client:
            if style == "next_url":
                got = [w.widget_id for w in client.iter_list_widgets(page_size=size)]
                expected = [f"w{i}" for i in range(count)]
            elif style == "page":
                got = [p.part_no for p in client.iter_list_parts()]
                expected = list(range(count))
            else:
                got = [e.event_id for e in client.iter_list_events()]
                expected = list(range(count))
        assert got == expected, style
        assert len(server.requests) == _pages(count, size), style


def test_iteration_is_lazy_and_filters_are_kept_on_every_page(widgets: ModuleType) -> None:
    server = PagedServer(100, 10)
    with _client(widgets, server) as client:
        items = client.iter_list_widgets(page_size=10, name_contains="w")
        assert server.requests == []
        first = [next(items) for _ in range(10)]
        assert len(server.requests) == 1
        next(items)
        assert len(server.requests) == 2
    assert first[0].widget_id == "w0"
    assert all(r.url.params["nameContains"] == "w" for r in server.requests)


def test_pages_are_typed_and_counted(widgets: ModuleType) -> None:
    server = PagedServer(25, 10)
    with _client(widgets, server) as client:
        pages = list(client.list_widgets_pages(page_size=10))
    assert [len(p.results) for p in pages] == [10, 10, 5]
    assert all(isinstance(p, widgets.models.WidgetPage) for p in pages)


def test_a_next_link_to_another_server_is_refused(widgets: ModuleType) -> None:
    server = PagedServer(30, 10, next_host="elsewhere.example")
    with (
        _client(widgets, server) as client,
        pytest.raises(APIResponseValidationError, match="another server"),
    ):
        list(client.iter_list_widgets(page_size=10))
    assert len(server.requests) == 1


def test_an_error_on_a_later_page_is_raised_typed(widgets: ModuleType) -> None:
    server = PagedServer(30, 10)
    with _client(widgets, server) as client, pytest.raises(NotFoundError):
        list(client.iter_list_widgets(page=9))


async def test_async_iterators_match_the_sync_ones(widgets: ModuleType) -> None:
    server = PagedServer(57, 8)
    async with widgets.client.AsyncWidgetsClient(
        base_url=BASE, transport=httpx.MockTransport(server)
    ) as client:
        items = [w.widget_id async for w in client.iter_list_widgets(page_size=8)]
        pages = [p async for p in client.list_parts_pages()]
    assert items == [f"w{i}" for i in range(57)]
    assert sum(len(p.items) for p in pages) == 57
    assert len(server.requests) == 2 * math.ceil(57 / 8)
