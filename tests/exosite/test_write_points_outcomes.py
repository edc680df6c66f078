"""``write_points`` gives every point one of three outcomes — written, rejected (not written,
with the reason) or unknown (sent, no reply) — and the three always add up to the input."""

from __future__ import annotations

import json

import httpx
from exosite_testkit import BASE_URL, CIK, RID, Recorder, ok

from iotclients.core.retry import RetryPolicy
from iotclients.exosite import OnePlatformClient

NO_WAIT = RetryPolicy(max_retries=2, initial_backoff=0.0, max_backoff=0.0)


def test_points_stored_but_unanswered_are_unknown_not_rejected() -> None:
    stored: list[list[int]] = []
    answer = Recorder(ok())
    requests = 0

    def respond(request: httpx.Request) -> httpx.Response:
        nonlocal requests
        requests += 1
        for call in json.loads(request.content)["calls"]:
            stored.extend(call["arguments"][1])
        if requests % 3 == 0:  # the server stored the points, then the reply was lost
            raise httpx.RemoteProtocolError("peer closed the connection", request=request)
        return answer(request)

    points = [[i, i] for i in range(10_000)]
    with OnePlatformClient(
        CIK, base_url=BASE_URL, transport=httpx.MockTransport(respond), retry=NO_WAIT
    ) as one:
        outcome = one.write_points(RID, points, chunk_size=100)

    assert stored == points  # every point reached the server once: nothing was resent
    lost = [i for request in range(3, 101, 3) for i in range((request - 1) * 100, request * 100)]
    assert [p.index for p in outcome.unknown] == lost
    assert all("outcome unknown" in p.status and "read the range" in p.status for p in outcome.unknown)
    assert outcome.rejected == []
    assert outcome.written == 10_000 - len(lost)
    assert outcome.written + len(outcome.rejected) + len(outcome.unknown) == len(points)
    assert not outcome.ok


def test_points_of_a_request_that_never_left_are_rejected_as_safe_to_resend() -> None:
    answer = Recorder(ok())
    attempts = 0

    def respond(request: httpx.Request) -> httpx.Response:
        nonlocal attempts
        attempts += 1
        if 2 <= attempts <= 4:  # the second chunk cannot connect: its first try and both retries
            raise httpx.ConnectError("connection refused", request=request)
        return answer(request)

    with OnePlatformClient(
        CIK, base_url=BASE_URL, transport=httpx.MockTransport(respond), retry=NO_WAIT
    ) as one:
        outcome = one.write_points(RID, [[i, i] for i in range(30)], chunk_size=10)

    assert outcome.unknown == []
    assert attempts == 5
    assert [p.index for p in outcome.rejected] == list(range(10, 20))
    assert all("not sent" in p.status for p in outcome.rejected)
    assert outcome.written + len(outcome.rejected) + len(outcome.unknown) == 30
