"""The countable part of the Exosite rows: requests and points, never time."""

from __future__ import annotations

from tests.bench import exosite_points


def test_10000_points_take_one_request_as_pyonep_sends_them() -> None:
    data = exosite_points.points(10_000)
    batched = exosite_points.batched(data)
    assert batched.server.requests == 1
    assert batched.server.points == 10_000 == batched.written
    raw = exosite_points.raw_recordbatch(data)
    assert raw.server.requests == 1 and raw.server.points == 10_000
    assert exosite_points.batched(data, chunk=500).server.requests == 20


def test_rows_compare_side_by_side() -> None:
    rows, notes = exosite_points.rows(repeats=5, count=2_000)
    assert rows[0].value == "1"
    assert rows[0].met is True
    assert notes
