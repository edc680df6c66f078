"""The tree procedures: create, move, update, drop, map, unmap, lookup, listing, share, revoke,
activate, deactivate and grant (info lives in ``info.py``)."""

from __future__ import annotations

import copy
from typing import Any

from iotclients_sandbox.exosite.errors import CallFailure, invalid, noauth
from iotclients_sandbox.exosite.tree import Caller, Grant, Resource, Share, Tree, new_key

__all__ = ["MANAGE_PROCEDURES"]

_COUNTED = ("client", "dataport", "datarule", "dispatch")


def limit_of(tree: Tree, client: Resource, kind: str) -> float:
    """How many direct children of ``kind`` the client may have ("inherit" asks its owner)."""
    limits = client.description.get("limits")
    value = limits.get(kind, 0) if isinstance(limits, dict) else "inherit"
    if value == "inherit":
        return float("inf") if client.parent is None else limit_of(tree, tree.resources[client.parent], kind)
    return float(value)


def _check_room(tree: Tree, client: Resource, kind: str) -> None:
    if kind in _COUNTED:
        used = sum(1 for child in client.children if tree.resources[child].type == kind)
        if used >= limit_of(tree, client, kind):
            raise invalid(f"the client's {kind} limit is reached")


def create_client(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    owner = tree.client_of(caller, args[0], "create")
    _check_room(tree, owner, "client")
    return tree.add("client", owner.rid, args[2]).rid


def _create_series(tree: Tree, caller: Caller, kind: str, desc: dict[str, Any]) -> Any:
    owner = tree.resources[caller.client]
    _check_room(tree, owner, kind)
    if kind == "datarule" and "script" in desc.get("rule", {}) and desc.get("format") != "string":
        raise invalid("a script datarule must have format string")
    if desc.get("subscribe") is not None:
        tree.resolve(caller, desc["subscribe"], "create")
    return tree.add(kind, owner.rid, desc).rid


def create_clone(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    desc = args[1]
    if ("rid" in desc) == ("code" in desc):
        raise invalid("give exactly one of rid and code")
    if "code" in desc:
        share = tree.shares.get(desc["code"])
        if share is None:
            raise invalid("no such share code")
        source = tree.resources[share.rid]
    else:
        source = tree.resolve(caller, desc["rid"], "create")
    if source.type != "client":
        raise invalid("only clients can be cloned")
    owner = tree.resources[caller.client]
    _check_room(tree, owner, "client")
    return copy_tree(tree, source, owner.rid, not desc.get("noaliases"), not desc.get("nohistorical")).rid


def copy_tree(tree: Tree, source: Resource, parent: str, aliases: bool, history: bool) -> Resource:
    clone = tree.add(source.type, parent, copy.deepcopy(source.description))
    if history:
        clone.series.put_many(list(zip(source.series.timestamps, source.series.values, strict=True)))
    mapping = {source.rid: clone.rid}
    for child in list(source.children):
        mapping[child] = copy_tree(tree, tree.resources[child], clone.rid, aliases, history).rid
    if aliases:
        clone.aliases = {a: mapping.get(r, r) for a, r in source.aliases.items() if r in mapping}
    return clone


def move(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    resource = tree.resolve(caller, args[0], "move")
    target = tree.client_of(caller, args[1], "move")
    if resource.rid == caller.client or tree.within(target.rid, resource.rid):
        raise invalid("cannot move a client into itself or move the caller")
    old = tree.resources[resource.parent] if resource.parent else None
    if old is not None:
        old.children.remove(resource.rid)
        moved = {a: r for a, r in old.aliases.items() if r == resource.rid}
        old.aliases = {a: r for a, r in old.aliases.items() if r != resource.rid}
        if args[2].get("aliases", True):
            target.aliases.update({a: r for a, r in moved.items() if a not in target.aliases})
    resource.parent = target.rid
    target.children.append(resource.rid)
    return None


def update(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    resource = tree.resolve(caller, args[0], "update")
    if resource.rid == caller.client:
        raise invalid("a client cannot update itself")
    desc = args[1]
    if "format" in desc and desc["format"] != resource.description.get("format"):
        raise invalid("format cannot be changed")
    resource.description.update(desc)
    resource.modified = tree.now()
    return None


def drop(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    resource = tree.resolve(caller, args[0], "drop")
    if resource.rid == caller.client:
        raise invalid("a client cannot drop itself")
    tree.remove(resource.rid)
    return None


def map_alias(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    resource = tree.resolve(caller, args[1], "map")
    client = tree.resources[caller.client]
    if args[2] in client.aliases or args[2] == "":
        raise invalid("the alias is taken")
    client.aliases[args[2]] = resource.rid
    return None


def unmap(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    client = tree.client_of(caller, args[0], "unmap")
    if client.aliases.pop(args[2], None) is None:
        raise invalid("no such alias")
    return None


def lookup(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    client = tree.client_of(caller, args[0], "lookup")
    kind, value = args[1], args[2]
    if kind == "alias":
        if value == "":
            return client.rid
        found = client.aliases.get(value)
        if found is None:
            raise invalid("no such alias")
        return found
    if kind == "owner":
        resource = tree.resources.get(value)
        if resource is None or value == client.rid or not tree.within(value, client.rid):
            raise invalid("not a resource below the client")
        return resource.parent
    share = tree.shares.get(value)
    if share is None:
        raise invalid("no such share code")
    return share.rid


def listing(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    client = tree.client_of(caller, args[0], "listing")
    types, options = args[1], args[2] or {"owned": True}
    found: dict[str, list[str]] = {kind: [] for kind in types}
    candidates: list[str] = []
    if options.get("owned"):
        candidates += client.children
    if options.get("aliased"):
        candidates += list(client.aliases.values())
    if options.get("activated"):
        candidates += [tree.shares[c].rid for c in client.activated_shares if c in tree.shares]
    if options.get("public"):
        candidates += [r.rid for r in tree.resources.values() if r.description.get("public")]
    for rid in dict.fromkeys(candidates):
        resource = tree.resources.get(rid)
        if resource is not None and resource.type in found:
            found[resource.type].append(rid)
    return found


def share(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    resource = tree.resolve(caller, args[0], "share")
    options = args[1]
    code = options.get("code") or new_key()
    existing = tree.shares.get(code)
    if existing is not None:
        # Naming an existing share of the same resource updates its meta, as documented.
        if existing.rid != resource.rid or existing.owner != caller.client or "meta" not in options:
            raise invalid("the share code is taken")
        existing.meta = options["meta"]
        return code
    tree.shares[code] = Share(code, resource.rid, caller.client, options.get("meta", ""), tree.now())
    return code


def _child_by_cik(tree: Tree, owner: str, code: str) -> Resource:
    """The client whose CIK is ``code``; only its direct owner may act on it (``noauth`` otherwise)."""
    rid = tree.by_cik.get(code)
    if rid is None:
        raise invalid("no such CIK")
    target = tree.resources[rid]
    if target.parent != owner:
        raise noauth()
    return target


def revoke(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    kind, code = args[0], args[1]
    if kind == "share":
        found = tree.shares.get(code)
        if found is None:
            raise invalid("no such share code")
        if found.owner != caller.client:
            raise noauth()
        del tree.shares[code]
        for resource in tree.resources.values():
            if code in resource.activated_shares:
                resource.activated_shares.remove(code)
        return None
    client = _child_by_cik(tree, caller.client, code)
    # A revoked CIK is replaced by a new one that must be activated before use.
    del tree.by_cik[code]
    client.cik = new_key()
    client.status = "notactivated"
    tree.by_cik[client.cik] = client.rid
    return None


def activate(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    client = tree.client_of(caller, args[0], "activate")
    kind, code = args[1], args[2]
    if kind == "share":
        found = tree.shares.get(code)
        if found is None or code in client.activated_shares:
            raise invalid("the share code is unknown or already activated")
        found.activators.append(client.rid)
        client.activated_shares.append(code)
        return None
    target = _child_by_cik(tree, client.rid, code)
    if target.status == "activated":
        raise invalid("already activated")
    target.status = "activated"
    return None


def deactivate(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    client = tree.client_of(caller, args[0], "deactivate")
    kind, code = args[1], args[2]
    if kind == "share":
        if code not in client.activated_shares:
            raise invalid("the share code is not activated here")
        client.activated_shares.remove(code)
        found = tree.shares.get(code)
        if found is not None and client.rid in found.activators:
            found.activators.remove(client.rid)
        return None
    _child_by_cik(tree, client.rid, code).status = "notactivated"
    return None


def grant(tree: Tree, caller: Caller, args: list[Any]) -> Any:
    tree.resolve(caller, args[0], "grant")
    permissions: dict[str, list[str]] = {}
    for rid, procedures in args[1].items():
        if rid not in tree.resources or not tree.within(rid, caller.client):
            raise CallFailure("restricted")
        permissions[rid] = list(procedures)
    options = args[2] if len(args) > 2 else {}
    ttl = options.get("ttl")
    token = new_key()
    tree.grants[token] = Grant(token, caller.client, permissions, tree.clock() + ttl if ttl else None)
    return token


MANAGE_PROCEDURES = {
    "create_client": create_client,
    "create_dataport": lambda tree, caller, args: _create_series(tree, caller, "dataport", args[1]),
    "create_datarule": lambda tree, caller, args: _create_series(tree, caller, "datarule", args[1]),
    "create_dispatch": lambda tree, caller, args: _create_series(tree, caller, "dispatch", args[1]),
    "create_clone": create_clone,
    "move": move,
    "update": update,
    "drop": drop,
    "map": map_alias,
    "unmap": unmap,
    "lookup": lookup,
    "listing": listing,
    "share": share,
    "revoke": revoke,
    "activate": activate,
    "deactivate": deactivate,
    "grant": grant,
}
