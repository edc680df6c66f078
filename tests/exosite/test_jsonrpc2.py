"""The JSON-RPC engine speaks standard JSON-RPC 2.0 too: batch arrays, ids, typed errors, auth in headers."""

from __future__ import annotations

import json
import random
from typing import Any, ClassVar

import httpx
import pytest

from iotclients.core import errors
from iotclients.core.jsonrpc import Envelope, Procedure, RpcParam
from iotclients.core.rpc_client import AsyncRPCClient, Batch, SyncRPCClient
from iotclients.core.rpc_errors import CallError, RequestRejectedError
from iotclients.core.security import SecurityScheme

ADD = Procedure(
    "add", "math.add", (RpcParam("a", lambda: int), RpcParam("b", lambda: int)), lambda: int, True
)
LOG = Procedure("log", "log.append", (RpcParam("line", lambda: str),), None, False)
BEARER = SecurityScheme("bearer", "http", scheme="bearer")
ENVELOPE = Envelope("jsonrpc2", "/rpc", statuses={}, security=((BEARER,),))


class Calculator(SyncRPCClient):
    _envelope: ClassVar[Envelope] = ENVELOPE

    def _credential_providers(self) -> dict[str, str]:
        return {"bearer": "calc-token-123"}

    def add(self, a: int, b: int) -> int:
        result: int = self._rpc(ADD, (a, b), None, False)
        return result


class AsyncCalculator(AsyncRPCClient):
    _envelope: ClassVar[Envelope] = ENVELOPE

    def _credential_providers(self) -> dict[str, Any]:
        async def token() -> str:  # a provider that would fetch with I/O
            return "calc-token-async"

        return {"bearer": token}


def server(seen: list[Any]) -> httpx.MockTransport:
    def respond(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append((dict(request.headers), body))
        replies = []
        for call in body:
            if call["method"] == "math.add":
                a, b = call["params"]
                replies.append({"jsonrpc": "2.0", "id": call["id"], "result": a + b})
            elif call["method"] == "log.append":
                replies.append(
                    {"jsonrpc": "2.0", "id": call["id"], "error": {"code": -32602, "message": "bad line"}}
                )
            else:
                replies.append(
                    {"jsonrpc": "2.0", "id": call["id"], "error": {"code": -32601, "message": "no method"}}
                )
        random.Random(1).shuffle(replies)
        return httpx.Response(200, json=replies)

    return httpx.MockTransport(respond)


def test_a_call_travels_as_a_jsonrpc_2_batch_with_auth_in_headers() -> None:
    seen: list[Any] = []
    with Calculator(base_url="https://calc.example", transport=server(seen)) as calc:
        assert calc.add(2, 3) == 5
    headers, body = seen[0]
    assert body == [{"jsonrpc": "2.0", "id": 0, "method": "math.add", "params": [2, 3]}]
    assert headers["authorization"] == "Bearer calc-token-123"


def test_batched_results_are_matched_by_id_and_errors_typed() -> None:
    seen: list[Any] = []
    calc = Calculator(base_url="https://calc.example", transport=server(seen), max_calls_per_request=4)
    with calc, Batch(calc) as batch:
        sums = [batch._add(ADD, (i, i)) for i in range(6)]
        bad = batch._add(LOG, ("x",))
    assert [len(body) for _, body in seen] == [4, 3]
    assert [p.result() for p in sums] == [2 * i for i in range(6)]
    assert isinstance(bad.error, CallError)
    assert isinstance(bad.error, errors.BadRequestError)
    assert bad.error.error == {"code": 400, "message": "bad line", "rpc_code": -32602}


def test_an_unknown_method_is_not_found_and_a_request_error_is_rejected() -> None:
    unknown = Procedure("nope", "no.such", (), lambda: int, True)
    with (
        Calculator(base_url="https://calc.example", transport=server([])) as calc,
        pytest.raises(errors.NotFoundError),
    ):
        calc._rpc(unknown, (), None, False)
    refused = httpx.MockTransport(
        lambda request: httpx.Response(
            200, json={"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "parse error"}}
        )
    )
    with (
        Calculator(base_url="https://calc.example", transport=refused) as calc,
        pytest.raises(RequestRejectedError) as caught,
    ):
        calc.add(1, 1)
    assert isinstance(caught.value, errors.BadRequestError)


def test_arguments_are_checked_before_sending() -> None:
    seen: list[Any] = []
    with (
        Calculator(base_url="https://calc.example", transport=server(seen)) as calc,
        pytest.raises(errors.InvalidArgumentError) as caught,
    ):
        calc.add("two", 3)  # type: ignore[arg-type]
    assert caught.value.argument == "a"
    assert seen == []


async def test_the_async_client_batches_the_same_way() -> None:
    seen: list[Any] = []

    async def respond(request: httpx.Request) -> httpx.Response:
        return server(seen).handle_request(request)

    async with (
        AsyncCalculator(base_url="https://calc.example", transport=httpx.MockTransport(respond)) as calc,
        Batch(calc) as batch,
    ):
        first, second = batch._add(ADD, (1, 2)), batch._add(ADD, (3, 4))
    assert (first.result(), second.result()) == (3, 7)
    assert len(seen) == 1
