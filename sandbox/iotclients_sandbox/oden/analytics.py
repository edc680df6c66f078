"""OQL queries and dashboard execution.

Neither reproduces Oden's analytics engine: both compute small deterministic tables from
the sandbox's own intervals, enough for clients to exercise formats, module errors and
filters end to end.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from iotclients_sandbox.oden.catalog import Catalog
from iotclients_sandbox.oden.errors import BadParameter, NotFound
from iotclients_sandbox.oden.matching import Body, obj, required_obj, text
from iotclients_sandbox.oden.records import DashboardModule, Interval, Line
from iotclients_sandbox.oden.state import OdenState
from iotclients_sandbox.oden.timefmt import format_time, parse_time

__all__ = ["Analytics", "TextResult"]

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_OFFSET = re.compile(r"^([+-]?)(\d+)([DdHhWwM])$")
"""Relative offsets such as ``-7D``; ``M`` is a 30-day month (lower-case ``m`` would read as minutes)."""
_OFFSET_UNITS: Final = {
    "D": timedelta(days=1),
    "H": timedelta(hours=1),
    "W": timedelta(weeks=1),
    "M": timedelta(days=30),
}
_OQL_COLUMNS: Final = (("factory", "string"), ("line", "string"), ("runs", "number"), ("states", "number"))


@dataclass(frozen=True, slots=True)
class TextResult:
    """A non-JSON response body (OQL's CSV format)."""

    text: str
    media_type: str


class Analytics:
    def __init__(self, state: OdenState, catalog: Catalog) -> None:
        self.state = state
        self.catalog = catalog

    # -- OQL ----------------------------------------------------------------------------------

    def run_oql_query(self, body: Body, query: Mapping[str, str]) -> Any:
        statement = (text(body, "query") or "").strip()
        if not statement:
            raise BadParameter("query", "query must not be empty")
        placeholder = _PLACEHOLDER.search(statement)
        if placeholder is not None:
            raise BadParameter(
                "query", f"the query holds the unsubstituted placeholder {placeholder.group(0)}"
            )
        rows = self._interval_counts()
        output = query.get("format", "json")
        if output == "csv":
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow([name for name, _ in _OQL_COLUMNS])
            writer.writerows([[row[name] for name, _ in _OQL_COLUMNS] for row in rows])
            return TextResult(buffer.getvalue(), "text/csv")
        if output == "jsonextended":
            return {"columns": [{"name": name, "type": kind} for name, kind in _OQL_COLUMNS], "rows": rows}
        return rows

    def _interval_counts(self) -> list[dict[str, Any]]:
        type_names = {
            interval_type.id: interval_type.name for interval_type in self.state.interval_types.values()
        }
        counts: dict[str, dict[str, int]] = {line_id: {"RUN": 0, "STATE": 0} for line_id in self.state.lines}
        for interval in self.state.intervals:
            name = type_names.get(interval.type_id, "")
            if name in ("RUN", "STATE"):
                counts[interval.line_id][name] += 1
        rows = []
        for line in self.state.lines.values():
            factory = self.state.factories[line.factory_id]
            rows.append(
                {
                    "factory": factory.name,
                    "line": line.name,
                    "runs": counts[line.id]["RUN"],
                    "states": counts[line.id]["STATE"],
                }
            )
        return sorted(rows, key=lambda row: (row["factory"], row["line"]))

    # -- dashboards ---------------------------------------------------------------------------

    def execute_dashboard(self, body: Body, now: datetime | None = None) -> list[dict[str, Any]]:
        dashboard_id = text(required_obj(body, "dashboard"), "id")
        dashboard = self.state.dashboards.get(dashboard_id or "")
        if dashboard is None:
            raise NotFound(f"dashboard {dashboard_id!r} not found", name="dashboard.id")
        start, end = _window(obj(body, "range") or {}, now or datetime.now(UTC).replace(microsecond=0))
        filters = obj(body, "filters") or {}
        lines = self._filtered_lines(filters)
        return [self._run_module(module, start, end, lines, filters) for module in dashboard.modules]

    def _filtered_lines(self, filters: Body) -> list[Line]:
        wanted = filters.get("lines")
        if not isinstance(wanted, list) or not wanted:
            return list(self.state.lines.values())
        chosen = []
        for line in self.state.lines.values():
            for ref in wanted:
                if not isinstance(ref, dict):
                    continue
                if ref.get("id", line.id) == line.id and ref.get("name", line.name) == line.name:
                    chosen.append(line)
                    break
        return chosen

    def _run_module(
        self, module: DashboardModule, start: datetime, end: datetime, lines: Sequence[Line], filters: Body
    ) -> dict[str, Any]:
        result: dict[str, Any] = {
            "module_id": module.id,
            "module_name": module.name,
            "module_type": module.module_type,
            "range": {"start": format_time(start), "end": format_time(end)},
            "filters_applied": dict(filters),
            "columns": None,
            "rows": None,
            "error": None,
        }
        placeholder = _PLACEHOLDER.search(module.query)
        if placeholder is not None:
            # Like the real service: placeholders are not substituted, so the module fails alone.
            result["error"] = f"query holds the unsubstituted placeholder {placeholder.group(0)}"
            return result
        if module.kind == "runs":
            columns, rows = self._runs(start, end, lines, filters)
        else:
            columns, rows = self._states(start, end, lines, filters)
        result["columns"] = [{"name": name, "type": kind} for name, kind in columns]
        result["rows"] = rows
        return result

    def _intervals(
        self, type_name: str, start: datetime, end: datetime, lines: Sequence[Line]
    ) -> list[Interval]:
        type_ids = [item.id for item in self.state.interval_types.values() if item.name == type_name]
        found: list[Interval] = []
        for line in lines:
            for type_id in type_ids:
                found.extend(
                    interval
                    for interval in self.state.intervals.bucket(line.id, type_id)
                    if interval.start_time is not None and start <= interval.start_time < end
                )
        return sorted(found, key=lambda interval: (interval.start_time or start, interval.sequence))

    def _runs(
        self, start: datetime, end: datetime, lines: Sequence[Line], filters: Body
    ) -> tuple[list[tuple[str, str]], list[dict[str, Any]]]:
        product_ids = filters.get("product_ids")
        rows = []
        for interval in self._intervals("RUN", start, end, lines):
            product = obj(interval.metadata, "product") or {}
            if isinstance(product_ids, list) and product_ids and product.get("id") not in product_ids:
                continue
            rows.append(
                {
                    "line": self.state.lines[interval.line_id].name,
                    "run": interval.name or interval.id,
                    "product": product.get("name"),
                    "start_time": format_time(interval.start_time) if interval.start_time else None,
                    "end_time": format_time(interval.end_time) if interval.end_time else None,
                }
            )
        columns = [
            ("line", "string"),
            ("run", "string"),
            ("product", "string"),
            ("start_time", "datetime"),
            ("end_time", "datetime"),
        ]
        return columns, rows

    def _states(
        self, start: datetime, end: datetime, lines: Sequence[Line], filters: Body
    ) -> tuple[list[tuple[str, str]], list[dict[str, Any]]]:
        wanted = (obj(filters, "states") or {}).get("state_category_and_reasons")
        rows = []
        for interval in self._intervals("STATE", start, end, lines):
            category = obj(interval.metadata, "category") or {}
            reason = obj(interval.metadata, "reason") or {}
            if (
                isinstance(wanted, list)
                and wanted
                and not any(
                    isinstance(item, dict)
                    and item.get("state_category") == category.get("id")
                    and item.get("state_reason", reason.get("name")) == reason.get("name")
                    for item in wanted
                )
            ):
                continue
            minutes = None
            if interval.start_time is not None and interval.end_time is not None:
                minutes = (interval.end_time - interval.start_time).total_seconds() / 60.0
            rows.append(
                {
                    "line": self.state.lines[interval.line_id].name,
                    "category": category.get("name"),
                    "reason": reason.get("name"),
                    "minutes": minutes,
                }
            )
        columns = [("line", "string"), ("category", "string"), ("reason", "string"), ("minutes", "number")]
        return columns, rows


def _window(range_: Body, now: datetime) -> tuple[datetime, datetime]:
    absolute = range_.get("start") is not None or range_.get("end") is not None
    relative = range_.get("anchor") is not None or range_.get("offset") is not None
    if absolute and relative:
        raise BadParameter("range", "give either start and end, or anchor and offset, not both")
    if absolute:
        for key in ("start", "end"):
            if range_.get(key) is None:
                raise BadParameter(f"range.{key}", f"an absolute range needs {key}")
        start = parse_time(range_["start"], "range.start")
        end = parse_time(range_["end"], "range.end")
        if end <= start:
            raise BadParameter("range.end", "range.end must be after range.start")
        return start, end
    anchor_text = text(range_, "anchor") or "now"
    if anchor_text != "now":
        try:
            anchor = parse_time(anchor_text, "range.anchor")
        except BadParameter:
            raise BadParameter("range.anchor", "anchor must be 'now' or a date-time") from None
    else:
        anchor = now
    offset_text = text(range_, "offset") or "-7D"
    found = _OFFSET.match(offset_text)
    if found is None:
        raise BadParameter("range.offset", "offset must look like -7D (units D, H, W or M)")
    sign, amount, unit = found.groups()
    delta = _OFFSET_UNITS[unit.upper()] * int(amount)
    return (anchor - delta, anchor) if sign != "+" else (anchor, anchor + delta)
