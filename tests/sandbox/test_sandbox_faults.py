"""Fault injection: scripted faults exactly in order, seeded randomness reproducible, real drops."""

from __future__ import annotations

import asyncio
import logging
import time

import httpx
import pytest
from sandbox_support import ok

from iotclients_sandbox import Fault, FaultController, FaultKind
from iotclients_sandbox.faults import FaultMiddleware

SEARCH = ("/v2/factory/search", {"match": "all"})


def _outcome(client: httpx.Client) -> str:
    try:
        response = client.post(*SEARCH[:1], json=SEARCH[1])
    except httpx.TransportError as exc:
        return type(exc).__name__
    return str(response.status_code)


# -- the controller alone ----------------------------------------------------------------------


def test_script_is_consumed_in_order_before_random_faults():
    controller = FaultController(error_rate=1.0, error_statuses=[502])
    controller.script(Fault.ok(), Fault.drop())
    assert [controller.next_fault().kind for _ in range(3)] == [
        FaultKind.OK,
        FaultKind.DROP,
        FaultKind.STATUS,
    ]
    assert controller.pending == 0
    assert controller.applied == {"ok": 1, "drop": 1, "status": 1}


def test_seeded_sequences_repeat():
    def sequence(seed: int) -> list[Fault]:
        controller = FaultController(error_rate=0.3, rate_limit_rate=0.2, drop_rate=0.1, seed=seed)
        return [controller.next_fault() for _ in range(200)]

    assert sequence(7) == sequence(7)
    assert sequence(7) != sequence(8)
    kinds = {fault.kind for fault in sequence(7)}
    assert kinds == {FaultKind.OK, FaultKind.STATUS, FaultKind.RATE_LIMIT, FaultKind.DROP}


def test_reseeding_restarts_the_sequence():
    controller = FaultController(error_rate=0.5, seed=1)
    first = [controller.next_fault() for _ in range(20)]
    controller.configure(seed=1)
    assert [controller.next_fault() for _ in range(20)] == first


@pytest.mark.parametrize(
    "settings",
    [
        {"error_rate": 1.5},
        {"error_rate": 0.6, "drop_rate": 0.6},
        {"error_statuses": [200]},
        {"latency_ms": -1},
    ],
)
def test_invalid_settings_are_refused(settings):
    with pytest.raises(ValueError):
        FaultController(**settings)


def test_fault_constructors_and_json_round_trip():
    assert Fault.status(429) == Fault.rate_limit()
    with pytest.raises(ValueError):
        Fault.status(200)
    for fault in (Fault.ok(delay=0.5), Fault.status(503), Fault.rate_limit(retry_after=2), Fault.drop()):
        assert Fault.from_json(fault.to_json()) == fault
    with pytest.raises(ValueError):
        Fault.from_json({"kind": "explode"})


def test_latency_is_applied_exactly():
    delays: list[float] = []

    async def record(seconds: float) -> None:
        delays.append(seconds)

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    controller = FaultController(latency_ms=250)
    controller.script(Fault.ok(delay=1.0))
    middleware = FaultMiddleware(app, controller, sleep=record)

    async def call() -> None:
        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):
            return None

        await middleware({"type": "http", "method": "POST", "path": "/"}, receive, send)

    asyncio.run(call())
    asyncio.run(call())
    assert delays == [1.25, 0.25]


# -- over a real server --------------------------------------------------------------------------


def test_scripted_sequence_is_observed_exactly(client, oden):
    oden.faults.script(Fault.status(503), Fault.rate_limit(retry_after=2), Fault.drop(), Fault.ok())
    outcomes = [_outcome(client) for _ in range(5)]
    assert outcomes == ["503", "429", "RemoteProtocolError", "200", "200"]
    assert [entry.fault for entry in oden.journal.entries()] == ["status", "rate_limit", "drop", "ok", "ok"]
    assert oden.journal.count("search_factories") == 5


def test_rate_limit_carries_retry_after(client, oden):
    oden.faults.script(Fault.rate_limit(retry_after=2), Fault.rate_limit(retry_after=0.2))
    first = client.post(SEARCH[0], json=SEARCH[1])
    second = client.post(SEARCH[0], json=SEARCH[1])
    assert (first.status_code, first.headers["Retry-After"]) == (429, "2")
    assert second.headers["Retry-After"] == "1"  # whole seconds, rounded up
    assert first.json() == {"error": "injected fault: HTTP 429", "retryable": True}


def test_injected_errors_use_the_vendor_error_shapes(client, oden):
    oden.faults.script(Fault.status(500), Fault.status(503))
    internal = client.post(SEARCH[0], json=SEARCH[1])
    assert internal.status_code == 500
    assert set(internal.json()) == {"error", "retryable", "id"}
    unavailable = client.post(SEARCH[0], json=SEARCH[1])
    assert unavailable.json()["retryable"] is True


def test_seeded_random_faults_reproduce_over_http(client, oden):
    def run() -> list[str]:
        oden.reset()
        oden.faults.configure(error_rate=0.25, rate_limit_rate=0.15, drop_rate=0.1, retry_after=0, seed=42)
        return [_outcome(client) for _ in range(40)]

    first = run()
    assert first == run()
    assert {"200", "429", "RemoteProtocolError"} <= set(first)
    assert {"500", "502", "503"} & set(first)


def test_drop_breaks_the_connection_and_the_server_carries_on(client, oden, caplog):
    oden.faults.script(Fault.drop())
    with caplog.at_level(logging.ERROR), pytest.raises(httpx.RemoteProtocolError):
        client.post(SEARCH[0], json=SEARCH[1])
    assert ok(client.post(SEARCH[0], json=SEARCH[1]))
    # The deliberate disconnect leaves no traceback in the server log.
    assert not [record for record in caplog.records if record.name.startswith("uvicorn")]


def test_latency_over_http_is_bounded(client, oden):
    oden.faults.configure(latency_ms=200)
    started = time.monotonic()
    ok(client.post(SEARCH[0], json=SEARCH[1]))
    elapsed = time.monotonic() - started
    assert 0.2 <= elapsed < 2.0


def test_faults_skip_admin_routes(oden):
    oden.faults.configure(error_rate=1.0)
    response = httpx.get(oden.url + "/_sandbox/health")
    assert response.status_code == 200
    assert oden.faults.applied == {}
