"""Data as tables: ``stream/{s}/csv/``, ``datatable/``, ``eventtable/``, ``df/`` and ``data/{id}``.

Column sets and the DataTables shape are the spec's INFERRED ones (see its "Spec decisions").
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Sequence
from typing import Any

from iotclients_sandbox.iotile.calls import Call, IOTileError, Reply, parse_time
from iotclients_sandbox.iotile.records import Stream
from iotclients_sandbox.iotile.state import IOTileState
from iotclients_sandbox.iotile.timeseries import TimeSeries, merge_windows
from iotclients_sandbox.iotile.views import event_view, format_time, stream_data_view, stream_id_data_view

__all__ = ["Tables"]


def _text_table(header: Sequence[str], rows: Iterable[Sequence[Any]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


class Tables:
    def __init__(self, state: IOTileState, series: TimeSeries) -> None:
        self.state = state
        self.series = series

    def _window(self, call: Call, stream: Stream) -> Any:
        start, end = parse_time(call.arg("start"), "start"), parse_time(call.arg("end"), "end")
        return stream.series.window(*self.series.masked(stream, start, end))

    def get_stream_csv(self, call: Call) -> Reply:
        call.require_user()
        stream = self.series.stream(call)
        rows = (
            (format_time(point.timestamp), point.value, stream.output(point.value))
            for point in self._window(call, stream)
        )
        return Reply(200, _text_table(("timestamp", "value", "output_value"), rows), "text/csv")

    def get_stream_datatable(self, call: Call) -> Reply:
        call.require_user()
        stream = self.series.stream(call)
        window = self._window(call, stream)
        rows = [stream_id_data_view(stream, point) for point in window]
        return Reply(200, {"recordsTotal": len(stream.series), "recordsFiltered": len(rows), "data": rows})

    def get_stream_eventtable(self, call: Call) -> Reply:
        call.require_user()
        stream = self.series.stream(call)
        events = sorted(
            (e for e in self.state.events.values() if e.stream == stream.slug),
            key=lambda e: (e.timestamp, e.id),
        )
        rows = [event_view(event) for event in events]
        return Reply(200, {"recordsTotal": len(rows), "recordsFiltered": len(rows), "data": rows})

    def get_data_point(self, call: Call) -> Reply:
        if not call.require_user().is_staff:
            raise IOTileError.detail(403, "You do not have permission to perform this action.")
        point_id = int(call.path["id"])
        for stream in self.state.streams.values():
            point = stream.series.point_by_id(point_id)
            if point is not None:
                return Reply(200, stream_data_view(stream, point))
        raise IOTileError.detail(404, "Not found.")

    def get_data_frame(self, call: Call) -> Reply:
        call.require_user()
        streams = self.series.filtered_streams(call)
        windows = self.series.windows(call, streams)
        output = call.arg("apply_mdo") == "1"
        rows = [
            (stream.slug, format_time(point.timestamp), stream.output(point.value) if output else point.value)
            for stream, point in merge_windows(windows)
        ]
        header: list[str] = ["stream", "timestamp", "value"]
        table: list[Sequence[Any]] = list(rows)
        if call.arg("pivot") == "1":
            header, table = _pivot([stream.slug for stream in streams], rows)
        kind = call.arg("format") or "csv"
        if kind == "json":
            return Reply(200, {"columns": header, "data": [list(row) for row in table]})
        if kind == "txt":
            return Reply(200, _text_table(header, table, "\t"), "text/plain")
        return Reply(200, _text_table(header, table), "text/csv")


def _pivot(
    slugs: list[str], rows: list[tuple[str, str | None, float]]
) -> tuple[list[str], list[Sequence[Any]]]:
    """One row per timestamp, one column per stream (empty where a stream has no point)."""
    column = {slug: position for position, slug in enumerate(slugs)}
    table: list[Sequence[Any]] = []
    for moment, group in itertools.groupby(rows, key=lambda row: row[1]):  # rows come in time order
        cells: list[Any] = [""] * len(slugs)
        for slug, _, value in group:
            cells[column[slug]] = value
        table.append([moment, *cells])
    return ["timestamp", *slugs], table
