"""Scrap/yield records, quality tests and quality schemas."""

from __future__ import annotations

from sandbox_support import LINE_01, LINE_02, OPERATOR, RUN, STATE, error, ok

from iotclients_sandbox.oden.seed import LINE_01_ID, QUALITY_TEST_IDS, RUN_INTERVAL_ID, SCRAP_YIELD_RECORD_ID

RUN_REF = {"id": RUN_INTERVAL_ID, "type": RUN, "line": {"id": LINE_01_ID}}


def test_scrap_yield_create_update_search_delete(client):
    ok(client.post("/v2/scrap_yield/set", json={"data": {"raw_data": {"scrap": -20}}, "interval": RUN_REF}))
    records = ok(client.post("/v2/scrap_yield/search", json={"interval": RUN_REF}))
    assert sorted(record["raw_data"].get("scrap") for record in records) == [-20, 120]
    assert sum(record["raw_data"]["scrap"] for record in records) == 100  # totals are sums of records

    update = {
        "data": {"id": SCRAP_YIELD_RECORD_ID, "raw_data": {"scrap": 80, "yield": 70}},
        "interval": RUN_REF,
    }
    ok(client.post("/v2/scrap_yield/set", json=update))
    one = ok(
        client.post(
            "/v2/scrap_yield/search", json={"interval": RUN_REF, "data": {"id": SCRAP_YIELD_RECORD_ID}}
        )
    )
    assert one[0]["raw_data"] == {"scrap": 80, "yield": 70}
    assert one[0]["schema"]["scrap_unit"]["symbol"] == "kg"

    ok(
        client.post(
            "/v2/scrap_yield/delete",
            json={"data": {"id": SCRAP_YIELD_RECORD_ID}, "interval": {"line": LINE_01}},
        )
    )
    assert len(ok(client.post("/v2/scrap_yield/search", json={"interval": RUN_REF}))) == 1


def test_scrap_yield_delete_needs_id_and_matching_line(client):
    body = {"data": {}, "interval": {"line": LINE_01}}
    assert error(client.post("/v2/scrap_yield/delete", json=body), 400)["name"] == "data.id"
    wrong_line = {"data": {"id": SCRAP_YIELD_RECORD_ID}, "interval": {"line": LINE_02}}
    error(client.post("/v2/scrap_yield/delete", json=wrong_line), 404)
    no_line = {"data": {"id": SCRAP_YIELD_RECORD_ID}, "interval": {}}
    assert error(client.post("/v2/scrap_yield/delete", json=no_line), 400)["name"] == "interval.line"


def test_scrap_yield_of_unknown_interval_is_404(client):
    error(client.post("/v2/scrap_yield/search", json={"interval": {"id": "abc"}}), 404)


def test_quality_test_create_partial_update_and_search(client):
    create = {"raw_data": {"diameter_mm": 12.9}, "timestamp": "2021-04-04T13:00:00Z", "interval": RUN_REF}
    ok(client.post("/v2/quality_test/set", json={**create, "quality_schema": {"id": "23"}}))
    tests = ok(client.post("/v2/quality_test/search", json={"interval": RUN_REF, "match": "all"}))
    assert len(tests) == 3
    new = next(test for test in tests if test["id"] not in QUALITY_TEST_IDS)
    assert new["quality_schema"]["id"] == "23"

    ok(client.post("/v2/quality_test/set", json={"id": new["id"], "raw_data": {"diameter_mm": 13.0}}))
    updated = ok(client.post("/v2/quality_test/search", json={"id": new["id"]}))[0]
    assert updated["raw_data"] == {"diameter_mm": 13.0}
    assert updated["timestamp"] == "2021-04-04T13:00:00Z"  # untouched by the partial update


def test_quality_tests_belong_to_runs_or_batches(client):
    state = ok(client.post("/v2/interval/search", json={"type": STATE, "line": LINE_01, "match": "first"}))[0]
    body = {"raw_data": {}, "interval": {"id": state["id"]}}
    assert error(client.post("/v2/quality_test/set", json=body), 400)["name"] == "interval.type"
    custom = ok(
        client.post("/v2/interval/search", json={"type": OPERATOR, "line": LINE_01, "match": "first"})
    )[0]
    assert error(client.post("/v2/quality_test/set", json={"interval": {"id": custom["id"]}}), 400)


def test_delete_by_interval_needs_exactly_one_test(client):
    body = error(client.post("/v2/quality_test/delete", json={"interval": RUN_REF}), 409)
    assert body["entity_name"] == "quality_test"
    assert body["num_matches"] == 2
    ok(client.post("/v2/quality_test/delete", json={"id": QUALITY_TEST_IDS[0]}))
    ok(client.post("/v2/quality_test/delete", json={"interval": RUN_REF}))
    error(client.post("/v2/quality_test/search", json={"interval": RUN_REF, "match": "all"}), 404)


def test_bulk_delete_ids_win_over_range(client):
    body = {
        "ids": [QUALITY_TEST_IDS[0]],
        "line": LINE_01,
        "start_time": "2021-04-04T00:00:00Z",
        "end_time": "2021-04-05T00:00:00Z",
    }
    ok(client.post("/v2/quality_tests/delete", json=body))
    remaining = ok(client.post("/v2/quality_test/search", json={"interval": RUN_REF, "match": "all"}))
    assert [test["id"] for test in remaining] == [QUALITY_TEST_IDS[1]]


def test_bulk_delete_by_line_and_range(client):
    body = {"line": LINE_01, "start_time": "2021-04-04T12:00:00Z", "end_time": "2021-04-04T13:00:00Z"}
    ok(client.post("/v2/quality_tests/delete", json=body))
    remaining = ok(client.post("/v2/quality_test/search", json={"interval": RUN_REF, "match": "all"}))
    assert [test["id"] for test in remaining] == [QUALITY_TEST_IDS[1]]
    assert error(client.post("/v2/quality_tests/delete", json={"line": LINE_01}), 400)["name"] == "start_time"


def test_quality_schemas(client):
    schemas = ok(
        client.post("/v2/quality_schema/search", json={"factory": {"name": "Factory A"}, "match": "all"})
    )
    assert [schema["id"] for schema in schemas] == ["23"]
    assert (
        ok(client.post("/v2/quality_schema/search", json={"id": "24"}))[0]["factory"]["name"] == "Factory B"
    )
    error(client.post("/v2/quality_schema/search", json={"id": "99"}), 404)
