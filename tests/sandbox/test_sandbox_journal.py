"""The request journal counts what a client sent, per operation, with body sizes and outcomes."""

from __future__ import annotations

import json

from sandbox_support import LINE_03, OPERATOR, ok

from iotclients_sandbox import Fault, RequestJournal


def test_counts_per_operation_and_sizes(client, oden):
    body = {"type": OPERATOR, "line": LINE_03, "intervals": [{"name": f"n{i}"} for i in range(10)]}
    ok(client.post("/v2/intervals/set", json=body))
    ok(client.post("/v2/factory/search", json={"match": "all"}))
    ok(client.post("/v2/factory/search", json={"name": "Factory A"}))
    assert oden.journal.count() == 3
    assert oden.journal.count("search_factories") == 2
    assert oden.journal.counts() == {"bulk_set_intervals": 1, "search_factories": 2}
    sent = len(json.dumps(body, separators=(",", ":")).encode())
    assert abs(oden.journal.body_sizes("bulk_set_intervals")[0] - sent) <= 20  # httpx's own JSON spacing
    assert [entry.status for entry in oden.journal.entries()] == [200, 200, 200]


def test_failed_and_faulted_requests_are_counted(client, anonymous, oden):
    oden.faults.script(Fault.status(503))
    assert client.post("/v2/factory/search", json={}).status_code == 503
    assert anonymous.post("/v2/factory/search", json={}).status_code == 401
    assert client.post("/v2/nowhere", json={}).status_code == 404
    entries = oden.journal.entries()
    assert [(entry.operation, entry.status, entry.fault) for entry in entries] == [
        ("search_factories", 503, "status"),
        ("search_factories", 401, "ok"),
        ("POST /v2/nowhere", 404, "ok"),
    ]


def test_recent_entries_are_bounded_but_counts_are_not():
    journal = RequestJournal(keep=3)
    for index in range(5):
        journal.record("op", "POST", "/x", index)
    assert journal.count("op") == 5
    assert journal.body_sizes() == [2, 3, 4]
    snapshot = journal.snapshot(recent=2)
    assert [entry["request_bytes"] for entry in snapshot["recent"]] == [3, 4]
    journal.clear()
    assert journal.total == 0
