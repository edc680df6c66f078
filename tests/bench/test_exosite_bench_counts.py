"""The countable part of the Exosite rows: requests and points, never time."""

from __future__ import annotations

from tests.bench import exosite_points


def test_10000_points_take_20_requests_batched_and_10000_one_by_one() -> None:
    data = exosite_points.points(10_000)
    batched = exosite_points.batched(data)
    assert batched.server.requests == 20
    assert batched.server.points == 10_000 == batched.written
    single = exosite_points.one_call_per_point(data[:500])
    assert single.server.requests == 500 == single.server.points


def test_rows_compare_side_by_side() -> None:
    rows, notes = exosite_points.rows(repeats=1, count=2_000)
    assert rows[0].value == "4"
    assert rows[0].ratio == 4 / 2_000
    assert notes
