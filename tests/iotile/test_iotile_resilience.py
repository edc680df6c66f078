"""Random fault sequences while paging and uploading: exact attempts, bounded waits, nothing lost.

An in-process transport fails requests in a drawn order (5xx, 429 with Retry-After, dropped
connections) before answering; the client's sleeps are recorded instead of slept.
"""

from __future__ import annotations

import math
from collections import deque

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iotclients.core.errors import APIConnectionError, APIStatusError
from iotclients.core.retry import RetryPolicy
from iotclients.iotile import IOTileClient, upload_streamer_report

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2lnbmF0dXJl"
STREAM = "s--0000-0001--0000-0000-0000-0001--5001"
FAULTS = st.sampled_from(["500", "502", "503", "429", "drop"])
POLICY = RetryPolicy(max_retries=3, initial_backoff=0.25, max_backoff=2.0, max_retry_after=5.0)


class FlakyServer:
    """Pages of ``count`` points; before each answer, the next scripted faults (if any) happen."""

    def __init__(self, count: int, page_size: int, faults: list[list[str]]) -> None:
        self.count, self.page_size = count, page_size
        self.faults = deque(deque(per_page) for per_page in faults)
        self.current: deque[str] | None = None
        self.attempts = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        page = int(request.url.params.get("page", "1"))
        if self.current is None:
            self.current = self.faults.popleft() if self.faults else deque()
        if self.current:
            fault = self.current.popleft()
            if fault == "drop":
                raise httpx.RemoteProtocolError("connection dropped", request=request)
            headers = {"Retry-After": "1"} if fault == "429" else {}
            return httpx.Response(int(fault), json={"detail": f"fault {fault}"}, headers=headers)
        self.current = None
        pages = max(1, math.ceil(self.count / self.page_size))
        start = (page - 1) * self.page_size
        rows = [
            {"timestamp": "2026-01-01T00:00:00Z", "int_value": i, "value": float(i)}
            for i in range(start, min(start + self.page_size, self.count))
        ]
        following = str(request.url.copy_set_param("page", page + 1)) if page < pages else None
        return httpx.Response(200, json={"count": self.count, "next": following, "results": rows})


def _client(server: FlakyServer, sleeps: list[float]) -> IOTileClient:
    client = IOTileClient(
        TOKEN, base_url="https://iotile.test", transport=httpx.MockTransport(server), retry=POLICY
    )
    client._sleep = sleeps.append  # type: ignore[method-assign]  # record, do not wait
    return client


@settings(max_examples=60, deadline=None)
@given(
    count=st.integers(1, 60),
    page_size=st.integers(1, 12),
    faults=st.lists(st.lists(FAULTS, max_size=3), max_size=8),
)
def test_pages_survive_up_to_max_retries_faults_each(
    count: int, page_size: int, faults: list[list[str]]
) -> None:
    pages = math.ceil(count / page_size)
    faults = faults[:pages]
    server = FlakyServer(count, page_size, faults)
    sleeps: list[float] = []
    with _client(server, sleeps) as client:
        values = [p.int_value for p in client.iter_list_stream_data(STREAM)]
    injected = sum(len(per_page) for per_page in faults)
    assert values == list(range(count))
    assert server.attempts == pages + injected
    assert len(sleeps) == injected
    retry_afters = sum(per_page.count("429") for per_page in faults)
    assert sum(1 for s in sleeps if s == 1.0) >= retry_afters  # Retry-After obeyed
    assert all(0 <= s <= max(POLICY.max_backoff, 1.0) for s in sleeps)


@settings(max_examples=30, deadline=None)
@given(extra=st.lists(FAULTS, min_size=4, max_size=6))
def test_a_page_failing_more_than_max_retries_raises_the_last_error(extra: list[str]) -> None:
    server = FlakyServer(5, 5, [extra])
    sleeps: list[float] = []
    with _client(server, sleeps) as client, pytest.raises((APIStatusError, APIConnectionError)):
        list(client.iter_list_stream_data(STREAM))
    assert server.attempts == POLICY.max_retries + 1 and len(sleeps) == POLICY.max_retries


@pytest.mark.parametrize("fault", ["500", "503", "drop"])
def test_uploads_are_sent_once_whatever_fails(fault: str) -> None:
    server = FlakyServer(0, 1, [[fault]])
    sleeps: list[float] = []
    with _client(server, sleeps) as client, pytest.raises((APIStatusError, APIConnectionError)):
        upload_streamer_report(client, b"{}", filename="r.json", timestamp="2026-01-01T00:00:00Z")
    assert server.attempts == 1 and sleeps == []
