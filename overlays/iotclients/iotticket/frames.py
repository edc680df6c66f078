"""Read results in the seed's output forms: ``json`` or a pandas ``DataFrame``; datetimes in ``tz``
or epoch milliseconds; values converted with ``astype``; the data's origin in ``df.attrs['sources']``.

pandas is imported only when a DataFrame is asked for (the ``pandas`` extra).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from iotclients.core.errors import InvalidArgumentError

__all__ = ["OutputOptions", "convert_value", "render_series", "render_table", "stamp_out"]

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


class OutputOptions:
    """``timestamp`` form, zone and value type, checked once per call."""

    __slots__ = ("astype", "epoch", "zone")

    def __init__(self, *, epoch: bool, zone: datetime.tzinfo, astype: type = str) -> None:
        self.epoch: bool = epoch
        self.zone: datetime.tzinfo = zone
        self.astype: type = astype


def stamp_out(moment: datetime.datetime, options: OutputOptions) -> datetime.datetime | int:
    if options.epoch:
        return (moment - _EPOCH) // datetime.timedelta(milliseconds=1)
    return moment.astimezone(options.zone)


def convert_value(value: Any, options: OutputOptions) -> Any:
    """``astype(value)``; ``str`` (the default) leaves values as the server sent them."""
    if options.astype is str or value is None:
        return value
    try:
        return options.astype(value)
    except (TypeError, ValueError) as exc:
        raise InvalidArgumentError(
            "astype", f"cannot convert {value!r} with {options.astype.__name__}: {exc}"
        ) from None


def _points(values: Sequence[Any], options: OutputOptions) -> list[dict[str, Any]]:
    return [
        {"timestamp": stamp_out(point.ts, options), "value": convert_value(point.v, options)}
        for point in values
    ]


def render_series(
    values: Sequence[Any], options: OutputOptions, *, form: str, sources: Mapping[str, Any]
) -> Any:
    """One attribute's values: a (timestamp, value) DataFrame or a list of dicts."""
    points = _points(values, options)
    if form == "json":
        return points
    try:
        import pandas as pd
    except ModuleNotFoundError as exc:
        raise _pandas_missing(exc) from exc

    frame = pd.DataFrame(points, columns=["timestamp", "value"])
    frame.attrs["sources"] = dict(sources)
    return frame


def render_table(
    series: Sequence[tuple[str, Sequence[Any]]],
    options: OutputOptions,
    *,
    form: str,
    sources: Mapping[str, Any],
) -> Any:
    """Many attributes: ``{name: [{timestamp, value}]}``, or one DataFrame with a ``timestamp``
    column and one column per attribute (rows joined on the timestamp, missing values NaN)."""
    if form == "json":
        return {name: _points(values, options) for name, values in series}
    try:
        import pandas as pd
    except ModuleNotFoundError as exc:
        raise _pandas_missing(exc) from exc

    columns: dict[str, Any] = {}
    for name, values in series:
        points = _points(values, options)
        columns[name] = (
            pd.Series(
                [p["value"] for p in points],
                index=pd.Index([p["timestamp"] for p in points], name="timestamp"),
                dtype=object,
            )
            .groupby(level=0)
            .last()
        )
    frame = pd.DataFrame(columns) if columns else pd.DataFrame({"timestamp": []})
    if columns:
        frame = frame.sort_index().reset_index()
    frame.attrs["sources"] = dict(sources)
    return frame


def _pandas_missing(exc: ModuleNotFoundError) -> ModuleNotFoundError:
    return ModuleNotFoundError(
        f"form='DataFrame' needs {exc.name}, which comes with the pandas extra: "
        "pip install 'iotclients[pandas]' (or ask for form='json')",
        name=exc.name,
    )
