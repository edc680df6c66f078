"""The table every demo ends with: one row per step of the tour and what it showed."""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Console
from rich.table import Table

__all__ = ["print_summary"]


def print_summary(console: Console, title: str, summary: Mapping[str, object]) -> None:
    table = Table(title=title)
    table.add_column("step")
    table.add_column("result")
    for step, outcome in summary.items():
        table.add_row(step, str(outcome))
    console.print(table)
