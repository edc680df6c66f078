"""Bulk interval operations: limits, type restrictions, partial success, the delete window."""

from __future__ import annotations

import pytest
from sandbox_support import BATCH, LINE_01, LINE_03, OPERATOR, RUN, STATE, error, ok

from iotclients_sandbox.oden.seed import LINE_01_ID, RUN_INTERVAL_ID


def _items(count: int, day: int = 1, prefix: str = "op") -> list[dict[str, str]]:
    # One interval a minute from the given day of May 2022, so 10,000 fit in a week.
    items = []
    for index in range(count):
        hour, minute = divmod(index, 60)
        day_offset, hour = divmod(hour, 24)
        start = f"2022-05-{day + day_offset:02d}T{hour:02d}:{minute:02d}:00Z"
        end = f"2022-05-{day + day_offset:02d}T{hour:02d}:{minute:02d}:30Z"
        items.append({"name": f"{prefix} {index}", "start_time": start, "end_time": end})
    return items


def _bulk_set(client, items, type_=OPERATOR, line=LINE_03):
    return client.post("/v2/intervals/set", json={"type": type_, "line": line, "intervals": items})


def test_bulk_set_returns_created_ids(client):
    ids = ok(_bulk_set(client, _items(3)))
    assert len(ids) == 3
    assert all(isinstance(interval_id, str) for interval_id in ids)
    found = ok(client.post("/v2/interval/search", json={"type": OPERATOR, "line": LINE_03, "match": "all"}))
    assert [interval["id"] for interval in found] == ids


def test_bulk_set_at_the_limit_and_over_it(client, oden):
    assert len(ok(_bulk_set(client, _items(2500)))) == 2500
    body = error(_bulk_set(client, _items(2501)), 400)
    assert body["name"] == "intervals"
    assert len(oden.backend.intervals_of(_line_03_id(oden), "operator id")) == 2500


@pytest.mark.parametrize("builtin", [RUN, BATCH, STATE])
def test_bulk_set_rejects_builtin_types(client, builtin):
    assert error(_bulk_set(client, _items(1), type_=builtin), 400)["name"] == "type"


def test_bulk_set_never_overwrites_and_items_name_only_the_requests_line(client, oden):
    items = _items(3)
    items[1]["id"] = RUN_INTERVAL_ID
    assert error(_bulk_set(client, items), 400)["name"] == "intervals[1].id"
    items = _items(3)
    items[2]["line"] = LINE_01
    assert error(_bulk_set(client, items), 400)["name"] == "intervals[2].line"
    # Rejected requests change nothing.
    assert oden.backend.intervals_of(_line_03_id(oden), "operator id") == []


def test_bulk_set_checks_each_item_before_writing(client, oden):
    items = _items(4)
    items[2]["end_time"] = "2000-01-01T00:00:00Z"
    assert error(_bulk_set(client, items), 400)["name"] == "intervals[2].end_time"
    assert oden.backend.intervals_of(_line_03_id(oden), "operator id") == []


def test_ten_thousand_intervals_in_four_requests(client, oden):
    for chunk in range(4):
        items = _items(2500, day=1 + 2 * chunk, prefix=f"chunk{chunk}")
        assert len(ok(_bulk_set(client, items))) == 2500
    assert oden.journal.count("bulk_set_intervals") == 4
    found = ok(client.post("/v2/interval/search", json={"type": OPERATOR, "line": LINE_03, "match": "all"}))
    assert len(found) == 10_000
    assert len({interval["id"] for interval in found}) == 10_000


def test_bulk_update_reports_partial_success(client):
    ids = ok(_bulk_set(client, _items(2)))
    updates = [
        {"id": ids[0], "name": "renamed"},
        {"id": "nope", "name": "lost"},
        {"id": ids[1], "end_time": "2000-01-01T00:00:00Z"},
    ]
    result = ok(
        client.post("/v2/intervals/update", json={"type": OPERATOR, "line": LINE_03, "intervals": updates})
    )
    assert result["num_updated"] == 1
    assert result["updated_intervals"][0]["name"] == "renamed"
    assert result["num_failed"] == 2
    assert [failure["id"] for failure in result["failed_intervals"]] == ["nope", ids[1]]


def test_bulk_update_needs_ids_and_respects_the_limit(client):
    body = {"type": OPERATOR, "line": LINE_03, "intervals": [{"name": "no id"}]}
    assert error(client.post("/v2/intervals/update", json=body), 400)["name"] == "intervals[0].id"
    body["intervals"] = [{"id": str(index)} for index in range(2501)]
    assert error(client.post("/v2/intervals/update", json=body), 400)["name"] == "intervals"


def test_bulk_update_of_unknown_line_is_400_as_it_declares_no_404(client):
    line = {"name": "Line 99", "factory": {"name": "Factory A"}}
    body = {"type": OPERATOR, "line": line, "intervals": [{"id": "x"}]}
    assert error(client.post("/v2/intervals/update", json=body), 400)["name"] == "line"


def _delete_body(**overrides):
    body = {
        "type": OPERATOR,
        "line": LINE_03,
        "start_time": "2022-05-01T00:00:00Z",
        "end_time": "2022-05-02T00:00:00Z",
    }
    body.update(overrides)
    return body


def test_bulk_delete_a_time_range(client):
    ok(_bulk_set(client, _items(30)))
    body = _delete_body(end_time="2022-05-01T00:10:00Z")
    assert ok(client.post("/v2/intervals/delete", json=body)) == {"num_deleted": 10, "failed_intervals": []}
    left = ok(client.post("/v2/interval/search", json={"type": OPERATOR, "line": LINE_03, "match": "all"}))
    assert len(left) == 20


def test_bulk_delete_soft(client, oden):
    ok(_bulk_set(client, _items(5)))
    result = ok(client.post("/v2/intervals/delete", json=_delete_body(hard_delete=False)))
    assert result["num_deleted"] == 5
    assert len(oden.backend.state.soft_deleted_intervals) == 5


@pytest.mark.parametrize("builtin", [RUN, BATCH])
def test_bulk_delete_rejects_run_and_batch(client, builtin):
    body = _delete_body(type=builtin, line=LINE_01)
    assert error(client.post("/v2/intervals/delete", json=body), 400)["name"] == "type"


def test_bulk_delete_allows_state(client):
    body = _delete_body(
        type=STATE, line=LINE_01, start_time="2021-04-01T00:00:00Z", end_time="2021-04-30T00:00:00Z"
    )
    assert ok(client.post("/v2/intervals/delete", json=body))["num_deleted"] == 2


def test_bulk_delete_window_is_at_most_30_days(client):
    ok_window = _delete_body(start_time="2022-05-01T00:00:00Z", end_time="2022-05-31T00:00:00Z")
    assert ok(client.post("/v2/intervals/delete", json=ok_window))["num_deleted"] == 0
    too_long = _delete_body(start_time="2022-05-01T00:00:00Z", end_time="2022-05-31T00:00:01Z")
    assert error(client.post("/v2/intervals/delete", json=too_long), 400)["name"] == "end_time"
    backwards = _delete_body(start_time="2022-05-02T00:00:00Z", end_time="2022-05-01T00:00:00Z")
    assert error(client.post("/v2/intervals/delete", json=backwards), 400)["name"] == "end_time"
    assert error(client.post("/v2/intervals/delete", json=_delete_body(start_time=None)), 400)


def test_bulk_delete_at_most_15000_intervals(client, oden):
    # Filled in-process: 15,001 intervals over HTTP would only slow the test down.
    backend = oden.backend
    for chunk in range(7):
        items = _items(2500 if chunk < 6 else 1, day=1 + 2 * chunk, prefix=f"c{chunk}")
        backend.execute("bulk_set_intervals", {"type": OPERATOR, "line": LINE_03, "intervals": items})
    window = _delete_body(start_time="2022-05-01T00:00:00Z", end_time="2022-05-30T00:00:00Z")
    body = error(client.post("/v2/intervals/delete", json=window), 400)
    assert "15000" in body["error"]
    assert len(backend.intervals_of(_line_03_id(oden), "operator id")) == 15_001
    window["end_time"] = "2022-05-13T00:00:00Z"
    assert ok(client.post("/v2/intervals/delete", json=window))["num_deleted"] == 15_000


def test_bulk_set_then_state_on_other_line_untouched(client, oden):
    ok(_bulk_set(client, _items(3)))
    assert len(oden.backend.intervals_of(LINE_01_ID, "operator id")) == 2


def _line_03_id(oden) -> str:
    lines = [line for line in oden.backend.state.lines.values() if line.name == "Line 03"]
    return lines[0].id
