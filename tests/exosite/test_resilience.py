"""Random fault sequences: exact attempt counts, no resend of unsafe calls, nothing lost or doubled."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from exosite_testkit import BASE_URL, CIK, PROPERTY_SETTINGS, RID
from hypothesis import given
from hypothesis import strategies as st

from iotclients.core import errors
from iotclients.core.retry import RetryPolicy
from iotclients.exosite import OnePlatformClient

RETRIES = 3
POLICY = RetryPolicy(max_retries=RETRIES, initial_backoff=0.0, max_backoff=0.0)
OUTCOMES = st.lists(st.sampled_from(["ok", "503", "429", "drop", "refused"]), min_size=1, max_size=6)


def scripted(script: list[str], seen: list[Any]) -> httpx.MockTransport:
    def respond(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append(body)
        outcome = script[len(seen) - 1] if len(seen) <= len(script) else "ok"
        if outcome == "503":
            return httpx.Response(503)
        if outcome == "429":
            return httpx.Response(429, headers={"Retry-After": "0"})
        if outcome == "drop":
            raise httpx.ReadError("connection dropped mid-reply")
        if outcome == "refused":
            raise httpx.ConnectError("connection refused")
        return httpx.Response(
            200, json=[{"id": c["id"], "status": "ok", "result": [[1, 2]]} for c in body["calls"]]
        )

    return httpx.MockTransport(respond)


def first_ok(script: list[str], retry_refused_only: bool) -> int | None:
    """The attempt (1-based) that succeeds, or None when the call gives up first."""
    for attempt, outcome in enumerate([*script, "ok"][: RETRIES + 1], start=1):
        if outcome == "ok":
            return attempt
        if retry_refused_only and outcome != "refused":
            return None
    return None


@PROPERTY_SETTINGS
@given(script=OUTCOMES)
def test_reads_are_retried_until_success_or_the_retries_run_out(script: list[str]) -> None:
    seen: list[Any] = []
    with OnePlatformClient(CIK, base_url=BASE_URL, transport=scripted(script, seen), retry=POLICY) as one:
        expected = first_ok(script, retry_refused_only=False)
        if expected is None:
            with pytest.raises(errors.APIError):
                one.read(RID)
            assert len(seen) == RETRIES + 1
        else:
            assert one.read(RID) == [(1, 2)]
            assert len(seen) == expected
    # A retry resends the very same request: one call, one id, whatever the number of attempts.
    assert len({call["id"] for body in seen for call in body["calls"]}) == 1


@PROPERTY_SETTINGS
@given(script=OUTCOMES)
def test_writes_are_resent_only_when_the_request_never_left(script: list[str]) -> None:
    seen: list[Any] = []
    with OnePlatformClient(CIK, base_url=BASE_URL, transport=scripted(script, seen), retry=POLICY) as one:
        expected = first_ok(script, retry_refused_only=True)
        if expected is None:
            with pytest.raises(errors.APIError) as caught:
                one.write(RID, 1.5)
            given_up_on = script[len(seen) - 1]
            if given_up_on == "drop":
                assert isinstance(caught.value, errors.APIConnectionError) and caught.value.request_sent
        else:
            one.write(RID, 1.5)
            assert len(seen) == expected
    # Only refused connections (the request provably never left) were followed by another attempt.
    assert all(outcome == "refused" for outcome in script[: len(seen) - 1])
