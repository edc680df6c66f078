"""Resolving ``names_path`` and ``asset_name`` locators over a snapshot of the asset tree.

A path is a list of asset names from a root down, optionally ending at an attribute name. Names
are compared exactly and case-sensitively, level by level; sibling names are not unique on the
server, so a level may be ambiguous, while the same name elsewhere in the tree is harmless.
``asset_name`` must match exactly once in the whole tree.

Resolution is pure: it runs over an ``AssetTree`` built from one flat listing of the assets.
``SnapshotCache`` keeps one such snapshot for a TTL so that any number of lookups costs one
listing request, and drops it (retrying once) when the server answers 404 for a cached id.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from iotclients.core.errors import InvalidArgumentError, NotFoundError
from iotclients.core.record import Record

__all__ = [
    "AmbiguousPathError",
    "AssetMatch",
    "AssetNode",
    "AssetTree",
    "AttributeMatch",
    "AttributeNode",
    "InvalidLocatorError",
    "NamesPathError",
    "PathNotFoundError",
    "SnapshotCache",
    "pick_attribute",
]

T = TypeVar("T")


# ---------------------------------------------------------------------------------------------
# Errors: all are InvalidArgumentError (a ValueError) because the caller's locator is what is
# wrong, and they are raised before the operation's own request is sent.


class InvalidLocatorError(InvalidArgumentError):
    """The locator is malformed: not a non-empty list of non-empty strings, or too short."""


class NamesPathError(InvalidArgumentError):
    """A well-formed locator that does not designate exactly one asset or attribute.

    ``path`` is the locator as a tuple, ``depth`` the 0-based level that failed (``None`` for an
    ``asset_name`` lookup, which searches the whole tree).
    """

    def __init__(self, argument: str, path: tuple[str, ...], depth: int | None, rule: str) -> None:
        self.path: tuple[str, ...] = path
        self.depth: int | None = depth
        super().__init__(argument, rule)


class PathNotFoundError(NamesPathError):
    """Nothing matched; ``siblings`` are the names available at the failing depth, sorted."""

    def __init__(
        self, argument: str, path: tuple[str, ...], depth: int | None, siblings: Sequence[str], what: str
    ) -> None:
        self.siblings: tuple[str, ...] = tuple(sorted(set(siblings)))
        where = "in the whole tree" if depth is None else f"at depth {depth}"
        shown = ", ".join(map(repr, self.siblings)) if self.siblings else "none"
        rule = f"no {what} named {path[-1 if depth is None else depth]!r} {where} of {list(path)!r}"
        if depth is not None:
            rule += f"; available: {shown}"
        super().__init__(argument, path, depth, rule)


class AmbiguousPathError(NamesPathError):
    """More than one match; ``candidates`` are their ids in tree order."""

    def __init__(
        self, argument: str, path: tuple[str, ...], depth: int | None, candidates: Sequence[str], what: str
    ) -> None:
        self.candidates: tuple[str, ...] = tuple(candidates)
        where = "in the whole tree" if depth is None else f"at depth {depth}"
        rule = (
            f"{len(self.candidates)} {what}s named {path[-1 if depth is None else depth]!r} {where} "
            f"of {list(path)!r}; candidate ids: {', '.join(self.candidates)}"
        )
        super().__init__(argument, path, depth, rule)


# ---------------------------------------------------------------------------------------------
# The snapshot


class AttributeNode(Record):
    """An attribute of an asset; ``type`` is the AttributeType (Number, Command, TelemetryData...)."""

    __slots__ = ("id", "identifier_name", "name", "type")

    def __init__(self, id: str, name: str, type: str, identifier_name: str | None = None) -> None:
        self.id: str = id
        self.name: str = name
        self.type: str = type
        self.identifier_name: str | None = identifier_name


class AssetNode(Record):
    """An asset as listed by the server; ``parent_id`` is ``None`` for a root."""

    __slots__ = ("attributes", "id", "name", "parent_id")

    def __init__(
        self, id: str, name: str, parent_id: str | None, attributes: Sequence[AttributeNode] = ()
    ) -> None:
        self.id: str = id
        self.name: str = name
        self.parent_id: str | None = parent_id
        self.attributes: tuple[AttributeNode, ...] = tuple(attributes)


class AssetMatch(Record):
    """A resolved asset: its id, and the ids and names of the chain from the root down to it."""

    __slots__ = ("asset_id", "chain_ids", "names")

    def __init__(self, asset_id: str, chain_ids: tuple[str, ...], names: tuple[str, ...]) -> None:
        self.asset_id: str = asset_id
        self.chain_ids: tuple[str, ...] = chain_ids
        self.names: tuple[str, ...] = names


class AttributeMatch(Record):
    """A resolved attribute, with the asset it belongs to and that asset's chain."""

    __slots__ = ("asset_id", "attribute", "chain_ids", "names")

    def __init__(
        self, asset_id: str, attribute: AttributeNode, chain_ids: tuple[str, ...], names: tuple[str, ...]
    ) -> None:
        self.asset_id: str = asset_id
        self.attribute: AttributeNode = attribute
        self.chain_ids: tuple[str, ...] = chain_ids
        self.names: tuple[str, ...] = names


def _check_path(path: object, argument: str, minimum: int) -> tuple[str, ...]:
    # A bare string is iterable too; taking "abc" as ["a", "b", "c"] would be a silent surprise.
    if isinstance(path, str | bytes) or not isinstance(path, Sequence):
        raise InvalidLocatorError(argument, "must be a list of names")
    if len(path) < minimum:
        raise InvalidLocatorError(argument, f"must hold at least {minimum} name(s)")
    for depth, name in enumerate(path):
        if not isinstance(name, str) or not name:
            raise InvalidLocatorError(argument, f"name at depth {depth} must be a non-empty string")
    return tuple(path)


def pick_attribute(
    attributes: Iterable[AttributeNode], names: tuple[str, ...], types: Iterable[str] | None, argument: str
) -> AttributeNode:
    """The attribute named by the last of ``names`` among ``attributes`` (by name, then by
    identifier name), keeping only ``types`` when given; not found or ambiguous raise."""
    wanted = None if types is None else frozenset(types)
    pool = [a for a in attributes if wanted is None or a.type in wanted]
    last = names[-1]
    matches = [a for a in pool if a.name == last] or [a for a in pool if a.identifier_name == last]
    depth = len(names) - 1
    what = "attribute" if wanted is None else f"{'/'.join(sorted(wanted))} attribute"
    if not matches:
        raise PathNotFoundError(argument, names, depth, [a.name for a in pool], what)
    if len(matches) > 1:
        raise AmbiguousPathError(argument, names, depth, [a.id for a in matches], what)
    return matches[0]


class AssetTree:
    """An immutable snapshot of the asset tree with the indexes lookups need.

    Children keep the order of the listing, so error messages and candidate lists are stable.
    """

    __slots__ = ("_by_id", "_by_name", "_children")

    def __init__(self, assets: Iterable[AssetNode]) -> None:
        self._by_id: dict[str, AssetNode] = {}
        self._children: dict[str | None, list[AssetNode]] = {None: []}
        self._by_name: dict[str, list[str]] = {}
        for asset in assets:
            if asset.id in self._by_id:
                raise InvalidArgumentError("assets", f"duplicate asset id {asset.id!r}")
            self._by_id[asset.id] = asset
            self._children.setdefault(asset.parent_id, []).append(asset)
            self._by_name.setdefault(asset.name, []).append(asset.id)

    def __len__(self) -> int:
        return len(self._by_id)

    def asset(self, asset_id: str) -> AssetNode:
        """The asset with this id; ``KeyError`` when the snapshot does not have it."""
        return self._by_id[asset_id]

    def children(self, asset_id: str | None) -> tuple[AssetNode, ...]:
        """The direct children of an asset, or the roots for ``None``."""
        return tuple(self._children.get(asset_id, ()))

    def resolve_asset(self, path: Sequence[str], *, argument: str = "names_path") -> AssetMatch:
        """The asset a path of names leads to, matching level by level from the roots."""
        names = _check_path(path, argument, 1)
        return self._walk(names, argument)

    def _walk(self, names: tuple[str, ...], argument: str) -> AssetMatch:
        parent: str | None = None
        chain: list[str] = []
        for depth, name in enumerate(names):
            level = self._children.get(parent, [])
            matches = [node.id for node in level if node.name == name]
            if not matches:
                raise PathNotFoundError(argument, names, depth, [node.name for node in level], "asset")
            if len(matches) > 1:
                raise AmbiguousPathError(argument, names, depth, matches, "asset")
            parent = matches[0]
            chain.append(parent)
        return AssetMatch(chain[-1], tuple(chain), names)

    def resolve_attribute(
        self, path: Sequence[str], *, types: Iterable[str] | None = None, argument: str = "names_path"
    ) -> AttributeMatch:
        """The attribute a path ends at: assets for all but the last name, then an attribute.

        The last name is compared with the attributes' ``name`` first and, only when none has
        it, with their ``identifier_name``. ``types`` keeps only attributes of those types (the
        command methods pass ``{"Command"}``); the siblings listed on failure are then the names
        of the attributes of those types.
        """
        names = _check_path(path, argument, 2)
        owner = self._walk(names[:-1], argument)
        attribute = self._pick_attribute(owner.asset_id, names, types, argument)
        return AttributeMatch(owner.asset_id, attribute, owner.chain_ids, names)

    def _pick_attribute(
        self, asset_id: str, names: tuple[str, ...], types: Iterable[str] | None, argument: str
    ) -> AttributeNode:
        return pick_attribute(self._by_id[asset_id].attributes, names, types, argument)

    def resolve_asset_name(self, name: str, *, argument: str = "asset_name") -> AssetMatch:
        """The one asset in the whole tree with this exact name."""
        if not isinstance(name, str) or not name:
            raise InvalidLocatorError(argument, "must be a non-empty string")
        matches = self._by_name.get(name, [])
        if not matches:
            raise PathNotFoundError(argument, (name,), None, (), "asset")
        if len(matches) > 1:
            raise AmbiguousPathError(argument, (name,), None, matches, "asset")
        return self.chain_of(matches[0])

    def chain_of(self, asset_id: str) -> AssetMatch:
        """The root-to-asset chain of a known asset id."""
        chain: list[AssetNode] = []
        current: str | None = asset_id
        while current is not None:
            node = self._by_id[current]
            chain.append(node)
            current = node.parent_id
            if len(chain) > len(self._by_id):  # a cycle in server data must not hang the client
                raise InvalidArgumentError("assets", f"parent cycle through {asset_id!r}")
        chain.reverse()
        return AssetMatch(asset_id, tuple(n.id for n in chain), tuple(n.name for n in chain))

    def resolve_attribute_names(
        self, asset_id: str, names: Sequence[str], *, argument: str = "attribute_names"
    ) -> list[str]:
        """The attribute ids of an asset, one per name, in the order of ``names``."""
        chain = self.chain_of(asset_id)
        if isinstance(names, str) or not isinstance(names, Sequence):
            raise InvalidLocatorError(argument, "must be a list of names")
        ids: list[str] = []
        for i, name in enumerate(names):
            if not isinstance(name, str) or not name:
                raise InvalidLocatorError(f"{argument}[{i}]", "must be a non-empty string")
            ids.append(self._pick_attribute(asset_id, (*chain.names, name), None, f"{argument}[{i}]").id)
        return ids


# ---------------------------------------------------------------------------------------------
# The cache


class SnapshotCache:
    """One asset-tree snapshot, reloaded after ``ttl`` seconds or on demand.

    ``load`` performs the listing request and builds the tree; ``loads`` counts its calls.
    ``clock`` is injectable so freshness can be tested without sleeping. A lock serialises
    loads, so threads that find the snapshot stale together cause a single listing request.
    """

    def __init__(
        self,
        load: Callable[[], AssetTree],
        *,
        ttl: float = 120.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl <= 0:
            raise InvalidArgumentError("ttl", "must be positive")
        self._load: Callable[[], AssetTree] = load
        self._ttl: float = ttl
        self._clock: Callable[[], float] = clock
        self._lock = threading.Lock()
        self._tree: AssetTree | None = None
        self._loaded_at = 0.0
        self.loads: int = 0

    def tree(self) -> AssetTree:
        """The snapshot, loaded first when absent or older than the TTL."""
        with self._lock:
            if self._tree is None or self._clock() - self._loaded_at >= self._ttl:
                self._tree = self._load()
                self._loaded_at = self._clock()
                self.loads += 1
            return self._tree

    def peek(self) -> AssetTree | None:
        """The snapshot if it is still fresh, else ``None`` (never loads; for callers doing their own I/O)."""
        with self._lock:
            if self._tree is None or self._clock() - self._loaded_at >= self._ttl:
                return None
            return self._tree

    def put(self, tree: AssetTree) -> None:
        """Store a snapshot loaded by the caller; it counts as a load."""
        with self._lock:
            self._tree = tree
            self._loaded_at = self._clock()
            self.loads += 1

    def invalidate(self) -> None:
        """Drop the snapshot; the next ``tree()`` loads a new one."""
        with self._lock:
            self._tree = None

    def with_retry_on_not_found(
        self,
        call: Callable[[AssetTree], T],
        *,
        is_not_found: Callable[[BaseException], bool] = lambda error: isinstance(error, NotFoundError),
    ) -> T:
        """Run ``call`` on the snapshot; on a 404 from a cached snapshot, reload and run it once more.

        A 404 for an id taken from the snapshot usually means the tree changed since it was
        listed. When the snapshot was loaded for this very call the 404 is real and propagates.
        """
        loads_before = self.loads
        tree = self.tree()
        try:
            return call(tree)
        except Exception as error:
            if not is_not_found(error) or self.loads != loads_before:
                raise
        self.invalidate()
        return call(self.tree())
