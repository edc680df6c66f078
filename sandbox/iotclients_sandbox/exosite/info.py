"""info: the parts of a resource's description the caller asked for and may see.

Visibility, as the platform documents it: ``aliases``, ``tagged`` and ``shares`` only to the
direct owner and the resource itself; ``key`` only to the direct owner; the rest to any ancestor.
"""

from __future__ import annotations

import copy
from typing import Any

from iotclients_sandbox.exosite.tree import Caller, Resource, Tree

__all__ = ["info"]

_ALL = (
    "aliases",
    "basic",
    "counts",
    "description",
    "key",
    "shares",
    "storage",
    "subscribers",
    "tagged",
    "tags",
    "usage",
)
_OWNER_OR_SELF = {"aliases", "tagged", "shares"}
_COUNTS = ("client", "dataport", "datarule", "dispatch", "disk", "email", "http", "share", "sms", "xmpp")


def info(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    resource = tree.resolve(caller, args[0], "info")
    options = args[1]
    wanted = [name for name in _ALL if options.get(name)] if options else list(_ALL)
    is_owner = resource.parent == caller.client
    is_self = resource.rid == caller.client
    result: dict[str, Any] = {}
    for name in wanted:
        if name in _OWNER_OR_SELF and not (is_owner or is_self):
            continue
        if name == "key":
            if is_owner and resource.cik is not None:
                result["key"] = resource.cik
            continue
        result[name] = _PARTS[name](tree, resource)
    if options.get("comments"):
        # Deprecated: still accepted, and comments can no longer be made, so there are none.
        result["comments"] = []
    return result


def _aliases(tree: Tree, resource: Resource) -> dict[str, list[str]]:
    if resource.type == "client":
        table: dict[str, list[str]] = {}
        for alias, rid in resource.aliases.items():
            table.setdefault(rid, []).append(alias)
        return table
    owner = tree.resources.get(resource.parent or "")
    names = [a for a, r in owner.aliases.items() if r == resource.rid] if owner else []
    return {resource.rid: names} if names else {}


def _basic(tree: Tree, resource: Resource) -> dict[str, Any]:
    return {
        "modified": resource.modified,
        "status": resource.status,
        "subscribers": sum(
            1 for r in tree.resources.values() if r.description.get("subscribe") == resource.rid
        ),
        "type": resource.type,
    }


def _counts(tree: Tree, resource: Resource) -> dict[str, int]:
    counts = dict.fromkeys(_COUNTS, 0)
    for item in tree.subtree(resource.rid):
        if item.rid != resource.rid and item.type in counts:
            counts[item.type] += 1
        counts["disk"] += len(item.series) * 16
    counts["share"] = sum(1 for s in tree.shares.values() if s.rid == resource.rid)
    return counts


def _shares(tree: Tree, resource: Resource) -> list[dict[str, Any]]:
    return [
        {"activator": s.activators[0] if s.activators else None, "code": s.code, "meta": s.meta}
        for s in tree.shares.values()
        if s.rid == resource.rid
    ]


def _storage(tree: Tree, resource: Resource) -> dict[str, Any]:
    series = resource.series
    return {
        "count": len(series),
        "first": series.first or 0,
        "last": series.last or 0,
        "size": len(series) * 16,
    }


_PARTS: dict[str, Any] = {
    "aliases": _aliases,
    "basic": _basic,
    "counts": _counts,
    "description": lambda tree, r: copy.deepcopy(r.description),
    "shares": _shares,
    "storage": _storage,
    "subscribers": lambda tree, r: [
        x.rid for x in tree.resources.values() if x.description.get("subscribe") == r.rid
    ],
    # Tags are reserved by the platform: nothing can set them, so the lists are always empty.
    "tagged": lambda tree, r: [],
    "tags": lambda tree, r: [],
    # Current use of every entity and consumable (the sandbox sends no email, SMS or XMPP).
    "usage": _counts,
}
