"""Requests shaped exactly as Oden's published client sends them.

That client is generated from Oden's own OpenAPI document: every model with a ``match`` field
sends its default ``"unique"``, bulk items are full ``Interval`` objects (so they carry the
``line`` and ``type`` that ``Interval`` requires), ``ScrapYieldData.raw_data`` is a string holding
JSON (``format: json``), and interval metadata is sent without its read-only ``metadata_type``.
The bodies below are built by hand in that shape and sent raw.
"""

from __future__ import annotations

import json
from typing import Any

from sandbox_support import error, ok

from iotclients_sandbox.oden.seed import LINE_01_ID, RUN_INTERVAL_ID

UNIQUE = "unique"


def _factory(name: str) -> dict[str, Any]:
    return {"name": name, "match": UNIQUE}


def _line(name: str) -> dict[str, Any]:
    return {"name": name, "factory": _factory("Factory A"), "match": UNIQUE}


def _type(name: str) -> dict[str, Any]:
    return {"name": name, "match": UNIQUE}


def _interval(line: dict[str, Any], kind: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"line": line, "type": kind, **fields, "match": UNIQUE}


def _items(line: dict[str, Any], kind: dict[str, Any], count: int) -> list[dict[str, Any]]:
    return [
        _interval(
            line,
            kind,
            name=f"Operator {index}",
            start_time=f"2022-06-01T0{index}:00:00Z",
            end_time=f"2022-06-01T0{index}:30:00Z",
        )
        for index in range(count)
    ]


def test_bulk_create_takes_items_that_repeat_the_top_level_line_and_type(client):
    line, kind = _line("Line 03"), _type("operator id")
    body = {"type": kind, "line": line, "intervals": _items(line, kind, 3)}
    ids = ok(client.post("/v2/intervals/set", json=body))
    assert len(ids) == 3
    found = ok(client.post("/v2/interval/search", json={"type": kind, "line": line, "match": "all"}))
    assert sorted(interval["id"] for interval in found) == sorted(ids)
    assert {interval["name"] for interval in found} == {"Operator 0", "Operator 1", "Operator 2"}


def test_bulk_create_takes_the_same_line_named_another_way(client):
    # The item names the line by id, the request by name and factory: the same line.
    kind = _type("operator id")
    items = _items({"id": LINE_01_ID, "match": UNIQUE}, kind, 1)
    body = {"type": kind, "line": _line("Line 01"), "intervals": items}
    assert len(ok(client.post("/v2/intervals/set", json=body))) == 1


def test_bulk_create_refuses_items_naming_another_line_or_type(client, oden):
    line, kind = _line("Line 03"), _type("operator id")
    other_line = _items(_line("Line 01"), kind, 2)
    body = {"type": kind, "line": line, "intervals": [*_items(line, kind, 1), other_line[1]]}
    assert error(client.post("/v2/intervals/set", json=body), 400)["name"] == "intervals[1].line"
    other_type = _items(line, _type("RUN"), 1)
    body = {"type": kind, "line": line, "intervals": other_type}
    assert error(client.post("/v2/intervals/set", json=body), 400)["name"] == "intervals[0].type"
    unknown = _items(line, _type("no such type"), 1)
    body = {"type": kind, "line": line, "intervals": unknown}
    assert "no such type" in error(client.post("/v2/intervals/set", json=body), 404)["error"]
    # Refused requests create nothing.
    assert ok(client.post("/v2/interval/search", json={"type": kind, "line": line, "match": "all"})) == []


def test_bulk_update_takes_the_same_item_shape(client):
    line, kind = _line("Line 03"), _type("operator id")
    ids = ok(
        client.post(
            "/v2/intervals/set", json={"type": kind, "line": line, "intervals": _items(line, kind, 2)}
        )
    )
    updates = [_interval(line, kind, id=interval_id, name=f"renamed {interval_id}") for interval_id in ids]
    answer = ok(client.post("/v2/intervals/update", json={"type": kind, "line": line, "intervals": updates}))
    assert answer["num_updated"] == 2
    assert answer["num_failed"] == 0
    # An item naming another line is reported as failed; the rest of the batch still lands.
    mixed = [
        _interval(_line("Line 01"), kind, id=ids[0], name="moved?"),
        _interval(line, kind, id=ids[1], name="kept"),
    ]
    answer = ok(client.post("/v2/intervals/update", json={"type": kind, "line": line, "intervals": mixed}))
    assert (answer["num_updated"], answer["num_failed"]) == (1, 1)
    assert answer["failed_intervals"][0]["id"] == ids[0]
    assert "top level" in answer["failed_intervals"][0]["error"]


def _run_ref() -> dict[str, Any]:
    return _interval({"id": LINE_01_ID, "match": UNIQUE}, _type("RUN"), id=RUN_INTERVAL_ID)


def test_scrap_yield_raw_data_as_a_json_string(client):
    body = {
        "data": {"raw_data": json.dumps({"scrap": 7, "yield": 3}), "match": UNIQUE},
        "interval": _run_ref(),
    }
    ok(client.post("/v2/scrap_yield/set", json=body))
    records = ok(client.post("/v2/scrap_yield/search", json={"interval": _run_ref()}))
    assert {"scrap": 7, "yield": 3} in [record["raw_data"] for record in records]


def test_scrap_yield_raw_data_string_must_hold_a_json_object(client, oden):
    for raw in ("not json", "[1, 2]", "7"):
        body = {"data": {"raw_data": raw, "match": UNIQUE}, "interval": _run_ref()}
        assert error(client.post("/v2/scrap_yield/set", json=body), 400)["name"] == "data.raw_data"
    assert len(ok(client.post("/v2/scrap_yield/search", json={"interval": _run_ref()}))) == 1


def test_interval_metadata_without_metadata_type_is_read_by_the_interval_type(client):
    run = _interval(
        _line("Line 02"),
        _type("RUN"),
        name="published client run",
        start_time="2022-07-01T00:00:00Z",
        metadata={"product": {"name": "Published Product", "match": UNIQUE}},
    )
    [created] = ok(client.post("/v2/interval/set", json=run))
    assert created["metadata"]["metadata_type"] == "run"
    assert created["metadata"]["product"]["name"] == "Published Product"
    custom = _interval(
        _line("Line 03"),
        _type("operator id"),
        name="badge",
        start_time="2022-07-01T00:00:00Z",
        end_time="2022-07-01T01:00:00Z",
        metadata={"badge": "0042"},
    )
    [created] = ok(client.post("/v2/interval/set", json=custom))
    assert created["metadata"] == {"badge": "0042", "metadata_type": "custom"}


def test_interval_metadata_that_names_its_kind_is_checked_as_that_kind(client):
    state = _interval(
        _line("Line 02"),
        _type("STATE"),
        start_time="2022-07-02T00:00:00Z",
        end_time="2022-07-02T00:10:00Z",
        metadata={"metadata_type": "state", "comment": 5},
    )
    assert error(client.post("/v2/interval/set", json=state), 400)["name"] == "metadata.comment"
