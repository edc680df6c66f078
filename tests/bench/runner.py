"""``run()``: every measurement in one process, printed as Markdown."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from . import cases, exosite_points, iotile, iotticket_cases, stock
from .report import Row, header, table

SPEC = Path(__file__).resolve().parents[2] / "specs" / "oden.openapi.yaml"


def run(*, quick: bool = False, with_stock: bool = True, out: TextIO | None = None) -> list[Row]:
    """Measure everything and print the header, the table and notes; return the rows.

    ``quick`` keeps every row but takes a handful of samples and 10,000 bulk items: it is for
    checking that the runner works, not for quoting.
    """
    out = out or sys.stdout
    settings = cases.Settings.quick() if quick else cases.Settings()
    stock_client = stock.generate(SPEC) if with_stock else stock.StockClient(None, None, "skipped: disabled")
    rows: list[Row] = []
    notes = [
        f"openapi-python-client stock client: {stock_client.note}.",
        "Cold imports load cached bytecode for every candidate: the fresh interpreters get a temporary "
        "`PYTHONPYCACHEPREFIX` and `PYTHONDONTWRITEBYTECODE` unset (as after `pip install`). httpx imports "
        "its CLI (click, rich, pygments) whenever they are installed; the second row blocks them, as for "
        "users without them.",
    ]
    try:
        rows += cases.typed_decode(settings, stock_client)
        rows += cases.whole_call(settings, stock_client)
        rows += cases.import_cost(settings)
        bulk_rows, bulk_notes = cases.bulk_create(settings)
        rows += bulk_rows
        notes += bulk_notes
        rows += cases.decode_memory(stock_client)
        exosite_rows, exosite_notes = exosite_points.rows(repeats=1 if quick else 3, count=10_000)
        rows += exosite_rows
        notes += exosite_notes
        if not quick:
            iotile_rows, iotile_notes = iotile.download_rows()
            rows += iotile_rows
            notes += iotile_notes
        iotticket_rows, iotticket_notes = iotticket_cases.rows(settings.bulk_items)
        rows += iotticket_rows
        notes += iotticket_notes
    finally:
        stock_client.close()
    lines = header(quick=quick, repeats=settings.repeats, target_ms=settings.target_ms)
    lines += [*table(rows), "", *(f"- {note}" for note in notes)]
    print("\n".join(lines), file=out, flush=True)
    return rows
