"""Requests are checked against the spec; a 400 names the offending field as a JSON path."""

from __future__ import annotations

import pytest
from sandbox_support import LINE_01, OPERATOR, error


def _items(count: int) -> list[dict[str, str]]:
    return [
        {"name": f"op {index}", "start_time": "2021-04-04T08:00:00Z", "end_time": "2021-04-04T08:30:00Z"}
        for index in range(count)
    ]


def test_bad_item_field_is_named_with_its_index(client):
    items = _items(5)
    items[3]["start_time"] = "yesterday"
    body = error(
        client.post("/v2/intervals/set", json={"type": OPERATOR, "line": LINE_01, "intervals": items}), 400
    )
    assert body["name"] == "intervals[3].start_time"
    assert "date-time" in body["error"]
    assert body["retryable"] is False


def test_missing_required_field_is_named(client):
    body = error(client.post("/v2/interval/search", json={"line": LINE_01}), 400)
    assert body["name"] == "type"
    assert "required" in body["error"]


def test_nested_type_error_is_named(client):
    body = error(client.post("/v2/line/search", json={"factory": {"name": 7}}), 400)
    assert body["name"] == "factory.name"
    assert "string" in body["error"]


def test_enum_violation_is_named(client):
    body = error(client.post("/v2/factory/search", json={"match": "ALL"}), 400)
    assert body["name"] == "match"
    assert "enum" in body["error"]


def test_too_many_items_is_named(client):
    body = error(
        client.post("/v2/intervals/set", json={"type": OPERATOR, "line": LINE_01, "intervals": _items(2501)}),
        400,
    )
    assert body["name"] == "intervals"
    assert "2500" in body["error"]


def test_uuid_format_is_checked(client):
    body = error(client.post("/v2/line/search", json={"id": "not-a-uuid"}), 400)
    assert body["name"] == "id"


def test_query_parameter_is_validated(client):
    body = error(client.post("/v2/oql/query", params={"format": "xml"}, json={"query": "q"}), 400)
    assert body["name"] == "format"


@pytest.mark.parametrize("raw", [b"", b"{not json", b"[1, 2]"])
def test_body_must_be_a_json_object(client, raw):
    response = client.post("/v2/factory/search", content=raw, headers={"Content-Type": "application/json"})
    body = error(response, 400)
    assert body["name"] == "body"


def test_several_problems_are_counted(client):
    response = client.post("/v2/interval/search", json={"match": "sometimes"})
    body = error(response, 400)
    assert "more problem" in body["error"]


def test_unknown_path_and_method_answer_in_the_vendor_shape(client):
    assert error(client.post("/v2/nothing/here", json={}), 404)["retryable"] is False
    assert error(client.get("/v2/factory/search"), 405)["retryable"] is False


def test_first_of_repeated_keys_wins(client):
    raw = b'{"name": "Factory B", "name": "Factory A"}'
    response = client.post("/v2/factory/search", content=raw, headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    assert response.json()[0]["name"] == "Factory B"
