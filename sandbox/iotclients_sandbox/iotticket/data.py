"""Time series reads, statistics, timesignals, static values and Calculated writes."""

from __future__ import annotations

from typing import Any

from iotclients_sandbox.iotticket.call import MAX_LIMIT, Call
from iotclients_sandbox.iotticket.errors import BadRequest, NotFound, TooLarge
from iotclients_sandbox.iotticket.records import Attribute
from iotclients_sandbox.iotticket.series import format_ms, parse_ms, period_window, statistics
from iotclients_sandbox.iotticket.state import OrgStore
from iotclients_sandbox.specs import load_spec

__all__ = ["data_handlers", "query_cap"]

_QUERY_PATH = "/api/v1/organizations/{orgId}/timeseries/query"


def query_cap() -> int:
    """Attributes per ``query_timeseries`` call, as the spec's ``x-iotclients-batch`` declares
    (clients read the same number); more answer 413."""
    declared = load_spec("iotticket.openapi.yaml")["paths"][_QUERY_PATH]["post"]["x-iotclients-batch"]
    return int(declared["max_items"])


_SERIES_TYPES = ("TelemetryData", "Calculated")


def _series_attribute(store: OrgStore, attribute_id: str) -> Attribute:
    attribute = store.attribute(attribute_id)
    if attribute.type not in _SERIES_TYPES:
        raise BadRequest(f"attribute {attribute_id!r} is {attribute.type}; only TelemetryData or Calculated")
    return attribute


def _values(
    store: OrgStore, attribute: Attribute, start: int | None, end: int | None, *, order: str, limit: int
) -> dict[str, Any]:
    points = store.series_of(attribute).read(start, end, ascending=order == "asc", limit=limit)
    return {"attributeId": attribute.id, "values": [{"ts": format_ms(ms), "v": v} for ms, v in points]}


def read_timeseries(call: Call) -> dict[str, Any]:
    store = call.org
    attribute = _series_attribute(store, call.path["attributeId"])
    order = call.query.get("order", "desc")
    return _values(store, attribute, call.time("start"), call.time("end"), order=order, limit=call.limit())


def query_timeseries(call: Call) -> list[dict[str, Any]]:
    store = call.org
    body = call.body
    ids: list[str] = body["attributeIds"]
    cap = query_cap()
    if len(ids) > cap:
        raise TooLarge(f"{len(ids)} attributes in one query; at most {cap} per call")
    attributes = [_series_attribute(store, attribute_id) for attribute_id in ids]
    start = parse_ms(body["start"], "start") if "start" in body else None
    end = parse_ms(body["end"], "end") if "end" in body else None
    limit = min(int(body.get("limit", MAX_LIMIT)), MAX_LIMIT)
    order = body.get("order", "desc")
    return [_values(store, attribute, start, end, order=order, limit=limit) for attribute in attributes]


def read_statistics(call: Call) -> list[dict[str, Any]]:
    store = call.org
    attribute = _series_attribute(store, call.path["attributeId"])
    start, end = period_window(
        call.query["period"], call.state.now_ms(), call.time("start"), call.time("end")
    )
    points = store.series_of(attribute).read(start, end, ascending=True, limit=10**9)
    return statistics(points, call.query["dimension"], call.limit())


def read_timesignal(call: Call) -> dict[str, Any]:
    store = call.org
    attribute = store.attribute(call.path["attributeId"])
    if attribute.type != "TimeSignal":
        raise BadRequest(f"attribute {attribute.id!r} is {attribute.type}; only TimeSignal")
    signals = store.timesignals.get((attribute.device_id or "", attribute.identifier_name), {})
    signal_id = call.path["timesignalId"]
    found = signals.get(signal_id)
    if found is None:
        raise NotFound(f"no timesignal {signal_id!r} on attribute {attribute.id!r}")
    return {"id": signal_id, "ts": format_ms(found[0]), "value": found[1]}


def replace_static_value(call: Call) -> None:
    attribute = call.org.attribute(call.path["attributeId"])
    value = call.body["value"]
    if attribute.type == "Number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise BadRequest(f"attribute {attribute.id!r} is a Number attribute; value must be a number")
    elif attribute.type == "String":
        if not isinstance(value, str):
            raise BadRequest(f"attribute {attribute.id!r} is a String attribute; value must be a string")
    else:
        raise BadRequest(f"attribute {attribute.id!r} is {attribute.type}; only Number or String")
    attribute.value = value


def create_calculated_values(call: Call) -> None:
    store = call.org
    attribute = store.attribute(call.path["attributeId"])
    if attribute.type != "Calculated":
        raise BadRequest(f"attribute {attribute.id!r} is {attribute.type}; only Calculated")
    series = store.series_of(attribute)
    for index, item in enumerate(call.body["values"]):
        series.put(parse_ms(item["ts"], f"values[{index}].ts"), item["v"])


def data_handlers() -> dict[str, Any]:
    return {
        "read_timeseries": read_timeseries,
        "query_timeseries": query_timeseries,
        "read_statistics": read_statistics,
        "read_timesignal": read_timesignal,
        "replace_static_value": replace_static_value,
        "create_calculated_values": create_calculated_values,
    }
