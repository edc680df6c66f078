"""Response validation catches a sandbox that breaks its own contract; crashes become InternalError."""

from __future__ import annotations

import uuid

import pytest
from sandbox_support import error


@pytest.fixture
def broken_search(oden, monkeypatch):
    handlers = oden.backend._handlers
    monkeypatch.setitem(handlers, "search_factories", lambda body, query: [{"id": 5, "name": ["wrong"]}])
    yield
    oden.violations.clear()  # expected here; the shared fixture fails on any left over


def test_invalid_response_is_replaced_and_recorded(client, oden, broken_search):
    response = client.post("/v2/factory/search", json={"match": "all"})
    assert response.status_code == 500
    assert "breaks the contract" in response.json()["error"]
    [violation] = oden.violations.items
    assert violation.operation == "search_factories"
    assert violation.status == 200
    assert {issue.field for issue in violation.issues} == {"[0].id", "[0].name"}


def test_switching_response_validation_off_lets_it_through(client, oden, broken_search):
    oden.app.validate_responses = False
    try:
        assert client.post("/v2/factory/search", json={"match": "all"}).status_code == 200
    finally:
        oden.app.validate_responses = True
    assert oden.violations.items == []


def test_unexpected_errors_become_internal_errors_with_an_id(client, oden, monkeypatch):
    def crash(body, query):
        raise RuntimeError("boom")

    monkeypatch.setitem(oden.backend._handlers, "search_lines", crash)
    body = error(client.post("/v2/line/search", json={"match": "all"}), 500)
    assert set(body) == {"error", "retryable", "id"}
    assert uuid.UUID(body["id"])
    assert "boom" not in body["error"]
