"""The data procedures: read, write, writegroup, record, recordbatch, flush, usage (and wait's check)."""

from __future__ import annotations

from typing import Any

from iotclients_sandbox.exosite.errors import CallFailure, invalid
from iotclients_sandbox.exosite.tree import Caller, Resource, Tree

__all__ = ["DATA_PROCEDURES", "check_value", "newest_after", "series_version"]

_SERIES_TYPES = ("dataport", "datarule", "dispatch")


def check_value(resource: Resource, value: Any) -> Any:
    """``value`` as stored by a resource of this format, or ``None`` when it does not fit."""
    if isinstance(value, bool):
        return None
    fmt = resource.format
    if fmt == "integer":
        if isinstance(value, int):
            return value
        if isinstance(value, str) and value.lstrip("-").isdigit():
            return int(value)
        return None
    if fmt == "float":
        if isinstance(value, (int, float)):
            return float(value)
        try:
            return float(value) if isinstance(value, str) else None
        except ValueError:
            return None
    return value if isinstance(value, str) else str(value)


def _series(tree: Tree, caller: Caller, identifier: Any, procedure: str) -> Resource:
    resource = tree.resolve(caller, identifier, procedure)
    if resource.type not in _SERIES_TYPES:
        raise invalid(f"{procedure} needs a dataport, datarule or dispatch")
    return resource


def _retain(tree: Tree, resource: Resource) -> None:
    retention = resource.description.get("retention") or {}
    resource.series.retain(retention.get("count"), retention.get("duration"), tree.now())


def read(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    resource = _series(tree, caller, args[0], "read")
    options = args[1]
    _retain(tree, resource)
    start = options.get("starttime", 0)
    end = options.get("endtime", tree.now())
    return resource.series.read(
        start, end, options.get("sort", "desc"), options.get("limit", 1), options.get("selection", "all")
    )


def write(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    resource = _series(tree, caller, args[0], "write")
    value = check_value(resource, args[1])
    if value is None:
        raise invalid(f"value does not fit format {resource.format}")
    resource.series.put(tree.now(), value)
    _retain(tree, resource)
    return None


def writegroup(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    now = tree.now()
    checked = []
    for identifier, raw in args[0]:
        resource = _series(tree, caller, identifier, "writegroup")
        value = check_value(resource, raw)
        if value is None:
            raise invalid(f"value does not fit format {resource.format}")
        checked.append((resource, value))
    for resource, value in checked:
        resource.series.put(now, value)
        _retain(tree, resource)
    return None


def _record(tree: Tree, caller: Caller, args: list[Any], procedure: str) -> Any:
    resource = _series(tree, caller, args[0], procedure)
    now = tree.now()
    accepted = []
    rejected = []
    for entry in args[1]:
        ts, raw = entry[0], entry[1]
        value = check_value(resource, raw)
        if value is None:
            rejected.append([ts, "invalid"])
            continue
        accepted.append((now + ts if ts < 0 else ts, value))
    resource.series.put_many(accepted)
    _retain(tree, resource)
    if rejected:
        raise CallFailure(rejected)
    return None


def record(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    return _record(tree, caller, args, "record")


def recordbatch(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    return _record(tree, caller, args, "recordbatch")


def flush(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    resource = _series(tree, caller, args[0], "flush")
    options = args[1] if len(args) > 1 else {}
    newer, older = options.get("newerthan"), options.get("olderthan")
    if newer is not None and older is not None and newer >= older:
        raise invalid("newerthan must be before olderthan")
    resource.series.flush(newer, older)
    return None


_ENTITIES = ("client", "dataport", "datarule", "dispatch")


def usage(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    resource = tree.client_of(caller, args[0], "usage")
    metric, start, end = args[1], args[2], args[3]
    if start < 0 or end < start:
        raise invalid("the window must have 0 <= starttime <= endtime")
    if metric in _ENTITIES:
        # An entity's usage is its count summed over every second of the window.
        count = sum(1 for r in tree.subtree(resource.rid) if r.type == metric and r.rid != resource.rid)
        return count * (end - start)
    if metric == "share":
        subtree = {r.rid for r in tree.subtree(resource.rid)}
        return sum(1 for s in tree.shares.values() if s.owner in subtree and start <= s.created <= end)
    return 0


def series_version(tree: Tree, caller: Caller, identifier: Any) -> int:
    return _series(tree, caller, identifier, "wait").series.version


def newest_after(
    tree: Tree, caller: Caller, identifier: Any, since: int | None, version: int
) -> list[Any] | None:
    """wait's check: the newest point after ``since`` (or, without ``since``, written after the
    wait arrived, when the series was at ``version``), if any. Raises like the other procedures."""
    series = _series(tree, caller, identifier, "wait").series
    if since is None:
        point = series.newest_after(-(2**63)) if series.version != version else None
    else:
        point = series.newest_after(since)
    return [point[0], point[1]] if point is not None else None


DATA_PROCEDURES = {
    "read": read,
    "write": write,
    "writegroup": writegroup,
    "record": record,
    "recordbatch": recordbatch,
    "flush": flush,
    "usage": usage,
}
