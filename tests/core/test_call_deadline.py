"""``timeout`` bounds each attempt end to end, ``deadline`` bounds a whole call, for every vendor.

A loopback peer sends one byte every half second, of the headers or of the body: each read
succeeds well within any read timeout, so only an end-to-end bound stops the call. The bounds
asserted are generous (timeout x attempts + backoff + slack) next to the tens of seconds such a
call took when only httpx's per-read timeouts applied.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from iotclients.core.errors import APITimeoutError, InvalidArgumentError
from tests.core.trickle_server import Mode, trickling

SLACK = 1.5  # scheduling on a loaded 2-core machine, thread start-up, the last trickled byte
SEARCH_BODY = {"name": "Line 01", "factory": {"name": "Factory A"}}
CIK = "a" * 40


def _sync_call(vendor: str, url: str, **options: Any) -> Callable[[], Any]:
    if vendor == "oden":
        from iotclients.oden import OdenClient

        oden = OdenClient("oden-test-key-7f3a9c1e5b", base_url=url, **options)
        return lambda: oden.search_lines(SEARCH_BODY)
    if vendor == "iotile":
        from iotclients.iotile import IOTileClient

        iotile = IOTileClient(base_url=url, **options)
        return lambda: iotile.login(email="ops@example.com", password="pw-0123456789")
    if vendor == "iotticket":
        from iotclients.iotticket import IoTTicketClient

        ticket = IoTTicketClient(
            "client-1", "secret-0123456789", organization_id="org-1", base_url=url, **options
        )
        return lambda: ticket.list_analytics_items("org-1")
    from iotclients.exosite import OnePlatformClient

    one = OnePlatformClient(CIK, base_url=url, **options)
    return lambda: one.info({"alias": ""})


def _async_call(vendor: str, url: str, **options: Any) -> Callable[[], Awaitable[Any]]:
    if vendor == "oden":
        from iotclients.oden import AsyncOdenClient

        oden = AsyncOdenClient("oden-test-key-7f3a9c1e5b", base_url=url, **options)
        return lambda: oden.search_lines(SEARCH_BODY)
    if vendor == "iotile":
        from iotclients.iotile import AsyncIOTileClient

        iotile = AsyncIOTileClient(base_url=url, **options)
        return lambda: iotile.login(email="ops@example.com", password="pw-0123456789")
    if vendor == "iotticket":
        from iotclients.iotticket import AsyncIoTTicketClient

        ticket = AsyncIoTTicketClient(
            "client-1", "secret-0123456789", organization_id="org-1", base_url=url, **options
        )
        return lambda: ticket.list_analytics_items("org-1")
    from iotclients.exosite import AsyncOnePlatformClient

    one = AsyncOnePlatformClient(CIK, base_url=url, **options)
    return lambda: one.info({"alias": ""})


VENDORS = ["oden", "iotile", "iotticket", "exosite"]
MODES: list[Mode] = ["headers", "body"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_trickling_peer_trips_the_timeout_of_a_sync_call(vendor: str, mode: Mode) -> None:
    with trickling(mode) as server:
        call = _sync_call(vendor, server.url, timeout=1, max_retries=0)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            call()
        assert time.monotonic() - started < 1 + SLACK
        assert server.connections == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", VENDORS)
async def test_a_trickling_peer_trips_the_timeout_of_an_async_call(vendor: str, mode: Mode) -> None:
    with trickling(mode) as server:
        call = _async_call(vendor, server.url, timeout=1, max_retries=0)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await call()
        assert time.monotonic() - started < 1 + SLACK
        assert server.connections == 1


def test_every_attempt_is_bounded_and_retries_are_counted() -> None:
    from iotclients.oden import OdenClient

    with trickling("headers") as server:
        oden = OdenClient("oden-test-key-7f3a9c1e5b", base_url=server.url, timeout=1, max_retries=2)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            oden.search_lines(SEARCH_BODY)
        # Three attempts of at most 1 s, two backoff waits of at most 0.5 s and 1 s.
        assert time.monotonic() - started < 3 * 1 + 1.5 + SLACK
        assert server.connections == 3


def test_a_deadline_bounds_all_attempts_and_waits_together() -> None:
    from iotclients.oden import OdenClient

    with trickling("body") as server:
        oden = OdenClient("oden-test-key-7f3a9c1e5b", base_url=server.url, timeout=2, max_retries=5)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            oden.with_options(deadline=1.5).search_lines(SEARCH_BODY)
        assert time.monotonic() - started < 1.5 + SLACK
        assert 1 <= server.connections <= 2


async def test_a_deadline_bounds_an_async_call_too() -> None:
    from iotclients.oden import AsyncOdenClient

    with trickling("headers") as server:
        oden = AsyncOdenClient("oden-test-key-7f3a9c1e5b", base_url=server.url, timeout=2, max_retries=5)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await oden.with_options(deadline=1.5).search_lines(SEARCH_BODY)
        assert time.monotonic() - started < 1.5 + SLACK


@pytest.mark.parametrize("deadline", [0, -1, float("nan"), float("inf"), "5", True])
def test_a_deadline_must_be_a_finite_positive_number(deadline: Any) -> None:
    from iotclients.oden import OdenClient

    oden = OdenClient("oden-test-key-7f3a9c1e5b", base_url="http://127.0.0.1:9")
    with pytest.raises(InvalidArgumentError, match="deadline"):
        oden.with_options(deadline=deadline)


def test_a_body_trickle_is_bounded_on_a_transport_of_the_callers_own() -> None:
    import httpx

    from iotclients.oden import OdenClient

    with trickling("body") as server:
        oden = OdenClient(
            "oden-test-key-7f3a9c1e5b",
            base_url=server.url,
            timeout=1,
            max_retries=0,
            transport=httpx.HTTPTransport(),
        )
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            oden.search_lines(SEARCH_BODY)
        assert time.monotonic() - started < 1 + SLACK


def test_a_retry_that_would_start_after_the_deadline_is_not_made() -> None:
    import httpx

    from iotclients.core.errors import ServiceUnavailableError
    from iotclients.oden import OdenClient

    requests: list[httpx.Request] = []
    waits: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(503, json={"error": "busy"}, headers={"Retry-After": "5"})

    oden = OdenClient(
        "oden-test-key-7f3a9c1e5b", base_url="https://oden.example", transport=httpx.MockTransport(handler)
    )
    oden._sleep = waits.append  # type: ignore[method-assign]
    with pytest.raises(ServiceUnavailableError):
        oden.with_options(deadline=2).search_lines(SEARCH_BODY)
    assert len(requests) == 1  # the server asked for 5 s; the call had 2
    assert waits == []
