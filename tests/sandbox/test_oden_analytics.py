"""OQL in three formats, and dashboards whose modules fail one by one."""

from __future__ import annotations

import csv
import io

from sandbox_support import error, ok

from iotclients_sandbox.oden.seed import DASHBOARD_ID, LINE_01_ID


def test_oql_json_formats(client):
    rows = ok(client.post("/v2/oql/query", json={"query": "select runs by line"}))
    assert {"factory": "Factory A", "line": "Line 01", "runs": 2, "states": 2} in rows
    extended = ok(client.post("/v2/oql/query", params={"format": "jsonextended"}, json={"query": "q"}))
    assert [column["name"] for column in extended["columns"]] == ["factory", "line", "runs", "states"]
    assert extended["rows"] == rows


def test_oql_csv(client):
    response = client.post("/v2/oql/query", params={"format": "csv"}, json={"query": "q"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(response.text)))
    assert table[0] == ["factory", "line", "runs", "states"]
    assert ["Factory A", "Line 01", "2", "2"] in table


def test_oql_refuses_empty_or_templated_queries(client):
    assert error(client.post("/v2/oql/query", json={"query": "  "}), 400)["name"] == "query"
    assert error(client.post("/v2/oql/query", json={"query": "where line = {line}"}), 400)["name"] == "query"


def test_dashboard_modules_and_module_errors(client):
    body = {
        "dashboard": {"id": DASHBOARD_ID},
        "range": {"start": "2021-04-04T00:00:00Z", "end": "2021-04-11T00:00:00Z"},
    }
    results = ok(client.post("/v2/dashboard/execute", json=body))
    by_name = {result["module_name"]: result for result in results}
    assert set(by_name) == {"Runs", "Downtime", "Shift output"}
    runs = by_name["Runs"]
    assert runs["error"] is None
    assert {row["run"] for row in runs["rows"]} == {"example_run", "run_line02_0404"}
    assert runs["range"] == {"start": "2021-04-04T00:00:00Z", "end": "2021-04-11T00:00:00Z"}
    # A failing module reports its error; the request and the other modules still succeed.
    failed = by_name["Shift output"]
    assert "{shift}" in failed["error"]
    assert failed["rows"] is None
    assert failed["columns"] is None


def test_dashboard_filters(client):
    body = {
        "dashboard": {"id": DASHBOARD_ID},
        "range": {"start": "2021-04-01T00:00:00Z", "end": "2021-04-30T00:00:00Z"},
        "filters": {
            "lines": [{"id": LINE_01_ID}],
            "states": {"state_category_and_reasons": [{"state_category": 1}]},
        },
    }
    results = {
        result["module_name"]: result for result in ok(client.post("/v2/dashboard/execute", json=body))
    }
    assert {row["line"] for row in results["Runs"]["rows"]} == {"Line 01"}
    assert [row["reason"] for row in results["Downtime"]["rows"]] == ["Preventive Maintenance"]
    assert results["Downtime"]["filters_applied"]["lines"] == [{"id": LINE_01_ID}]


def test_dashboard_relative_range_and_range_rules(client):
    relative = {
        "dashboard": {"id": DASHBOARD_ID},
        "range": {"anchor": "2021-04-11T00:00:00Z", "offset": "-7D"},
    }
    result = ok(client.post("/v2/dashboard/execute", json=relative))[0]
    assert result["range"] == {"start": "2021-04-04T00:00:00Z", "end": "2021-04-11T00:00:00Z"}
    both = {"dashboard": {"id": DASHBOARD_ID}, "range": {"start": "2021-04-04T00:00:00Z", "anchor": "now"}}
    assert error(client.post("/v2/dashboard/execute", json=both), 400)["name"] == "range"
    bad_offset = {"dashboard": {"id": DASHBOARD_ID}, "range": {"offset": "a week"}}
    assert error(client.post("/v2/dashboard/execute", json=bad_offset), 400)["name"] == "range.offset"


def test_unknown_dashboard_is_404(client):
    error(client.post("/v2/dashboard/execute", json={"dashboard": {"id": LINE_01_ID}}), 404)
