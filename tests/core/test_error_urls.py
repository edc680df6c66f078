"""Errors name the URL that was requested, not the spec's path template, so a wrong base URL shows."""

from __future__ import annotations

import httpx
import pytest

from iotclients.core.errors import APIConnectionError, NotFoundError
from iotclients.oden import OdenClient
from iotclients.oden.models import Factory, Match

KEY = "oden-key-for-url-tests-0123456789"


def test_a_status_error_shows_the_url_requested_with_a_doubled_prefix() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(404, json={"error": "Not Found"}))
    with (
        OdenClient(KEY, base_url="https://api.oden.test/v2", transport=transport, max_retries=0) as oden,
        pytest.raises(NotFoundError) as caught,
    ):
        oden.search_factories(Factory(match=Match.ALL))
    assert "POST https://api.oden.test/v2/v2/factory/search -> 404" in str(caught.value)
    assert KEY not in str(caught.value)


def test_a_connection_error_shows_the_url_it_could_not_reach() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with (
        OdenClient(
            KEY, base_url="https://nowhere.test", transport=httpx.MockTransport(refuse), max_retries=0
        ) as oden,
        pytest.raises(APIConnectionError) as caught,
    ):
        oden.search_factories(Factory(match=Match.ALL))
    assert str(caught.value).startswith("POST https://nowhere.test/v2/factory/search: ConnectError")
