"""Interval types: built-ins are fixed; custom types are created, updated (never renamed) and deleted."""

from __future__ import annotations

from sandbox_support import LINE_01, OPERATOR, error, ok

from iotclients_sandbox.oden.seed import LINE_01_ID, OPERATOR_ID_TYPE_ID


def test_builtins_exist(client):
    names = [t["name"] for t in ok(client.post("/v2/interval_type/search", json={"match": "all"}))]
    assert names[:3] == ["RUN", "BATCH", "STATE"]
    assert "operator id" in names


def test_builtins_cannot_be_set_or_deleted(client):
    run = ok(client.post("/v2/interval_type/search", json={"name": "RUN"}))[0]
    assert (
        error(client.post("/v2/interval_type/set", json={"id": run["id"], "tags": ["x"]}), 400)["name"]
        == "id"
    )
    assert error(client.post("/v2/interval_type/delete", json={"id": run["id"]}), 400)["name"] == "id"
    assert error(client.post("/v2/interval_type/set", json={"name": "RUN"}), 400)["name"] == "name"


def test_create_update_rules(client, oden):
    created = ok(
        client.post(
            "/v2/interval_type/set", json={"name": "die change", "metadata_schema": "{}", "tags": ["a"]}
        )
    )
    type_id = created["id"]
    assert created["name"] == "die change"
    stored = oden.backend.state.interval_types[type_id]
    assert (stored.metadata_schema, stored.tags) == ("{}", ["a"])

    # No renames: sending name with an id is a 400.
    assert (
        error(client.post("/v2/interval_type/set", json={"id": type_id, "name": "other"}), 400)["name"]
        == "name"
    )

    # tags tri-state: missing or null keeps, [] clears, a list replaces; a missing schema keeps.
    ok(client.post("/v2/interval_type/set", json={"id": type_id}))
    assert stored.tags == ["a"]
    ok(client.post("/v2/interval_type/set", json={"id": type_id, "tags": None}))
    assert stored.tags == ["a"]
    ok(client.post("/v2/interval_type/set", json={"id": type_id, "tags": ["b", "c"]}))
    assert stored.tags == ["b", "c"]
    ok(client.post("/v2/interval_type/set", json={"id": type_id, "tags": []}))
    assert stored.tags == []
    assert stored.metadata_schema == "{}"
    ok(client.post("/v2/interval_type/set", json={"id": type_id, "metadata_schema": '{"type":"object"}'}))
    assert stored.metadata_schema == '{"type":"object"}'


def test_create_needs_a_fresh_name_and_json_schema(client):
    assert error(client.post("/v2/interval_type/set", json={"tags": []}), 400)["name"] == "name"
    assert error(client.post("/v2/interval_type/set", json={"name": "operator id"}), 400)["name"] == "name"
    bad = {"name": "x", "metadata_schema": "{not json"}
    assert error(client.post("/v2/interval_type/set", json=bad), 400)["name"] == "metadata_schema"


def test_unknown_id_is_404(client):
    unknown = "00000000-0000-4000-8000-000000000000"
    error(client.post("/v2/interval_type/set", json={"id": unknown}), 404)
    error(client.post("/v2/interval_type/delete", json={"id": unknown}), 404)


def test_delete_needs_id_and_removes_intervals(client, oden):
    assert error(client.post("/v2/interval_type/delete", json={"name": "operator id"}), 400)["name"] == "id"
    deleted = ok(client.post("/v2/interval_type/delete", json={"id": OPERATOR_ID_TYPE_ID}))
    assert deleted["name"] == "operator id"
    error(client.post("/v2/interval/search", json={"type": OPERATOR, "line": LINE_01, "match": "all"}), 404)
    assert not oden.backend.intervals_of(LINE_01_ID, "operator id")
