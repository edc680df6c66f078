"""Failures: retries only where the spec allows them, partial writes reported item by item, the
active-event cap, and the bound on requests in flight."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pandas as pd
import pytest
from iotticket_support import PUMP_A

from iotclients.core.errors import InvalidArgumentError, ServiceUnavailableError
from iotclients.iotticket import IoTTicketClient
from iotclients.iotticket._runner import Parallel, Step, drive, drive_async
from iotclients_sandbox import Sandbox
from iotclients_sandbox.faults import Fault


def test_reads_are_retried_and_commands_are_not(client: IoTTicketClient, sandbox: Sandbox) -> None:
    client.get_assets()  # token and a first call out of the way
    sandbox.app.faults.script(Fault.status(503))
    assert client.get_device("scale-01").id == "scale-01"
    assert sandbox.journal.count("read_device") == 2
    command = {"template_variables": {"VAL_bar": 1}, "names_path": [*PUMP_A, "Setpoint"]}
    client.send_command(**command)  # snapshot and attribute list cached before the fault
    sandbox.app.faults.script(Fault.status(503))
    with pytest.raises(ServiceUnavailableError):
        client.send_command(**command)
    assert sandbox.journal.count("create_command") == 2  # the refused one was sent once


def test_static_writes_report_each_item(client: IoTTicketClient) -> None:
    result = client.write_static(
        [11.0, 42.0], names_path=PUMP_A, attribute_names=["Rated power", "Serial number"]
    )
    assert not result.ok
    assert result.accepted_items == (0,) and result.failed_items == (1,)
    assert result.requests[1].error is not None and result.requests[1].error.status_code == 400


def test_refused_telemetry_requests_keep_their_rows(client: IoTTicketClient, sandbox: Sandbox) -> None:
    data = pd.DataFrame({"timestamp": list(range(600)), "pressure": [float(i) for i in range(600)]})
    sandbox.app.faults.script(Fault.status(403))  # not retried: refused for good
    result = client.write_telemetry(data, "press-a-01", "press-a-01", "press-a-pass")
    assert len(result.requests) > 1 and len(result.errors) == 1
    assert sorted(result.accepted_items + result.failed_items) == list(range(600))


def test_active_event_count_is_capped() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(
                200, json={"access_token": "t" * 20, "token_type": "Bearer", "expires_in": 3600}
            )
        return httpx.Response(200, json={"count": 10_001})

    with (
        IoTTicketClient(
            "id", "secret", organization_id="org", transport=httpx.MockTransport(respond)
        ) as client,
        pytest.raises(InvalidArgumentError, match="10000"),
    ):
        _ = client.asset_event_active_count


def test_parallel_steps_stay_within_their_bound() -> None:
    lock = threading.Lock()
    state = {"now": 0, "most": 0}

    def call(step: Step) -> Any:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.005)
        with lock:
            state["now"] -= 1
        return step.kwargs["i"]

    def plan() -> Any:
        return (yield Parallel([Step("x", i=i) for i in range(24)], 3))

    assert drive(plan(), call) == list(range(24))
    assert state["most"] == 3

    async def acall(step: Step) -> Any:
        state["now"] += 1
        state["most"] = max(state["most"], state["now"])
        await asyncio.sleep(0.002)
        state["now"] -= 1
        return step.kwargs["i"]

    state["most"] = 0
    assert asyncio.run(drive_async(plan(), acall)) == list(range(24))
    assert state["most"] == 3


def test_seed_scripts_test_writes_by_truth(client: IoTTicketClient) -> None:
    """The seed's ``if client.write_...(...):`` and ``write_static``'s ``[bool]`` still read right."""
    rows = [{"timestamp": 0, "pressure": 1.0}]
    good, bad = ("press-a-01", "press-a-01", "press-a-pass"), ("press-a-01", "press-a-01", "wrong-pass")
    writes: list[tuple[str, tuple[Any, ...]]] = [
        ("write_telemetry", (rows,)),
        ("write_timesignals", ({"ts": [{"n": "vibration", "ts": 0, "id": "v1", "value": {}}]},)),
        ("write_device_events", ({"e": [{"id": "E", "m": "m", "ts": 0}]},)),
    ]
    for method, (payload,) in writes:
        first = (payload, *good) if method == "write_telemetry" else (*good, payload)
        refused = (payload, *bad) if method == "write_telemetry" else (*bad, payload)
        assert getattr(client, method)(*first), method
        outcome = getattr(client, method)(*refused)
        assert not outcome and list(outcome) == [False], method
    static = client.write_static(
        [11.0, 42.0], names_path=PUMP_A, attribute_names=["Rated power", "Serial number"]
    )
    assert not static and list(static) == [True, False]  # the seed's [bool], one per value
    assert client.write_static([12.0], names_path=PUMP_A, attribute_names=["Rated power"])


def test_device_writes_carry_the_devices_password_and_a_refused_one_is_not_resent(
    client: IoTTicketClient, sandbox: Sandbox
) -> None:
    from iotclients.core.errors import AuthenticationError

    data = pd.DataFrame({"timestamp": [0], "pressure": [1.0]})
    assert client.write_telemetry(data, "press-a-01", "press-a-01", "press-a-pass").ok
    fetches = client.token_fetches
    refused = client.write_telemetry(data, "press-a-01", "press-a-01", "wrong-device-password-1234")
    assert not refused.ok and isinstance(refused.errors[0], AuthenticationError)
    # A device password cannot be renewed: one attempt, and the API token is left alone.
    assert sandbox.journal.count("put_device_telemetry") == 2
    assert client.token_fetches == fetches
    client.get_assets()  # the client's own bearer token still works after a device's refusal
