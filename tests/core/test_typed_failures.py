"""Every transport and decoding failure surfaces as an error of the typed hierarchy.

A reply nested 100,000 deep exceeds what a decoder can recurse into: it is an
``APIResponseValidationError`` for that request only (other requests of an Exosite batch still
get their results), never a ``RecursionError`` that aborts the whole call.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from iotclients.core.errors import APIConnectionError, APIResponseValidationError, BadRequestError

DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
CIK = "b" * 40


def _oden(handler: Any) -> Any:
    from iotclients.oden import OdenClient

    return OdenClient(
        "oden-test-key-7f3a9c1e5b",
        base_url="https://oden.example",
        transport=httpx.MockTransport(handler),
        max_retries=0,
    )


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["arrays", "objects"])
@pytest.mark.parametrize("status", [200, 400])
def test_a_deeply_nested_oden_reply_is_typed(body: bytes, status: int) -> None:
    client = _oden(
        lambda request: httpx.Response(status, content=body, headers={"content-type": "application/json"})
    )
    expected = APIResponseValidationError if status == 200 else BadRequestError
    with pytest.raises(expected) as caught:
        client.search_lines({"name": "Line 01", "factory": {"name": "Factory A"}})
    if status == 400:
        assert caught.value.error is None  # kept raw: the body cannot be parsed into the error model


def test_a_deeply_nested_exosite_reply_fails_only_its_own_request() -> None:
    from iotclients.exosite import OnePlatformClient

    requests = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal requests
        requests += 1
        if requests == 1:
            return httpx.Response(200, content=DEEP, headers={"content-type": "application/json"})
        calls = json.loads(request.content)["calls"]
        return httpx.Response(
            200, json=[{"id": c["id"], "status": "ok", "result": [[1, 2.5]]} for c in calls]
        )

    one = OnePlatformClient(
        CIK, base_url="https://m2.exosite.example", transport=httpx.MockTransport(handler)
    )
    with one.batch(max_calls=1) as batch:
        first = batch.read({"alias": "temp"}, {"limit": 1})
        second = batch.read({"alias": "temp"}, {"limit": 1})
    with pytest.raises(APIResponseValidationError, match="nested too deeply"):
        first.result()
    assert second.result() is not None
    assert requests == 2


@pytest.mark.parametrize(
    "failure",
    [
        httpx.TooManyRedirects("redirect loop"),
        httpx.StreamConsumed(),
        httpx.DecodingError("bad gzip"),
    ],
    ids=lambda f: type(f).__name__,
)
def test_any_httpx_error_is_typed(failure: Exception) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(failure, httpx.RequestError):
            failure.request = request
        raise failure

    with pytest.raises((APIConnectionError, APIResponseValidationError)) as caught:
        _oden(handler).search_lines({"name": "Line 01", "factory": {"name": "Factory A"}})
    assert "/v2/line/search" in str(caught.value)
