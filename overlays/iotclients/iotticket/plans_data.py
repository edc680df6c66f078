"""Plans of the seed's read methods: time series (one and many attributes), statistics, timesignals."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from iotclients.core.errors import InvalidArgumentError, PayloadTooLargeError
from iotclients_generated.iotticket.client import operation
from iotclients_generated.iotticket.models.sort_order import SortOrder

from ._runner import Parallel, Plan, Step
from .checks import (
    DIMENSIONS,
    MAX_LIMIT,
    PERIODS,
    check_astype,
    check_enum,
    check_form,
    check_limit,
    check_timestamp_form,
    exactly_one,
    optional_utc,
    parse_tz,
)
from .frames import OutputOptions, render_series, render_table, stamp_out
from .resolve import Session, attributes_of, locate_asset, locate_attribute, retrying, tree_of

if TYPE_CHECKING:
    from iotclients_generated.iotticket.models import (
        AssetAttribute,
        AttributeTimeseries,
        StatisticsValue,
        TimeseriesQuery,
    )


__all__ = [
    "get_multiple_timeseries",
    "get_statistics",
    "get_timeseries",
    "get_timesignal",
    "query_cap",
    "query_timeseries",
]

_SERIES_TYPES = ("TelemetryData", "Calculated")


def _options(timestamp: Any, tz: Any, astype: Any = str) -> OutputOptions:
    return OutputOptions(
        epoch=check_timestamp_form(timestamp) == "epoch", zone=parse_tz(tz), astype=check_astype(astype)
    )


def _window(start_time: Any, end_time: Any) -> tuple[datetime.datetime, datetime.datetime]:
    start = optional_utc(start_time, "start_time") or datetime.datetime.fromtimestamp(0, datetime.UTC)
    end = optional_utc(end_time, "end_time") or datetime.datetime.now(datetime.UTC)
    if start > end:
        raise InvalidArgumentError("start_time, end_time", "start_time must not be after end_time")
    return start, end


def get_timeseries(session: Session, args: dict[str, Any]) -> Plan[Any]:
    which = exactly_one(names_path=args["names_path"], attribute_id=args["attribute_id"])
    form = check_form(args["form"])
    options = _options(args["timestamp"], args["tz"], args["astype"])
    limit = check_limit(args["limit"])
    start, end = _window(args["start_time"], args["end_time"])

    def run() -> Plan[Any]:
        attribute_id, sources = args["attribute_id"], {"attribute_ids": [args["attribute_id"]]}
        if which == "names_path":
            attribute, owner = yield from locate_attribute(session, args["names_path"], types=_SERIES_TYPES)
            attribute_id = attribute.id
            sources = _sources([attribute], owner)
        series: AttributeTimeseries = yield Step(
            "read_timeseries",
            org_id=session.organization_id,
            attribute_id=attribute_id,
            start=start,
            end=end,
            order=SortOrder.ASC if args["chronological_order"] else SortOrder.DESC,
            limit=limit,
        )
        return render_series(series.values, options, form=form, sources=sources)

    return (yield from retrying(session, which == "names_path", run))


def _sources(attributes: list[AssetAttribute], asset_path: tuple[str, ...] | None) -> dict[str, Any]:
    sources: dict[str, Any] = {
        "attribute_ids": [a.id for a in attributes],
        "attribute_names": [a.name for a in attributes],
        "device_ids": [a.device_id if isinstance(a.device_id, str) else None for a in attributes],
    }
    if asset_path is not None:
        sources["asset_path"] = list(asset_path)
    return sources


def _series_attributes(
    session: Session, which: str, args: dict[str, Any]
) -> Plan[tuple[list[AssetAttribute], Any]]:
    """The TelemetryData and Calculated attributes a locator designates, with their asset path."""
    located = yield from locate_asset(
        session, names_path=args["names_path"], asset_name=args["asset_name"], asset_id=args["asset_id"]
    )
    asset_ids = [located.asset_id]
    if which == "names_path":  # the whole subtree, breadth first
        tree = yield from tree_of(session)
        for current in asset_ids:
            asset_ids.extend(child.id for child in tree.children(current))
    found: list[AssetAttribute] = []
    missing = [asset_id for asset_id in asset_ids if session.cached_attributes(asset_id) is None]
    if missing:
        steps = [Step("list_asset_attributes", org_id=session.organization_id, asset_id=a) for a in missing]
        replies = yield Parallel(steps, args["concurrency"])
        for asset_id, reply in zip(missing, replies, strict=True):
            if isinstance(reply, Exception):
                raise reply
            session.keep_attributes(asset_id, list(reply))
    for asset_id in asset_ids:
        attributes = yield from attributes_of(session, asset_id)
        found.extend(a for a in attributes if str(a.type) in _SERIES_TYPES)
    path = located.names
    if path is None and which == "asset_id":
        tree = yield from tree_of(session)
        try:
            path = tree.chain_of(located.asset_id).names
        except KeyError:
            path = None
    return found, path


def get_multiple_timeseries(session: Session, args: dict[str, Any]) -> Plan[Any]:
    which = exactly_one(
        names_path=args["names_path"],
        asset_name=args["asset_name"],
        asset_id=args["asset_id"],
        attribute_ids=args["attribute_ids"],
    )
    form = check_form(args["form"])
    options = _options(args["timestamp"], args["tz"], args["astype"])
    limit = check_limit(args["limit"])
    start, end = _window(args["start_time"], args["end_time"])
    names = args["column_names"]

    def run() -> Plan[Any]:
        if which == "attribute_ids":
            ids = args["attribute_ids"]
            if isinstance(ids, str) or not ids or not all(isinstance(i, str) and i for i in ids):
                raise InvalidArgumentError("attribute_ids", "must be a non-empty list of attribute ids")
            attribute_ids, labels, sources = list(ids), list(ids), {"attribute_ids": list(ids)}
        else:
            attributes, path = yield from _series_attributes(session, which, args)
            attribute_ids, labels = [a.id for a in attributes], [a.name for a in attributes]
            sources = _sources(attributes, path)
        if names is not None:
            if len(names) != len(attribute_ids):
                raise InvalidArgumentError(
                    "column_names",
                    f"must hold {len(attribute_ids)} names, one per attribute; got {len(names)}",
                )
            labels = list(names)
        body = _body(start, end, "asc" if args["chronological_order"] else "desc", limit)
        series = yield from _query_in_chunks(
            attribute_ids, body, session.organization_id, args["concurrency"]
        )
        return render_table(
            [(label, entry.values) for label, entry in zip(_unique(labels), series, strict=True)],
            options,
            form=form,
            sources=sources,
        )

    return (yield from retrying(session, which in ("names_path", "asset_name"), run))


def _unique(labels: list[str]) -> list[str]:
    """Column names as given, with ``#2``, ``#3``... added to repeats so that no column is lost."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label}#{seen[label]}")
    return out


def query_cap() -> int:
    """Attribute ids per ``query_timeseries`` request: the spec's ``x-iotclients-batch`` cap."""
    batch = operation("data.query_timeseries").batch
    if batch is None:  # the spec lost its x-iotclients-batch: refuse to guess the cap
        raise RuntimeError("query_timeseries: the spec declares no per-call cap")
    return batch.max_items


def query_timeseries(
    session: Session, timeseries_query: TimeseriesQuery | Mapping[str, Any], org_id: Any, concurrency: int
) -> Plan[list[AttributeTimeseries]]:
    """The spec's ``query_timeseries`` for any number of attribute ids (split at the per-call cap)."""
    from iotclients.core.model import Model  # attrs loads with the first query, not the import

    if not isinstance(timeseries_query, Model | Mapping):
        raise InvalidArgumentError("timeseries_query", "must be a TimeseriesQuery or a mapping of its fields")
    body = dict(timeseries_query.to_dict() if isinstance(timeseries_query, Model) else timeseries_query)
    ids = body.pop("attributeIds", None)
    if isinstance(ids, str) or not isinstance(ids, Sequence) or not ids:
        raise InvalidArgumentError(
            "timeseries_query", "attributeIds must be a non-empty list of attribute ids"
        )
    if not isinstance(org_id, str) or not org_id:
        raise InvalidArgumentError("org_id", "must be a non-empty string")
    return (yield from _query_in_chunks(list(ids), body, org_id, concurrency))


def _query_in_chunks(
    attribute_ids: list[str], body: dict[str, Any], org_id: str, concurrency: int
) -> Plan[list[AttributeTimeseries]]:
    """One entry per id: at most ``query_cap()`` ids per request, requests in parallel; a 413
    (a server with a lower cap than the spec's) halves the chunk."""
    cap = query_cap()
    results: dict[int, AttributeTimeseries] = {}
    pending = [(start, attribute_ids[start : start + cap]) for start in range(0, len(attribute_ids), cap)]
    while pending:
        steps = [
            Step("_send_query_timeseries", timeseries_query={**body, "attributeIds": ids}, org_id=org_id)
            for _, ids in pending
        ]
        replies = yield Parallel(steps, concurrency)
        retry: list[tuple[int, list[str]]] = []
        for (start, ids), reply in zip(pending, replies, strict=True):
            if isinstance(reply, PayloadTooLargeError) and len(ids) > 1:
                half = len(ids) // 2
                retry += [(start, ids[:half]), (start + half, ids[half:])]
            elif isinstance(reply, Exception):
                raise reply
            else:
                results.update((start + offset, entry) for offset, entry in enumerate(reply))
        pending = retry
    return [results[i] for i in range(len(attribute_ids))]


def _body(start: datetime.datetime, end: datetime.datetime, order: str, limit: int) -> dict[str, Any]:
    return {"start": _iso(start), "end": _iso(end), "order": order, "limit": limit}


def _iso(moment: datetime.datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def get_statistics(session: Session, args: dict[str, Any]) -> Plan[list[dict[str, Any]]]:
    check_enum("period", args["period"], PERIODS)
    check_enum("dimension", args["dimension"], DIMENSIONS)
    if args["period"] is None or args["dimension"] is None:
        raise InvalidArgumentError("period, dimension", "both are required")
    which = exactly_one(names_path=args["names_path"], attribute_id=args["attribute_id"])
    options = _options(args["timestamp"], args["tz"])
    limit = check_limit(MAX_LIMIT if args["limit"] is None else args["limit"])
    start = optional_utc(args["start_time"], "start_time")
    end = optional_utc(args["end_time"], "end_time")
    if args["period"] == "Custom":
        if start is None or end is None:
            raise InvalidArgumentError("start_time, end_time", "both are required when period is 'Custom'")
        if start > end:
            raise InvalidArgumentError("start_time, end_time", "start_time must not be after end_time")
    else:
        start = end = None  # ignored for the other periods, as the seed documents

    def run() -> Plan[list[dict[str, Any]]]:
        attribute_id = args["attribute_id"]
        if which == "names_path":
            attribute, _ = yield from locate_attribute(session, args["names_path"], types=_SERIES_TYPES)
            attribute_id = attribute.id
        rows: list[StatisticsValue] = yield Step(
            "read_statistics",
            org_id=session.organization_id,
            attribute_id=attribute_id,
            period=args["period"],
            dimension=args["dimension"],
            start=start,
            end=end,
            limit=limit,
        )
        return [
            {
                "stattime": stamp_out(row.stattime, options),
                "count": row.count,
                "sum": row.sum,
                "avg": row.avg if isinstance(row.avg, float | int) else None,
                "min": row.min if isinstance(row.min, float | int) else None,
                "max": row.max if isinstance(row.max, float | int) else None,
            }
            for row in rows
        ]

    return (yield from retrying(session, which == "names_path", run))


def get_timesignal(session: Session, args: dict[str, Any]) -> Plan[dict[str, Any]]:
    which = exactly_one(attribute_id=args["attribute_id"], names_path=args["names_path"])
    options = _options(args["timestamp"], args["tz"])
    if not isinstance(args["timesignal_id"], str) or not args["timesignal_id"]:
        raise InvalidArgumentError("timesignal_id", "must be a non-empty string")

    def run() -> Plan[dict[str, Any]]:
        attribute_id = args["attribute_id"]
        if which == "names_path":
            attribute, _ = yield from locate_attribute(session, args["names_path"], types=("TimeSignal",))
            attribute_id = attribute.id
        signal = yield Step(
            "read_timesignal",
            org_id=session.organization_id,
            attribute_id=attribute_id,
            timesignal_id=args["timesignal_id"],
        )
        return {"id": signal.id, "ts": stamp_out(signal.ts, options), "value": signal.value.to_dict()}

    return (yield from retrying(session, which == "names_path", run))
