"""The countable part of the benchmarks, asserted; and a smoke run so the runner cannot rot.

Nothing here asserts on time.
"""

from __future__ import annotations

import io

import pytest

from tests.bench import cases, data, stock
from tests.bench.report import TIMES, Row, table
from tests.bench.runner import SPEC, run


def test_bulk_set_intervals_sends_10000_intervals_in_4_requests_of_at_most_2500() -> None:
    outcome = cases.bulk_with_ours(data.bulk_create_model(10_000))

    sent = outcome.server
    assert sent.requests == 4
    assert sent.items == [2500, 2500, 2500, 2500]
    assert outcome.ids == 10_000
    assert outcome.failed == 0
    # Items shaped like the spec's example are ~95 bytes on the wire; absent (UNSET) fields must be
    # left out, not sent as null, or this grows.
    assert max(sent.sizes) <= 256 * 1024


def test_bulk_set_intervals_sends_a_partial_last_request() -> None:
    outcome = cases.bulk_with_ours(data.bulk_create_model(5_001))

    assert outcome.server.items == [2500, 2500, 1]
    assert outcome.ids == 5_001


def test_raw_baseline_sends_the_same_requests() -> None:
    outcome = cases.bulk_with_raw(data.interval_items(5_001))

    assert outcome.server.items == [2500, 2500, 1]
    assert outcome.ids == 5_001


def test_quick_run_prints_a_markdown_table_with_every_section() -> None:
    out = io.StringIO()

    rows = run(quick=True, with_stock=False, out=out)

    text = out.getvalue()
    for fact in ("- Date:", "- Python:", "- CPUs:", "- Memory:", "| # | Measurement |"):
        assert fact in text
    assert {row.section for row in rows} == {1, 2, 3, 4, 5, 6, 8}  # 7 (IOTile) runs in full runs only
    requests = next(row for row in rows if row.section == 4 and "requests sent" in row.measurement)
    assert requests.value == "4"
    assert requests.met is True
    table_lines = [line for line in text.splitlines() if line.startswith("|")]
    assert len(table_lines) == len(rows) + 2
    assert all(line.replace("\\|", "").count("|") == 8 for line in table_lines)  # 7 columns everywhere


def test_table_escapes_pipes_and_marks_missed_targets() -> None:
    lines = table([Row(9, "a | b", "1 ms", "", 1.5, f"≤ 1.00{TIMES}", False)])

    assert lines[-1] == f"| 9 | a \\| b | 1 ms | — | 1.50{TIMES} | ≤ 1.00{TIMES} | **no** |"


@pytest.mark.slow
def test_stock_openapi_python_client_decodes_the_same_lines() -> None:
    pytest.importorskip("openapi_python_client")
    client = stock.generate(SPEC)
    try:
        assert client.package is not None, client.note
        decoded = cases.decoders(data.lines_body(3), client)
        assert [line.name for line in decoded["stock"]()] == [line.name for line in decoded["ours"]()]
    finally:
        client.close()
