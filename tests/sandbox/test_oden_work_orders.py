"""Maintenance work orders: create needs four fields, update is partial, delete is unique-only."""

from __future__ import annotations

import pytest
from sandbox_support import LINE_01, LINE_02, error, ok

from iotclients_sandbox.oden.seed import WORK_ORDER_ID

NEW = {"name": "Fix", "line": LINE_02, "external_id": "WO-7", "started_at": "2024-05-01T08:00:00Z"}


def test_create_and_partial_update(client):
    created = ok(client.post("/v2/maintenance_work_order/set", json={**NEW, "metadata": {"priority": "low"}}))
    assert created["external_id"] == "WO-7"
    assert created["line"]["name"] == "Line 02"
    done = ok(
        client.post(
            "/v2/maintenance_work_order/set",
            json={"id": created["id"], "completed_at": "2024-05-01T10:00:00Z"},
        )
    )
    assert done["completed_at"] == "2024-05-01T10:00:00Z"
    assert done["name"] == "Fix"
    assert done["metadata"] == {"priority": "low"}


@pytest.mark.parametrize("missing", ["name", "line", "external_id", "started_at"])
def test_create_needs_each_field(client, missing):
    body = {key: value for key, value in NEW.items() if key != missing}
    assert error(client.post("/v2/maintenance_work_order/set", json=body), 400)["name"] == missing


def test_search_by_id_external_id_and_line_range(client):
    assert (
        ok(client.post("/v2/maintenance_work_order/search", json={"id": WORK_ORDER_ID}))[0]["external_id"]
        == "WO-1042"
    )
    assert (
        ok(client.post("/v2/maintenance_work_order/search", json={"external_id": "WO-1042"}))[0]["id"]
        == WORK_ORDER_ID
    )
    in_range = {"line": LINE_01, "start_time": "2024-03-01T00:00:00Z", "end_time": "2024-04-01T00:00:00Z"}
    assert len(ok(client.post("/v2/maintenance_work_order/search", json={**in_range, "match": "all"}))) == 1
    body = error(client.post("/v2/maintenance_work_order/search", json={"line": LINE_01}), 400)
    assert body["name"] == "start_time"
    error(client.post("/v2/maintenance_work_order/search", json={"external_id": "WO-0"}), 404)


def test_delete_is_unique_only(client):
    ok(client.post("/v2/maintenance_work_order/set", json={**NEW, "external_id": "WO-1042", "line": LINE_01}))
    body = error(client.post("/v2/maintenance_work_order/delete", json={"external_id": "WO-1042"}), 409)
    assert body["num_matches"] == 2
    bad_match = {"external_id": "WO-1042", "match": "all"}
    assert error(client.post("/v2/maintenance_work_order/delete", json=bad_match), 400)["name"] == "match"
    deleted = ok(client.post("/v2/maintenance_work_order/delete", json={"id": WORK_ORDER_ID}))
    assert deleted[0]["id"] == WORK_ORDER_ID
    error(client.post("/v2/maintenance_work_order/search", json={"id": WORK_ORDER_ID}), 404)
