"""Single intervals: the set → search → update → delete lifecycle and the search modes."""

from __future__ import annotations

import re

from sandbox_support import BATCH, LINE_01, LINE_02, LINE_03, OPERATOR, RUN, STATE, error, ok

from iotclients_sandbox.oden.seed import EXAMPLE_PRODUCT_ID, LINE_01_ID, RUN_INTERVAL_ID


def test_lifecycle(client):
    created = ok(
        client.post(
            "/v2/interval/set",
            json={
                "type": OPERATOR,
                "line": LINE_03,
                "name": "Operator 1",
                "start_time": "2022-01-01T08:00:00Z",
            },
        )
    )
    assert len(created) == 1
    interval = created[0]
    assert re.fullmatch(r"[0-9a-f]{11}", interval["id"])
    assert interval["metadata"]["metadata_type"] == "custom"

    key = {"type": OPERATOR, "line": LINE_03, "id": interval["id"]}
    assert ok(client.post("/v2/interval/search", json=key))[0]["name"] == "Operator 1"

    updated = ok(client.post("/v2/interval/update", json={**key, "end_time": "2022-01-01T16:00:00Z"}))
    assert updated[0]["end_time"] == "2022-01-01T16:00:00Z"
    assert updated[0]["start_time"] == "2022-01-01T08:00:00Z"

    deleted = ok(client.post("/v2/interval/delete", json=key))
    assert deleted[0]["id"] == interval["id"]
    error(client.post("/v2/interval/search", json=key), 404)


def test_set_with_id_updates_and_can_move_start(client):
    key = {"type": RUN, "line": LINE_01, "id": RUN_INTERVAL_ID}
    moved = ok(client.post("/v2/interval/set", json={**key, "start_time": "2021-04-04T07:00:00Z"}))
    assert moved[0]["id"] == RUN_INTERVAL_ID
    assert moved[0]["start_time"] == "2021-04-04T07:00:00Z"
    assert moved[0]["name"] == "example_run"


def test_set_with_match_last_updates_the_newest(client):
    result = ok(
        client.post("/v2/interval/set", json={"type": RUN, "line": LINE_01, "match": "last", "name": "x"})
    )
    assert result[0]["id"] == RUN_INTERVAL_ID  # starts 2021-04-04, after run_0403
    assert result[0]["name"] == "x"


def test_set_refuses_match_all(client):
    body = error(client.post("/v2/interval/set", json={"type": RUN, "line": LINE_01, "match": "all"}), 400)
    assert body["name"] == "match"


def test_set_with_unknown_id_is_400_as_set_declares_no_404(client):
    body = error(client.post("/v2/interval/set", json={"type": RUN, "line": LINE_01, "id": "fff"}), 400)
    assert body["name"] == "id"


def test_end_before_start_is_refused(client):
    body = {
        "type": OPERATOR,
        "line": LINE_01,
        "start_time": "2022-01-02T00:00:00Z",
        "end_time": "2022-01-01T00:00:00Z",
    }
    assert error(client.post("/v2/interval/set", json=body), 400)["name"] == "end_time"


def test_run_creates_product_mapping_and_target(client):
    body = {
        "type": RUN,
        "line": LINE_02,
        "name": "new run",
        "start_time": "2022-02-01T00:00:00Z",
        "metadata": {
            "product": {"name": "Novel Cable"},
            "target": {
                "metric_group": {"name": "Line Speed"},
                "target_value": 42.0,
                "lsl": 40.0,
                "usl": 44.0,
            },
        },
    }
    run = ok(client.post("/v2/interval/set", json=body))[0]
    assert run["metadata"]["metadata_type"] == "run"
    assert run["metadata"]["product"]["name"] == "Novel Cable"
    assert ok(client.post("/v2/product_mapping/search", json={"product": {"name": "Novel Cable"}}))
    target = ok(
        client.post(
            "/v2/target/search",
            json={
                "line": LINE_02,
                "product": {"name": "Novel Cable"},
                "metric_group": {"name": "Line Speed"},
            },
        )
    )
    assert target[0]["target_value"] == 42.0


def test_state_metadata_is_completed_from_catalogue(client):
    body = {
        "type": STATE,
        "line": LINE_01,
        "start_time": "2022-03-01T00:00:00Z",
        "end_time": "2022-03-01T01:00:00Z",
        "metadata": {"category": {"name": "Unplanned Downtime"}, "reason": {"id": 2}, "comment": "hot"},
    }
    state = ok(client.post("/v2/interval/set", json=body))[0]
    assert state["metadata"]["category"] == {"id": 2, "name": "Unplanned Downtime"}
    assert state["metadata"]["reason"] == {"id": 2, "name": "Equipment Failure"}
    assert state["metadata"]["metadata_type"] == "state"


def test_batch_points_at_its_run(client):
    body = {"type": BATCH, "line": LINE_01, "name": "b", "metadata": {"run": {"id": RUN_INTERVAL_ID}}}
    batch = ok(client.post("/v2/interval/set", json=body))[0]
    assert batch["metadata"]["run"]["id"] == RUN_INTERVAL_ID
    missing = {"type": BATCH, "line": LINE_01, "metadata": {"run": {"id": "abc"}}}
    assert error(client.post("/v2/interval/set", json=missing), 400)["name"] == "metadata.run.id"


def test_update_never_creates(client):
    assert error(client.post("/v2/interval/update", json={"type": RUN, "line": LINE_01, "name": "x"}), 404)
    error(client.post("/v2/interval/update", json={"type": RUN, "line": LINE_01, "id": "abc"}), 404)
    # An id of another type is not found under this type.
    seeded_batch_type = {"type": STATE, "line": LINE_01, "id": RUN_INTERVAL_ID}
    error(client.post("/v2/interval/update", json=seeded_batch_type), 404)


def test_delete_needs_an_id(client):
    assert error(client.post("/v2/interval/delete", json={"type": RUN, "line": LINE_01}), 400)["name"] == "id"


def test_search_unique_default_is_409_for_several(client):
    body = error(client.post("/v2/interval/search", json={"type": RUN, "line": LINE_01}), 409)
    assert body["entity_name"] == "interval"
    assert body["num_matches"] == 2


def test_search_last_first_and_name(client):
    last = ok(client.post("/v2/interval/search", json={"type": RUN, "line": LINE_01, "match": "last"}))
    first = ok(client.post("/v2/interval/search", json={"type": RUN, "line": LINE_01, "match": "first"}))
    assert last[0]["id"] == RUN_INTERVAL_ID
    assert first[0]["name"] == "run_0403"
    named = ok(client.post("/v2/interval/search", json={"type": RUN, "line": LINE_01, "name": "run_0403"}))
    assert named[0]["id"] == first[0]["id"]


def test_search_time_range_selects_by_start(client):
    body = {
        "type": STATE,
        "line": {"id": LINE_01_ID},
        "start_time": "2021-04-04T00:00:00Z",
        "end_time": "2021-04-05T00:00:00Z",
        "match": "all",
    }
    states = ok(client.post("/v2/interval/search", json=body))
    assert [state["start_time"] for state in states] == ["2021-04-04T10:00:00Z"]
    body["end_time"] = "2021-04-06T00:00:00Z"
    assert len(ok(client.post("/v2/interval/search", json=body))) == 2
    body["start_time"], body["end_time"] = "2030-01-01T00:00:00Z", "2030-01-02T00:00:00Z"
    assert ok(client.post("/v2/interval/search", json=body)) == []


def test_search_across_a_factory(client):
    body = {"type": RUN, "line": {"factory": {"name": "Factory A"}, "match": "all"}}
    runs = ok(client.post("/v2/interval/search", json=body))
    assert sorted({run["line"]["name"] for run in runs}) == ["Line 01", "Line 02"]
    assert [run["start_time"] for run in runs] == sorted(run["start_time"] for run in runs)


def test_search_unknown_type_or_line_is_404(client):
    error(client.post("/v2/interval/search", json={"type": {"name": "nope"}, "line": LINE_01}), 404)
    error(client.post("/v2/interval/search", json={"type": RUN, "line": {"id": EXAMPLE_PRODUCT_ID}}), 404)


def test_delete_removes_scrap_and_quality_records(client, oden):
    ok(client.post("/v2/interval/delete", json={"type": RUN, "line": LINE_01, "id": RUN_INTERVAL_ID}))
    with oden.backend.locked() as state:
        assert not [r for r in state.scrap_yield_records.values() if r.interval_id == RUN_INTERVAL_ID]
        assert not [t for t in state.quality_tests.values() if t.interval_id == RUN_INTERVAL_ID]
