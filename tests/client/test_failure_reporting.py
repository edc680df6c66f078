"""What a user reads when something fails: whether resending is safe, and the id to quote."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from oden_testkit import Recorder, json_response, make_client

from iotclients.core.errors import APIConnectionError, InternalServerError
from iotclients.core.retry import RetryPolicy

ROOT = Path(__file__).resolve().parents[2]


def _bulk_create(count: int) -> dict[str, Any]:
    return {
        "type": {"name": "operator id"},
        "line": {"name": "Line 03", "factory": {"name": "Factory A"}},
        "intervals": [{"name": f"op {i}", "start_time": "2026-01-01T00:00:00Z"} for i in range(count)],
    }


def _first_chunk_fails(error: Exception) -> Recorder:
    def respond(request: httpx.Request) -> httpx.Response:
        if len(recorder.requests) == 1:
            raise error
        return json_response(200, [f"id{len(recorder.requests)}-{i}" for i in range(2500)])

    recorder = Recorder(respond)
    return recorder


def test_a_connection_that_never_opened_is_reported_as_safe_to_resend() -> None:
    recorder = _first_chunk_fails(httpx.ConnectError("connection refused"))
    with make_client(recorder, max_retries=0) as client:
        result = client.bulk_set_intervals(_bulk_create(5000))
    assert len(result.ids) == 2500 and len(result.failed) == 2500
    assert all(f.reason.startswith("not sent, safe to send again") for f in result.failed)
    assert isinstance(result.failed[0].error, APIConnectionError)
    assert result.failed[0].error.request_sent is False


def test_a_connection_lost_after_sending_is_reported_as_outcome_unknown() -> None:
    recorder = _first_chunk_fails(httpx.ReadError("connection reset"))
    with make_client(recorder) as client:
        result = client.bulk_set_intervals(_bulk_create(5000))
    assert len(recorder.requests) == 2  # a create is never retried once it may have arrived
    assert [f.index for f in result.failed] == list(range(2500))
    assert all("outcome unknown" in f.reason and "search the range" in f.reason for f in result.failed)
    assert isinstance(result.failed[0].error, APIConnectionError) and result.failed[0].error.request_sent


def test_a_created_chunk_whose_reply_breaks_the_spec_warns_against_resending() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        return json_response(200, {"not": "a list of ids"})

    with make_client(Recorder(respond)) as client:
        result = client.bulk_set_intervals(_bulk_create(3))
    assert len(result.failed) == 3
    assert all("probably written" in f.reason for f in result.failed)


def test_the_internal_error_id_becomes_the_request_id() -> None:
    error_id = str(uuid.uuid4())

    def respond(request: httpx.Request) -> httpx.Response:
        return json_response(500, {"error": "boom", "retryable": False, "id": error_id})

    with (
        make_client(Recorder(respond), max_retries=0) as client,
        pytest.raises(InternalServerError) as caught,
    ):
        client.search_factories({"match": "all"})
    assert caught.value.request_id == error_id
    assert error_id in str(caught.value)


def test_a_retry_policy_given_to_the_client_is_used() -> None:
    calls: list[int] = []

    def respond(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return json_response(503, {"error": "busy", "retryable": True})

    policy = RetryPolicy(max_retries=4, initial_backoff=0.0, max_backoff=0.0)
    with make_client(Recorder(respond), retry=policy) as client, pytest.raises(Exception):
        client.search_factories({"match": "all"})
    assert len(calls) == 5
    assert client.with_options(retry=RetryPolicy(max_retries=0)).options.retry.max_retries == 0


@pytest.mark.parametrize(
    ("arguments", "argument"),
    [({"max_retries": -1}, "max_retries"), ({"initial_backoff": float("nan")}, "initial_backoff")],
)
def test_a_bad_retry_policy_names_the_argument(arguments: dict[str, Any], argument: str) -> None:
    with pytest.raises(ValueError, match=argument):
        RetryPolicy(**arguments)


def test_importing_the_client_loads_no_models_codec_or_bulk_helpers() -> None:
    code = (
        "import sys, iotclients.oden\n"
        "heavy = ['attrs', 'msgspec', 'iotclients.oden.bulk', 'iotclients_generated.oden.models.line',\n"
        "         'iotclients_generated.oden.api.machine_groups.search_lines', 'iotclients.core.log']\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    env = {"PYTHONPATH": f"{ROOT / 'overlays'}:{ROOT / 'generated'}"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"
