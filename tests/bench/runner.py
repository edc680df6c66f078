"""``run()``: every measurement in one process, printed as Markdown."""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TextIO

from . import cases, exosite_points, iotile, iotticket_cases, stock
from .report import Row, header, table

SPEC = Path(__file__).resolve().parents[2] / "specs" / "oden.openapi.yaml"

SECTIONS = ("decode", "call", "import", "bulk", "memory", "exosite", "iotile", "iotticket")
"""Names ``--only`` accepts, in the order the table lists them."""


def run(
    *,
    quick: bool = False,
    with_stock: bool = True,
    out: TextIO | None = None,
    only: Collection[str] = (),
) -> list[Row]:
    """Measure everything (or the ``only`` sections) and print the header, the table and notes.

    ``quick`` keeps every row but takes the fewest repeats, short loops and 10,000 bulk items: it
    is for checking that the runner works, not for quoting. IOTile runs in full runs only.
    """
    out = out or sys.stdout
    unknown = set(only) - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown sections {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    wanted = set(only or SECTIONS)
    if quick and not only:
        wanted.discard("iotile")
    settings = cases.Settings.quick() if quick else cases.Settings()
    needs_stock = with_stock and bool(wanted & {"decode", "call", "memory"})
    stock_client = stock.generate(SPEC) if needs_stock else stock.StockClient(None, None, "skipped: disabled")
    rows: list[Row] = []
    notes = [f"openapi-python-client stock client: {stock_client.note}."]
    if "import" in wanted:
        notes.append(
            "Cold imports load cached bytecode for every candidate: the fresh interpreters get a temporary "
            "`PYTHONPYCACHEPREFIX` and `PYTHONDONTWRITEBYTECODE` unset (as after `pip install`). httpx "
            "imports its CLI (click, rich, pygments) whenever they are installed; the second rows block "
            "them, as for users without them."
        )
    repeats = settings.bulk_repeats
    sections: dict[str, Callable[[], tuple[list[Row], list[str]]]] = {
        "decode": lambda: (cases.typed_decode(settings, stock_client), []),
        "call": lambda: (cases.whole_call(settings, stock_client), []),
        "import": lambda: (cases.import_cost(settings), []),
        "bulk": lambda: cases.bulk_create(settings),
        "memory": lambda: (cases.decode_memory(stock_client), []),
        "exosite": lambda: exosite_points.rows(repeats=repeats, count=10_000),
        "iotile": lambda: iotile.download_rows(repeats=repeats),
        "iotticket": lambda: iotticket_cases.rows(settings.bulk_items, repeats=repeats),
    }
    try:
        for name in SECTIONS:
            if name in wanted:
                section_rows, section_notes = sections[name]()
                rows += section_rows
                notes += section_notes
    finally:
        stock_client.close()
    lines = header(quick=quick, repeats=settings.repeats, target_ms=settings.target_ms)
    lines += [*table(rows), "", *(f"- {note}" for note in notes)]
    print("\n".join(lines), file=out, flush=True)
    return rows
