"""Resolving names_path and asset_name over a tree snapshot, and the snapshot cache's promises.

Random trees reuse a small pool of names, so the same name appears in different branches (which
must not matter) and among siblings (which must be reported as ambiguous, with candidate ids).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iotclients.core.errors import InvalidArgumentError, NotFoundError
from iotclients.iotticket import (
    AmbiguousPathError,
    AssetNode,
    AssetTree,
    AttributeNode,
    InvalidLocatorError,
    PathNotFoundError,
    SnapshotCache,
)

POOL = ["Plant", "plant", "Line", "Pump", "Motor"]


@st.composite
def trees(draw: st.DrawFn) -> list[AssetNode]:
    """Assets in listing order (parents first), names drawn from a small pool."""
    assets: list[AssetNode] = []
    for i in range(draw(st.integers(1, 30))):
        parent = draw(st.one_of(st.none(), st.sampled_from([a.id for a in assets]))) if assets else None
        attributes = [
            AttributeNode(
                f"attr{i}.{j}", draw(st.sampled_from(POOL)), draw(st.sampled_from(["Number", "Command"]))
            )
            for j in range(draw(st.integers(0, 3)))
        ]
        assets.append(AssetNode(f"id{i}", draw(st.sampled_from(POOL)), parent, attributes))
    return assets


def path_of(assets: list[AssetNode], asset_id: str) -> list[str]:
    by_id = {a.id: a for a in assets}
    names = []
    current: str | None = asset_id
    while current is not None:
        names.append(by_id[current].name)
        current = by_id[current].parent_id
    return names[::-1]


def expected_walk(assets: list[AssetNode], path: list[str]) -> tuple[str, Any]:
    """A deliberately naive reference: filter the flat list level by level."""
    parent: str | None = None
    for depth, name in enumerate(path):
        level = [a for a in assets if a.parent_id == parent]
        matches = [a.id for a in level if a.name == name]
        if not matches:
            return ("missing", (depth, sorted({a.name for a in level})))
        if len(matches) > 1:
            return ("ambiguous", (depth, matches))
        parent = matches[0]
    return ("found", parent)


@settings(max_examples=150, deadline=None)
@given(trees(), st.data())
def test_paths_resolve_or_fail_with_the_right_error(assets: list[AssetNode], data: st.DataObject) -> None:
    tree = AssetTree(assets)
    # Half the time the path of a real asset (possibly ambiguous), otherwise a random one.
    if data.draw(st.booleans()):
        path = path_of(assets, data.draw(st.sampled_from([a.id for a in assets])))
    else:
        path = data.draw(st.lists(st.sampled_from(POOL), min_size=1, max_size=4))
    kind, detail = expected_walk(assets, path)
    if kind == "found":
        match = tree.resolve_asset(path)
        assert match.asset_id == detail
        assert list(match.names) == path
        assert path_of(assets, match.chain_ids[-1]) == path
        assert tree.chain_of(match.asset_id) == match
    elif kind == "missing":
        with pytest.raises(PathNotFoundError) as missing:
            tree.resolve_asset(path)
        assert (missing.value.depth, list(missing.value.siblings)) == detail
        assert missing.value.path == tuple(path)
        assert f"depth {detail[0]}" in str(missing.value)
    else:
        with pytest.raises(AmbiguousPathError) as ambiguous:
            tree.resolve_asset(path)
        assert (ambiguous.value.depth, list(ambiguous.value.candidates)) == detail
        assert all(candidate in str(ambiguous.value) for candidate in detail[1])


@settings(max_examples=100, deadline=None)
@given(trees(), st.sampled_from(POOL))
def test_asset_name_must_be_unique_in_the_whole_tree(assets: list[AssetNode], name: str) -> None:
    tree = AssetTree(assets)
    holders = [a.id for a in assets if a.name == name]
    if len(holders) == 1:
        match = tree.resolve_asset_name(name)
        assert match.asset_id == holders[0]
        assert list(match.names) == path_of(assets, holders[0])
    elif not holders:
        with pytest.raises(PathNotFoundError, match="whole tree"):
            tree.resolve_asset_name(name)
    else:
        with pytest.raises(AmbiguousPathError) as ambiguous:
            tree.resolve_asset_name(name)
        assert list(ambiguous.value.candidates) == holders
        assert ambiguous.value.depth is None


@settings(max_examples=100, deadline=None)
@given(trees(), st.data())
def test_attribute_paths(assets: list[AssetNode], data: st.DataObject) -> None:
    tree = AssetTree(assets)
    owner = data.draw(st.sampled_from(assets))
    last = data.draw(st.sampled_from(POOL))
    only_commands = data.draw(st.booleans())
    path = [*path_of(assets, owner.id), last]
    kind, detail = expected_walk(assets, path[:-1])
    types = {"Command"} if only_commands else None
    if kind != "found":
        with pytest.raises(AmbiguousPathError if kind == "ambiguous" else PathNotFoundError):
            tree.resolve_attribute(path, types=types)
        return
    pool = [a for a in tree.asset(detail).attributes if not only_commands or a.type == "Command"]
    matches = [a for a in pool if a.name == last]
    if len(matches) == 1:
        found = tree.resolve_attribute(path, types=types)
        assert (found.asset_id, found.attribute) == (detail, matches[0])
    elif not matches:
        with pytest.raises(PathNotFoundError) as missing:
            tree.resolve_attribute(path, types=types)
        assert missing.value.depth == len(path) - 1
        assert list(missing.value.siblings) == sorted({a.name for a in pool})
    else:
        with pytest.raises(AmbiguousPathError) as ambiguous:
            tree.resolve_attribute(path, types=types)
        assert list(ambiguous.value.candidates) == [a.id for a in matches]


def sample_tree() -> AssetTree:
    return AssetTree(
        [
            AssetNode("r1", "Plant", None),
            AssetNode("r2", "Office", None),
            AssetNode("a", "Line", "r1", [AttributeNode("x1", "speed", "Number", "spd")]),
            AssetNode("b", "Line", "r2"),  # same name in another branch: harmless
            AssetNode(
                "c",
                "Pump",
                "a",
                [AttributeNode("x2", "start", "Command"), AttributeNode("x3", "Pump", "TelemetryData")],
            ),
            AssetNode("d", "Pump", "b"),
        ]
    )


def test_matching_is_exact_and_case_sensitive() -> None:
    tree = sample_tree()
    assert tree.resolve_asset(["Plant", "Line", "Pump"]).chain_ids == ("r1", "a", "c")
    with pytest.raises(PathNotFoundError) as missing:
        tree.resolve_asset(["Plant", "line"])
    assert missing.value.siblings == ("Line",)
    assert "depth 1" in str(missing.value)
    assert "['Plant', 'line']" in str(missing.value)


def test_attribute_falls_back_to_identifier_name_and_filters_types() -> None:
    tree = sample_tree()
    assert tree.resolve_attribute(["Plant", "Line", "spd"]).attribute.id == "x1"
    # An attribute may share a name with a child asset: attribute mode decides.
    assert tree.resolve_attribute(["Plant", "Line", "Pump", "Pump"]).attribute.id == "x3"
    with pytest.raises(PathNotFoundError, match="no Command attribute") as missing:
        tree.resolve_attribute(["Plant", "Line", "Pump", "Pump"], types={"Command"})
    assert missing.value.siblings == ("start",)
    assert tree.resolve_attribute_names("c", ["start", "Pump"]) == ["x2", "x3"]


@pytest.mark.parametrize("path", ["Plant", [], ["Plant", ""], [1], None])
def test_malformed_paths_are_refused_before_any_lookup(path: Any) -> None:
    with pytest.raises(InvalidLocatorError):
        sample_tree().resolve_asset(path)


def test_errors_are_invalid_argument_errors() -> None:
    assert issubclass(PathNotFoundError, InvalidArgumentError)
    assert issubclass(AmbiguousPathError, ValueError)
    with pytest.raises(InvalidArgumentError):
        AssetTree([AssetNode("x", "A", None), AssetNode("x", "B", None)])


# ---------------------------------------------------------------------------------------------
# The cache


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_cache(ttl: float = 60.0) -> tuple[SnapshotCache, Clock]:
    clock = Clock()
    return SnapshotCache(sample_tree, ttl=ttl, clock=clock), clock


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 200))
def test_one_load_then_none_while_fresh(lookups: int) -> None:
    cache, clock = make_cache()
    for i in range(lookups):
        clock.now += 59.0 / lookups  # stays inside the TTL
        assert cache.tree().resolve_asset(["Plant", "Line"]).asset_id == "a"
        assert cache.loads == 1, i


def test_ttl_expiry_costs_exactly_one_more_load() -> None:
    cache, clock = make_cache(ttl=60.0)
    cache.tree()
    clock.now += 60.0
    for _ in range(5):
        cache.tree()
    assert cache.loads == 2


def test_invalidate_costs_exactly_one_more_load() -> None:
    cache, _ = make_cache()
    cache.tree()
    cache.invalidate()
    for _ in range(5):
        cache.tree()
    assert cache.loads == 2


def not_found() -> NotFoundError:
    return NotFoundError("gone", status_code=404, headers={}, body=b"")


def test_a_404_for_a_cached_id_reloads_once_and_retries() -> None:
    cache, _ = make_cache()
    cache.tree()
    calls: list[str] = []

    def call(tree: AssetTree) -> str:
        calls.append(tree.resolve_asset(["Plant"]).asset_id)
        if len(calls) == 1:
            raise not_found()
        return "ok"

    assert cache.with_retry_on_not_found(call) == "ok"
    assert cache.loads == 2
    assert calls == ["r1", "r1"]


def test_a_second_404_propagates_after_exactly_one_reload() -> None:
    cache, _ = make_cache()
    cache.tree()

    def call(tree: AssetTree) -> str:
        raise not_found()

    with pytest.raises(NotFoundError):
        cache.with_retry_on_not_found(call)
    assert cache.loads == 2


def test_a_404_on_a_fresh_snapshot_is_not_retried() -> None:
    cache, _ = make_cache()
    attempts = []

    def call(tree: AssetTree) -> str:
        attempts.append(1)
        raise not_found()

    with pytest.raises(NotFoundError):
        cache.with_retry_on_not_found(call)
    assert (cache.loads, len(attempts)) == (1, 1)


def test_other_errors_are_not_retried() -> None:
    cache, _ = make_cache()
    cache.tree()

    def call(tree: AssetTree) -> str:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        cache.with_retry_on_not_found(call)
    assert cache.loads == 1
