"""Parameters on the wire: RFC 3339 times, JSON booleans, and path segments that stay segments."""

from __future__ import annotations

import datetime
from types import ModuleType
from typing import Any

import httpx
import pytest

from iotclients.core.errors import InvalidArgumentError


def _recording_client(widgets: ModuleType, seen: list[httpx.Request]) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"widgetId": "w"})

    transport = httpx.MockTransport(handle)
    return widgets.client.WidgetsClient(base_url="https://widgets.test", transport=transport)


def test_datetimes_in_query_parameters_are_rfc_3339(widgets: ModuleType) -> None:
    seen: list[httpx.Request] = []
    when = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    with _recording_client(widgets, seen) as client:
        client.upload_report({"file": b"x"}, "w", when)  # type: ignore[arg-type]
    assert seen[0].url.params["timestamp"] == "2026-01-02T03:04:05+00:00"


@pytest.mark.parametrize("segment", [".", ".."])
def test_dot_segments_are_refused_as_path_parameters(widgets: ModuleType, segment: str) -> None:
    seen: list[httpx.Request] = []
    with _recording_client(widgets, seen) as client, pytest.raises(InvalidArgumentError) as caught:
        client.export_widget(segment)
    assert caught.value.argument == "widget_id"
    assert "'.' or '..'" in str(caught.value)
    assert seen == []


def test_other_path_parameters_are_escaped_whole(widgets: ModuleType) -> None:
    seen: list[httpx.Request] = []
    with _recording_client(widgets, seen) as client:
        client.upload_report({"file": b"x"}, "a/../b?c", "t")
    assert seen[0].url.raw_path.startswith(b"/widgets/a%2F..%2Fb%3Fc/report")


def test_a_closed_client_says_so_with_a_typed_error(widgets: ModuleType) -> None:
    from iotclients.core.errors import APIConnectionError

    seen: list[httpx.Request] = []
    client = _recording_client(widgets, seen)
    client.close()
    with pytest.raises(APIConnectionError, match="the client is closed") as caught:
        client.export_widget("w1")
    assert caught.value.request_sent is False
    assert seen == []


async def test_a_closed_async_client_says_so_with_a_typed_error(widgets: ModuleType) -> None:
    from iotclients.core.errors import APIConnectionError

    client = widgets.client.AsyncWidgetsClient(
        base_url="https://widgets.test", transport=httpx.MockTransport(lambda r: httpx.Response(200))
    )
    await client.close()
    with pytest.raises(APIConnectionError, match="the client is closed"):
        await client.export_widget("w1")
