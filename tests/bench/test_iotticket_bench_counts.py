"""The countable part of the IoT-TICKET benchmarks, asserted (nothing here asserts on time)."""

from __future__ import annotations

import math

from tests.bench import iotticket_cases as cases


def test_lookups_cost_one_listing_with_the_snapshot_and_one_request_per_level_without() -> None:
    paths = cases.lookup_paths(1000)
    cached = cases.resolve_cached(paths)
    assert cached.counts == {"create_token": 1, "list_assets": 1}
    stepwise = cases.resolve_level_by_level(paths)
    assert stepwise.counts["list_assets"] + stepwise.counts["list_asset_children"] == 1000 * cases.LEVELS


def test_packed_telemetry_stays_within_10_percent_of_the_bound() -> None:
    rows = cases.telemetry_rows(10_000)
    packed = cases.write_packed(rows)
    sent = packed.server.counts["put_device_telemetry"]
    assert sent <= math.ceil(1.1 * packed.lower_bound)
    assert max(packed.server.sizes) <= 2048
    single = cases.write_one_per_request(rows[:500])
    assert single.server.counts["put_device_telemetry"] == 500
