"""Both clients, method by method (sdk_calls.SDK_CALLS): each SDK method sends the operations the
table names, returns the typed result it promises, and the blocking and the asyncio client send
the very same requests (method, path, query, body) and return equal results; refusals raise the
same typed error from both."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from iotticket_support import demo_client_kwargs
from sdk_calls import NOW, SDK_CALLS, SDK_ERRORS, Ids, SdkCall, SdkError, demo_ids
from test_iotticket_seed_parity import SIGNATURES

from iotclients.core.model import Model
from iotclients.iotticket import AsyncIoTTicketClient, CommandLogEntry, IoTTicketClient, WriteResult
from iotclients_sandbox import Sandbox
from iotclients_sandbox.iotticket import create_app

Shape = tuple[str, str, tuple[tuple[str, str], ...], Any]


def shape(request: httpx.Request) -> Shape:
    """What a request says on the wire, its credentials and multipart boundary left out."""
    kind = request.headers.get("content-type", "")
    body: Any = request.content
    if kind.startswith("application/json"):
        body = json.loads(request.content)
    elif kind.startswith("application/x-www-form-urlencoded"):
        body = sorted(parse_qsl(request.content.decode()))
    elif kind.startswith("multipart/form-data"):
        boundary = kind.split("boundary=")[1].encode()
        body = request.content.replace(boundary, b"BOUNDARY")
    query = tuple(sorted(parse_qsl(request.url.query.decode(), keep_blank_values=True)))
    return request.method, request.url.path, query, body


class Recording(httpx.BaseTransport):
    def __init__(self, seen: list[Shape]) -> None:
        self._inner = httpx.HTTPTransport()
        self._seen = seen

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self._seen.append(shape(request))
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncRecording(httpx.AsyncBaseTransport):
    def __init__(self, seen: list[Shape]) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._seen = seen

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self._seen.append(shape(request))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.fixture(scope="module")
def fixed_server() -> Iterator[Sandbox]:
    with Sandbox(create_app(validate_responses=True, clock=lambda: NOW), shutdown_timeout=3.0) as server:
        yield server


class Run:
    """One method call by one client on a freshly reset sandbox: its outcome and traffic."""

    def __init__(self, outcome: Any, sends: list[str], requests: list[Shape]) -> None:
        self.outcome = outcome
        self.sends = sends
        self.requests = requests


def run(flavour: str, sandbox: Sandbox, case: SdkCall | SdkError, folder: Path) -> Run:
    sandbox.reset()
    ids = demo_ids(sandbox)
    args, kwargs = case.arguments(ids, folder)
    seen: list[Shape] = []
    outcome: Any
    try:
        if flavour == "sync":
            outcome = _sync_call(sandbox, case, args, kwargs, seen)
        else:
            outcome = asyncio.run(_async_call(sandbox, case, args, kwargs, seen))
    except Exception as exc:  # compared by the caller
        outcome = exc
    assert not sandbox.violations.items, sandbox.violations.items
    sends = [e.operation for e in sandbox.journal.entries() if e.operation != "create_token"]
    return Run(outcome, sends, [s for s in seen if s[1] != "/oauth2/token"])


def _sync_call(
    sandbox: Sandbox,
    case: SdkCall | SdkError,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    seen: list[Shape],
) -> Any:
    with IoTTicketClient(**demo_client_kwargs(sandbox.url), transport=Recording(seen)) as client:
        if isinstance(case, SdkCall) and case.is_property:
            return getattr(client, case.method)
        return getattr(client, case.method)(*args, **kwargs)


async def _async_call(
    sandbox: Sandbox,
    case: SdkCall | SdkError,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    seen: list[Shape],
) -> Any:
    async with AsyncIoTTicketClient(
        **demo_client_kwargs(sandbox.url), transport=AsyncRecording(seen)
    ) as client:
        if isinstance(case, SdkCall) and case.is_property:
            return await getattr(client, case.method)
        return await getattr(client, case.method)(*args, **kwargs)


def plain(value: Any) -> Any:
    """Results as comparable plain data (models and records as their dicts)."""
    if isinstance(value, Model | CommandLogEntry):
        return plain(value.to_dict())
    if isinstance(value, WriteResult):
        reports = [(r.target, r.items, r.body_bytes, type(r.error).__name__) for r in value.requests]
        return bool(value), sorted(reports), value.dropped
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


@pytest.mark.parametrize("case", SDK_CALLS, ids=[c.method for c in SDK_CALLS])
def test_sdk_method_on_both_clients(
    case: SdkCall, fixed_server: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    runs = {flavour: run(flavour, fixed_server, case, tmp_path) for flavour in ("sync", "async")}
    ids: Ids = demo_ids(fixed_server)
    for flavour, done in runs.items():
        assert not isinstance(done.outcome, Exception), (flavour, done.outcome)
        assert tuple(done.sends) == case.sends, flavour
        case.check(done.outcome, ids)
    # Parallel requests may leave in any order; what is sent, and what comes back, may not differ.
    assert sorted(runs["sync"].requests, key=repr) == sorted(runs["async"].requests, key=repr)
    assert plain(runs["sync"].outcome) == plain(runs["async"].outcome)
    if case.method == "print_asset_tree":
        assert capsys.readouterr().out.splitlines() == ["Hydraulics", "    Pump"] * 2


@pytest.mark.parametrize("case", SDK_ERRORS, ids=[f"{c.method}-{c.error.__name__}" for c in SDK_ERRORS])
def test_sdk_refusal_on_both_clients(case: SdkError, fixed_server: Sandbox, tmp_path: Path) -> None:
    runs = {flavour: run(flavour, fixed_server, case, tmp_path) for flavour in ("sync", "async")}
    for flavour, done in runs.items():
        assert type(done.outcome) is case.error, (flavour, done.outcome)
        assert tuple(done.sends) == case.sends, flavour
    assert runs["sync"].requests == runs["async"].requests
    assert str(runs["sync"].outcome) == str(runs["async"].outcome)


def test_the_table_covers_every_sdk_method() -> None:
    covered = {c.method for c in SDK_CALLS} | {c.method for c in SDK_ERRORS}
    assert set(SIGNATURES) | {"asset_event_active_count", "analytics_items_count"} <= covered
