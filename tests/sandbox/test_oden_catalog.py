"""Factories, lines, metric groups, products, mappings, attributes and targets; the match rule."""

from __future__ import annotations

from sandbox_support import LINE_01, LINE_02, error, ok

from iotclients_sandbox.oden.seed import EXAMPLE_PRODUCT_ID, FACTORY_A_ID, LINE_01_ID


def test_factories_by_name_id_and_all(client):
    assert [f["name"] for f in ok(client.post("/v2/factory/search", json={"match": "all"}))] == [
        "Factory A",
        "Factory B",
    ]
    by_id = ok(client.post("/v2/factory/search", json={"id": FACTORY_A_ID}))
    assert by_id[0]["name"] == "Factory A"
    assert by_id[0]["timezone"] == "America/New_York"


def test_unique_match_with_several_hits_is_409(client):
    body = error(client.post("/v2/line/search", json={"name": "Line 01"}), 409)
    assert body == {
        "entity_name": "line",
        "num_matches": 2,
        "error": body["error"],
        "retryable": False,
    }
    # No criteria at all matches every factory, which a unique match refuses too.
    assert error(client.post("/v2/factory/search", json={}), 409)["num_matches"] == 2


def test_first_last_and_all(client):
    all_lines = ok(client.post("/v2/line/search", json={"name": "Line 01", "match": "all"}))
    assert {line["factory"]["name"] for line in all_lines} == {"Factory A", "Factory B"}
    first = ok(client.post("/v2/line/search", json={"name": "Line 01", "match": "first"}))
    last = ok(client.post("/v2/line/search", json={"name": "Line 01", "match": "last"}))
    assert [first[0]["id"], last[0]["id"]] == [all_lines[0]["id"], all_lines[-1]["id"]]


def test_line_by_name_and_factory_or_secondary_name(client):
    line = ok(client.post("/v2/line/search", json=LINE_01))[0]
    assert line["id"] == LINE_01_ID
    assert line["factory"]["id"] == FACTORY_A_ID
    by_secondary = ok(client.post("/v2/line/search", json={"secondary_name": "Extruder 1"}))
    assert by_secondary[0]["id"] == LINE_01_ID


def test_all_lines_of_a_factory(client):
    lines = ok(client.post("/v2/line/search", json={"factory": {"name": "Factory A"}, "match": "all"}))
    assert [line["name"] for line in lines] == ["Line 01", "Line 02", "Line 03"]


def test_not_found_is_404_generic_error(client):
    body = error(
        client.post("/v2/line/search", json={"name": "Line 99", "factory": {"name": "Factory A"}}), 404
    )
    assert set(body) == {"error", "retryable"}
    assert error(client.post("/v2/factory/search", json={"name": "Nowhere"}), 404)["retryable"] is False


def test_unknown_factory_in_a_line_reference_is_404(client):
    error(client.post("/v2/line/search", json={"name": "Line 01", "factory": {"name": "Nowhere"}}), 404)


def test_metric_groups(client):
    groups = ok(client.post("/v2/metric_group/search", json={"match": "all"}))
    assert "Line Speed" in [group["name"] for group in groups]
    assert ok(client.post("/v2/metric_group/search", json={"name": "Line Speed"}))[0]["unit_kind_of_quantity"]


def test_product_create_rename_and_soft_delete(client, oden):
    assert ok(client.post("/v2/product/set", json={"name": "Widget"})) is None
    widget = ok(client.post("/v2/product/search", json={"name": "Widget"}))[0]
    # Setting an existing name again creates nothing.
    ok(client.post("/v2/product/set", json={"name": "Widget"}))
    assert len(ok(client.post("/v2/product/search", json={"name": "Widget", "match": "all"}))) == 1

    ok(client.post("/v2/product/set", json={"id": widget["id"], "name": "Widget v2"}))
    assert ok(client.post("/v2/product/search", json={"id": widget["id"]}))[0]["name"] == "Widget v2"

    ok(client.post("/v2/product/delete", json={"id": widget["id"]}))
    # Search has no 404: a deleted product just stops showing up.
    assert ok(client.post("/v2/product/search", json={"id": widget["id"]})) == []
    assert oden.backend.state.products[widget["id"]].deleted is True
    error(client.post("/v2/product/delete", json={"id": widget["id"]}), 404)


def test_product_rename_conflicts_and_unknown_ids(client):
    body = error(
        client.post("/v2/product/set", json={"id": EXAMPLE_PRODUCT_ID, "name": "Cable 12mm Red"}), 400
    )
    assert body["name"] == "name"
    # product/set declares no 404, so an unknown id is a bad parameter.
    unknown = "00000000-0000-4000-8000-000000000000"
    assert error(client.post("/v2/product/set", json={"id": unknown, "name": "X"}), 400)["name"] == "id"


def test_soft_deleted_product_keeps_its_intervals(client, oden):
    ok(client.post("/v2/product/delete", json={"name": "Example Product"}))
    runs = ok(
        client.post("/v2/interval/search", json={"type": {"name": "RUN"}, "line": LINE_01, "match": "all"})
    )
    assert "Example Product" in [run["metadata"].get("product", {}).get("name") for run in runs]


def test_product_mapping_set_creates_the_product(client):
    ok(client.post("/v2/product_mapping/set", json={"product": {"name": "Brand New"}, "line": LINE_02}))
    assert ok(client.post("/v2/product/search", json={"name": "Brand New"}))
    mappings = ok(client.post("/v2/product_mapping/search", json={"line": LINE_02, "match": "all"}))
    assert "Brand New" in [mapping["product"]["name"] for mapping in mappings]
    # Mapping twice is not an error and adds nothing.
    ok(client.post("/v2/product_mapping/set", json={"product": {"name": "Brand New"}, "line": LINE_02}))
    again = ok(client.post("/v2/product_mapping/search", json={"line": LINE_02, "match": "all"}))
    assert len(again) == len(mappings)


def test_product_mapping_to_unknown_line_is_404(client):
    line = {"name": "Line 99", "factory": {"name": "Factory A"}}
    error(client.post("/v2/product_mapping/set", json={"product": {"name": "X"}, "line": line}), 404)


def test_product_attribute_upsert_and_search_precedence(client):
    body = {"product": {"name": "Example Product"}, "name": "cable_color", "display_name": "Cable Color"}
    updated = ok(client.post("/v2/product_attribute/set", json={**body, "value": "red"}))
    assert updated[0]["value"] == "red"
    created = ok(client.post("/v2/product_attribute/set", json={**body, "name": "shine", "value": "matte"}))
    assert created[0]["id"] != updated[0]["id"]

    by_product = ok(
        client.post(
            "/v2/product_attribute/search", json={"product": {"name": "Example Product"}, "match": "all"}
        )
    )
    assert {attribute["name"] for attribute in by_product} == {"cable_color", "diameter_mm", "shine"}
    # id wins over product and display_name.
    by_id = ok(
        client.post(
            "/v2/product_attribute/search",
            json={"id": updated[0]["id"], "product": {"name": "Cable 12mm Red"}, "display_name": "nope"},
        )
    )
    assert [attribute["id"] for attribute in by_id] == [updated[0]["id"]]
    by_display = ok(client.post("/v2/product_attribute/search", json={"display_name": "Jacket Material"}))
    assert by_display[0]["value"] == "PVC"


def test_product_attribute_needs_an_existing_product(client):
    body = {"product": {"name": "Ghost"}, "name": "colour", "value": "red"}
    assert error(client.post("/v2/product_attribute/set", json=body), 400)["name"] == "product"


def test_target_upsert_creates_product_and_mapping(client):
    body = {
        "line": LINE_02,
        "metric_group": {"name": "Line Speed"},
        "product": {"name": "Fresh"},
        "target_value": 10.0,
    }
    created = ok(client.post("/v2/target/set", json=body))
    assert created["product"]["name"] == "Fresh"
    assert created["target_value"] == 10.0
    mappings = ok(client.post("/v2/product_mapping/search", json={"product": {"name": "Fresh"}}))
    assert mappings[0]["line"]["name"] == "Line 02"

    updated = ok(client.post("/v2/target/set", json={**body, "lsl": 8.0, "usl": 12.0}))
    assert (updated["target_value"], updated["lsl"], updated["usl"]) == (10.0, 8.0, 12.0)
    found = ok(
        client.post("/v2/target/search", json={k: body[k] for k in ("line", "metric_group", "product")})
    )
    assert len(found) == 1
    assert found[0]["usl"] == 12.0


def test_target_needs_known_metric_group(client):
    body = {"line": LINE_01, "metric_group": {"name": "Nope"}, "product": {"name": "Example Product"}}
    error(client.post("/v2/target/set", json=body), 404)
