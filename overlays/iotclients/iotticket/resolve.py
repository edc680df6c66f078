"""Locators in plans: ``names_path``, ``asset_name`` and ids, over the client's cached snapshot.

One ``list_assets`` request builds the snapshot; attribute lists are fetched once per asset and
kept with it. Any number of lookups then costs no request while the snapshot is fresh (TTL,
``invalidate``). A 404 for an id taken from a snapshot not loaded by the same call reloads the
snapshot and runs the method once more.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from iotclients.core.errors import NotFoundError
from iotclients.core.record import Record

from ._runner import Plan, Step
from .names_path import (
    AssetNode,
    AssetTree,
    AttributeNode,
    InvalidLocatorError,
    SnapshotCache,
    pick_attribute,
)
from .names_path import _check_path as check_path
from .single_flight import Flight, Once

if TYPE_CHECKING:
    from iotclients_generated.iotticket.models import AssetAttribute


R = TypeVar("R")

__all__ = ["Located", "Session", "attributes_of", "locate_asset", "locate_attribute", "retrying", "tree_of"]


class Session:
    """Per-client state: the default organization, the snapshot and the attribute lists."""

    def __init__(self, organization_id: str, *, ttl: float = 120.0) -> None:
        self.organization_id: str = organization_id
        self.snapshot: SnapshotCache = SnapshotCache(self._never_loads_here, ttl=ttl)
        self._attributes: dict[str, list[AssetAttribute]] = {}
        self._generation = -1
        self._lock = threading.Lock()
        self.snapshot_flight: Flight = Flight()

    def keep_tree(self, assets: Iterable[Any]) -> AssetTree:
        """The snapshot built from a listing of the assets, stored for later lookups."""
        tree = AssetTree(
            AssetNode(a.id, a.name, a.parent_id if isinstance(a.parent_id, str) else None) for a in assets
        )
        self.snapshot.put(tree)
        return tree

    @staticmethod
    def _never_loads_here() -> AssetTree:  # plans load through peek/put
        raise RuntimeError("the snapshot is loaded by plans")

    def invalidate(self) -> None:
        """Forget the asset snapshot and every attribute list."""
        with self._lock:
            self.snapshot.invalidate()
            self._attributes.clear()

    def cached_attributes(self, asset_id: str) -> list[AssetAttribute] | None:
        with self._lock:
            if self._generation != self.snapshot.loads:  # a new snapshot: older lists are stale
                self._attributes.clear()
                self._generation = self.snapshot.loads
            return self._attributes.get(asset_id)

    def keep_attributes(self, asset_id: str, attributes: list[AssetAttribute]) -> None:
        with self._lock:
            self._attributes[asset_id] = attributes


class Located(Record):
    """An asset found by a locator; ``names`` is its path from the root when a snapshot was used."""

    __slots__ = ("asset_id", "names")

    def __init__(self, asset_id: str, names: tuple[str, ...] | None) -> None:
        self.asset_id: str = asset_id
        self.names: tuple[str, ...] | None = names


def tree_of(session: Session) -> Plan[AssetTree]:
    tree = session.snapshot.peek()
    if tree is None:
        # Callers finding no snapshot together share one listing (single flight).
        tree = yield Once(
            Step("list_assets", org_id=session.organization_id),
            flight=session.snapshot_flight,
            cached=session.snapshot.peek,
            keep=session.keep_tree,
        )
    return tree


def attributes_of(session: Session, asset_id: str) -> Plan[list[AssetAttribute]]:
    cached = session.cached_attributes(asset_id)
    if cached is None:
        cached = list(
            (yield Step("list_asset_attributes", org_id=session.organization_id, asset_id=asset_id))
        )
        session.keep_attributes(asset_id, cached)
    return cached


def locate_asset(
    session: Session, *, names_path: Any = None, asset_name: Any = None, asset_id: Any = None
) -> Plan[Located]:
    """The asset of whichever locator is given (the caller has checked that one is)."""
    if asset_id is not None:
        if not isinstance(asset_id, str) or not asset_id:
            raise InvalidLocatorError("asset_id", "must be a non-empty string")
        return Located(asset_id, None)
    # The locator's shape is checked before the snapshot is (perhaps) loaded.
    if names_path is not None:
        check_path(names_path, "names_path", 1)
    elif not isinstance(asset_name, str) or not asset_name:
        raise InvalidLocatorError("asset_name", "must be a non-empty string")
    tree = yield from tree_of(session)
    match = tree.resolve_asset(names_path) if names_path is not None else tree.resolve_asset_name(asset_name)
    return Located(match.asset_id, match.names)


def nodes(attributes: Iterable[AssetAttribute]) -> list[AttributeNode]:
    return [AttributeNode(a.id, a.name, str(a.type), a.identifier_name) for a in attributes]


def locate_attribute(
    session: Session, names_path: list[str], *, types: Iterable[str] | None = None
) -> Plan[tuple[AssetAttribute, tuple[str, ...]]]:
    """The attribute a path ends at (assets first, then an attribute of the last asset)."""
    check_path(names_path, "names_path", 2)
    tree = yield from tree_of(session)
    owner = tree.resolve_asset(names_path[:-1])
    attributes = yield from attributes_of(session, owner.asset_id)
    node = pick_attribute(nodes(attributes), tuple(names_path), types, "names_path")
    return next(a for a in attributes if a.id == node.id), owner.names


def retrying(session: Session, uses_snapshot: bool, make: Callable[[], Plan[R]]) -> Plan[R]:
    """Run ``make()``; after a 404 for ids from an older snapshot, reload it and run once more."""
    loads = session.snapshot.loads
    try:
        return (yield from make())
    except NotFoundError:
        if not uses_snapshot or session.snapshot.loads != loads:
            raise
    session.invalidate()
    return (yield from make())
