"""The /_sandbox/ admin surface for out-of-process test drivers."""

from __future__ import annotations

import httpx
from sandbox_support import LINE_03, OPERATOR, ok

from iotclients_sandbox import Fault


def test_health_needs_no_auth(oden):
    body = httpx.get(oden.url + "/_sandbox/health").json()
    assert body["status"] == "ok"
    assert body["vendor"] == "oden"


def test_configure_faults_over_http(client, oden):
    admin = httpx.Client(base_url=oden.url + "/_sandbox")
    script = [Fault.status(502).to_json(), {"kind": "rate_limit", "retry_after": 3}, {"kind": "ok"}]
    state = admin.post("/faults", json={"script": script, "seed": 3}).json()
    assert state["seed"] == 3
    assert len(state["script"]) == 3
    statuses = [client.post("/v2/factory/search", json={"match": "all"}).status_code for _ in range(4)]
    assert statuses == [502, 429, 200, 200]
    assert admin.delete("/faults").json()["script"] == []
    bad = admin.post("/faults", json={"error_rate": 3})
    assert bad.status_code == 400
    assert admin.post("/faults", json={"nonsense": 1}).status_code == 400


def test_requests_counts_and_reset(client, oden):
    admin = httpx.Client(base_url=oden.url + "/_sandbox")
    ok(client.post("/v2/factory/search", json={"match": "all"}))
    ok(
        client.post(
            "/v2/intervals/set", json={"type": OPERATOR, "line": LINE_03, "intervals": [{"name": "x"}]}
        )
    )
    journal = admin.get("/requests").json()
    assert journal["operations"] == {"bulk_set_intervals": 1, "search_factories": 1}
    assert journal["total"] == 2
    assert journal["recent"][-1]["operation"] == "bulk_set_intervals"
    # Admin calls themselves are not journaled.
    assert admin.get("/requests").json()["total"] == 2

    assert admin.post("/reset").json()["status"] == "reset"
    assert admin.get("/requests").json()["total"] == 0
    assert oden.backend.intervals_of(_line_03(oden), "operator id") == []


def test_violations_endpoint_is_empty_when_all_is_well(client, oden):
    ok(client.post("/v2/factory/search", json={"match": "all"}))
    assert httpx.get(oden.url + "/_sandbox/violations").json() == []


def _line_03(oden) -> str:
    return next(line.id for line in oden.backend.state.lines.values() if line.name == "Line 03")
