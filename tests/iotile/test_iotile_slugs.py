"""IOTile slugs: canonical round trips over the full id ranges, equality, immutability, the
documented examples, and one error (naming argument and rule) for every invalid form."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iotclients.core.errors import InvalidArgumentError
from iotclients.iotile import (
    IOTileBlockSlug,
    IOTileDeviceSlug,
    IOTileFleetSlug,
    IOTileProjectSlug,
    IOTileStreamerSlug,
    IOTileStreamSlug,
    IOTileVariableSlug,
)

# Deadlines measure the machine, not the code: a loaded runner must not fail these.
relaxed = settings(deadline=None)

P = IOTileProjectSlug
D = IOTileDeviceSlug
B = IOTileBlockSlug
V = IOTileVariableSlug
S = IOTileStreamSlug
G = IOTileFleetSlug
T = IOTileStreamerSlug

project_ids = st.integers(0, 2**32 - 1)
device_ids = st.integers(0, 2**64 - 1)
live_device_ids = st.integers(0, 2**48 - 1)
block_device_ids = st.integers(1, 2**48 - 1)
blocks = st.integers(0, 0xFFFF)
local_ids = st.integers(1, 0xFFFF)
fleet_ids = st.integers(0, 2**48 - 1)
indexes = st.integers(0, 0xFFFF)

CANONICAL_GROUP = r"[0-9a-f]{4}"


def assert_canonical(text: str, prefix: str, layout: tuple[int, ...]) -> None:
    """``text`` is ``prefix--`` followed by terms of exactly ``layout`` lowercase 4-hex groups."""
    head, *terms = text.split("--")
    assert head == prefix
    assert [len(term.split("-")) for term in terms] == list(layout)
    for term in terms:
        for group in term.split("-"):
            assert len(group) == 4
            assert group == group.lower()
            int(group, 16)


# --- round trips over the full ranges -----------------------------------------------------------


@relaxed
@given(project_ids)
def test_project_round_trip(n: int) -> None:
    p = P(n)
    assert_canonical(str(p), "p", (2,))
    assert P(str(p)) == p
    assert P(p.formatted_id()) == p
    assert P(f"{n:x}") == p
    assert P(f"p--{n:X}") == p
    assert P(p) == p
    assert p.get_id() == n


@relaxed
@given(device_ids)
def test_device_round_trip(n: int) -> None:
    d = D(n)
    assert_canonical(str(d), "d", (4,))
    assert D(str(d)) == d
    assert D(d.formatted_id()) == d
    assert D(f"{n:x}") == d
    assert D(f"d--{n:X}") == d
    assert D(d) == d
    assert d.get_id() == n
    assert str(d) == f"d--{n >> 48:04x}-{(n >> 32) & 0xFFFF:04x}-{(n >> 16) & 0xFFFF:04x}-{n & 0xFFFF:04x}"


@relaxed
@given(live_device_ids)
def test_device_48_bits_round_trip(n: int) -> None:
    d = D(n, allow_64bits=False)
    assert d == D(n)
    assert D(str(d), allow_64bits=False) == d
    assert str(d).startswith("d--0000-")


@relaxed
@given(st.integers(2**48, 2**64 - 1))
def test_device_block_group_needs_allow_64bits(n: int) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        D(n, allow_64bits=False)
    assert info.value.argument == "id"
    assert "allow_64bits=False" in info.value.rule
    with pytest.raises(InvalidArgumentError):
        D(str(D(n)), allow_64bits=False)


@relaxed
@given(block_device_ids, blocks)
def test_block_round_trip(n: int, block: int) -> None:
    b = B(n, block=block)
    assert_canonical(str(b), "b", (4,))
    assert B(str(b)) == b
    assert B(str(b), block=block) == b
    assert B(b) == b
    assert B(b.formatted_id()) == b
    assert B(f"d--{n:x}", block=block) == b
    assert b.get_id() == n
    assert b.get_block() == block
    assert b.get_device() == D(n)


@relaxed
@given(local_ids, project_ids)
def test_variable_round_trip(lid: int, project: int) -> None:
    v = V(lid, P(project))
    assert_canonical(str(v), "v", (2, 1))
    assert V(str(v)) == v
    assert V(str(v), project=project) == v
    assert V(f"{lid:x}", project) == v
    assert V(f"{lid:X}", f"p--{project:x}") == v
    assert V(v) == v
    assert v.formatted_local_id() == f"{lid:04x}"
    assert v.get_local_id() == lid
    assert v.get_project() == P(project)
    assert v.formatted_id() == f"{P(project).formatted_id()}--{lid:04x}"


@relaxed
@given(project_ids, device_ids, local_ids)
def test_stream_round_trip(project: int, device: int, lid: int) -> None:
    s = S.from_parts(project, device, lid)
    assert_canonical(str(s), "s", (2, 4, 1))
    assert S(str(s)) == s
    assert S(s) == s
    assert S("s--" + s.formatted_id()) == s
    parts = s.get_parts()
    assert parts == {"project": P(project), "device": D(device), "variable": V(lid, project)}
    assert S.from_parts(**parts) == s
    assert S.from_parts(str(parts["project"]), str(parts["device"]), str(parts["variable"])) == s
    assert str(s) == f"s--{P(project).formatted_id()}--{D(device).formatted_id()}--{lid:04x}"


@relaxed
@given(fleet_ids)
def test_fleet_round_trip(n: int) -> None:
    g = G(n)
    assert_canonical(str(g), "g", (3,))
    assert G(str(g)) == g
    assert G(g.formatted_id()) == g
    assert G(f"{n:x}") == g
    assert G(g) == g
    assert g.get_id() == n


@relaxed
@given(live_device_ids, indexes)
def test_streamer_round_trip(device: int, index: int) -> None:
    t = T(device, index)
    assert_canonical(str(t), "t", (4, 1))
    assert str(t).startswith("t--0000-")
    assert T(str(t)) == t
    assert T(t) == t
    assert T(D(device), index) == t
    assert T(str(D(device)), index) == t
    assert T(t.get_device(), int(t.get_index(), 16)) == t
    assert t.get_device() == D(device)
    assert t.get_index() == f"{index:04x}"


# --- equality, hashing, immutability ------------------------------------------------------------

SAMPLES: list[Any] = [
    P(5),
    D(10),
    B(10, block=2),
    V(0x5001, 5),
    S.from_parts(5, 10, 0x5001),
    G(42),
    T(42, 3),
]


def test_equal_and_hashable_by_value() -> None:
    assert P(5) == P("5") == P("p--0000-0005") == P("0000-0005")
    assert hash(P(5)) == hash(P("p--5"))
    assert len({D(10), D("a"), D("d--000a"), D("0000-0000-0000-000a")}) == 1
    assert P(5) != P(6)
    assert {P(1): "x"}[P("1")] == "x"
    # Same number, different kinds: never equal, and never equal to their text.
    assert P(5) != G(5)
    assert D(5) != B(5)
    assert P(5) != "p--0000-0005"
    assert len(set(SAMPLES)) == len(SAMPLES)


@pytest.mark.parametrize("slug", SAMPLES, ids=lambda s: type(s).__name__)
def test_immutable(slug: Any) -> None:
    for name in ("_slug", "_id", "anything"):
        with pytest.raises(AttributeError):
            setattr(slug, name, 1)
        with pytest.raises(AttributeError):
            delattr(slug, name)
    assert not hasattr(slug, "__dict__")


@pytest.mark.parametrize("slug", SAMPLES, ids=lambda s: type(s).__name__)
def test_copy_pickle_and_repr(slug: Any) -> None:
    assert copy.copy(slug) == slug
    assert copy.deepcopy(slug) == slug
    assert pickle.loads(pickle.dumps(slug)) == slug
    assert repr(slug) == f"{type(slug).__name__}({str(slug)!r})"
    assert type(slug)(str(slug)) == slug


def test_numpy_like_integers_are_accepted() -> None:
    class Index:
        def __index__(self) -> int:
            return 7

    assert P(Index()) == P(7)  # type: ignore[arg-type]
    assert T(Index(), Index()) == T(7, 7)  # type: ignore[arg-type]


# --- documented examples (behaviour kept) -------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: P("p--abc"), "p--0000-0abc"),
        (lambda: P("0xab"), "p--0000-00ab"),
        (lambda: D("0x1234"), "d--0000-0000-0000-1234"),
        (lambda: D("0xABCD"), "d--0000-0000-0000-abcd"),
        (lambda: G("0x1"), "g--0000-0000-0001"),
        (lambda: S.from_parts(1, "0x1234", 1), "s--0000-0001--0000-0000-0000-1234--0001"),
        (lambda: P(5), "p--0000-0005"),
        (lambda: P(16**8 - 1), "p--ffff-ffff"),
        (lambda: P("5"), "p--0000-0005"),
        (lambda: P("p--ABCD"), "p--0000-abcd"),
        (lambda: D("d--abcd"), "d--0000-0000-0000-abcd"),
        (lambda: D(10), "d--0000-0000-0000-000a"),
        (lambda: D("000a"), "d--0000-0000-0000-000a"),
        (lambda: D("d--000a"), "d--0000-0000-0000-000a"),
        (lambda: D(0xA), "d--0000-0000-0000-000a"),
        (lambda: B("d--abcd", block=2), "b--0002-0000-0000-abcd"),
        (lambda: B("0000-0000-0001"), "b--0000-0000-0000-0001"),
        (lambda: B("d--1234-5678"), "b--0000-0000-1234-5678"),
        (lambda: B("d--0003-0000-0000-0001"), "b--0003-0000-0000-0001"),
        (lambda: V(0x10, "p--0000-0007"), "v--0000-0007--0010"),
        (lambda: V("5001", P(5)), "v--0000-0005--5001"),
        (lambda: V(0x5001), "v--0000-0000--5001"),
        (lambda: V("5001", "p--0000-0005"), "v--0000-0005--5001"),
        (lambda: S.from_parts(9, 3, "5001"), "s--0000-0009--0000-0000-0000-0003--5001"),
        (lambda: S.from_parts(P(5), D(10), V("5001", P(5))), "s--0000-0005--0000-0000-0000-000a--5001"),
        (lambda: S.from_parts(None, None, 0x5001), "s--0000-0000--0000-0000-0000-0000--5001"),
        (lambda: S.from_parts("", "", 0x5001), "s--0000-0000--0000-0000-0000-0000--5001"),
        (lambda: S.from_parts(0, 0, 0x5001), "s--0000-0000--0000-0000-0000-0000--5001"),
        (lambda: S.from_parts(1, 1, 5), "s--0000-0001--0000-0000-0000-0001--0005"),
        (lambda: S("s----0000-0000-0000-0001--5001"), "s--0000-0000--0000-0000-0000-0001--5001"),
        (lambda: S("s--0000-0001--0001-0000-0000-0002--5001"), "s--0000-0001--0001-0000-0000-0002--5001"),
        (lambda: G(0x2A), "g--0000-0000-002a"),
        (lambda: G(0), "g--0000-0000-0000"),
        (lambda: T(0x2A, 3), "t--0000-0000-0000-002a--0003"),
        (lambda: T("1234", 1), "t--0000-0000-0000-1234--0001"),
    ],
)
def test_documented_examples(make: Any, expected: str) -> None:
    assert str(make()) == expected


def test_documented_accessors() -> None:
    assert P("p--abc").formatted_id() == "0000-0abc"
    assert P("p--abc").get_id() == 0xABC
    assert D("d--abcd").formatted_id() == "0000-0000-0000-abcd"
    assert D("d--1234-0000-0000-0001").get_id() == 0x1234000000000001
    b = B("d--abcd", block=2)
    assert (b.get_block(), b.get_id(), b.formatted_id()) == (2, 0xABCD, "0002-0000-0000-abcd")
    assert V(0x10, "p--0000-0007").formatted_local_id() == "0010"
    parts = S.from_parts(9, 3, "5001").get_parts()
    assert [str(parts[k]) for k in ("project", "device", "variable")] == [
        "p--0000-0009",
        "d--0000-0000-0000-0003",
        "v--0000-0009--5001",
    ]
    assert S.from_parts(9, 3, "5001").formatted_id() == "0000-0009--0000-0000-0000-0003--5001"
    t = T(0x2A, 3)
    assert (str(t.get_device()), t.get_index()) == ("d--0000-0000-0000-002a", "0003")
    assert G(0x2A).formatted_id() == "0000-0000-002a"
    assert G(1).get_id() == 1


# --- quirks of iotile-cloud 0.9.14 that are normalised here -------------------------------------


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: D(2**48), "d--0001-0000-0000-0000"),  # 0.9.14 truncated to all zeros
        (lambda: D(2**64 - 1), "d--ffff-ffff-ffff-ffff"),  # 0.9.14: d--0000-ffff-ffff-ffff
        (lambda: D("0"), "d--0000-0000-0000-0000"),
        (lambda: D("12345"), "d--0000-0000-0001-2345"),
        (lambda: D("ffffffffffff"), "d--0000-ffff-ffff-ffff"),
        (lambda: D("ABCD"), "d--0000-0000-0000-abcd"),
        (lambda: D("d--1234-0000-0000-0001"), "d--1234-0000-0000-0001"),
        (lambda: B("1"), "b--0000-0000-0000-0001"),
        (lambda: V("5"), "v--0000-0000--0005"),
        (lambda: V("v--0000-0001--5001"), "v--0000-0001--5001"),
        (lambda: V("v--0001--5001", project=1), "v--0000-0001--5001"),
        (lambda: S("s--0001--0002--0003"), "s--0000-0001--0000-0000-0000-0002--0003"),
        (lambda: S("s--0000-0001--0000-0000-0000-0002--5"), "s--0000-0001--0000-0000-0000-0002--0005"),
        (lambda: S.from_parts(1, "0x1234".removeprefix("0x"), 1), "s--0000-0001--0000-0000-0000-1234--0001"),
        (lambda: S.from_parts(9, 3, "v--0000-0009--5001"), "s--0000-0009--0000-0000-0000-0003--5001"),
        (lambda: S.from_parts(9, 3, V(0x5001)), "s--0000-0009--0000-0000-0000-0003--5001"),
        (lambda: G("g--0000-0000-0001"), "g--0000-0000-0001"),
        (lambda: T("d--0000-0000-0000-0002", 1), "t--0000-0000-0000-0002--0001"),
    ],
)
def test_normalised_quirks(make: Any, expected: str) -> None:
    assert str(make()) == expected


def test_stream_parts_of_normalised_short_slug() -> None:
    parts = S("s--0001--0002--0003").get_parts()
    assert parts == {"project": P(1), "device": D(2), "variable": V(3, 1)}
    assert str(S("s--0000-0001--0001-0000-0000-0002--5001").get_parts()["device"]) == "d--0001-0000-0000-0002"


# --- invalid forms ------------------------------------------------------------------------------

HEX = "must be hex as in"
RANGE = "must be in"

INVALID: list[tuple[str, Any, dict[str, Any], str, str]] = [
    # Project
    ("P empty", P, {"id": ""}, "id", HEX),
    ("P prefix only", P, {"id": "p--"}, "id", HEX),
    ("P upper prefix", P, {"id": "P--0001"}, "id", "must start with 'p--'"),
    ("P other prefix", P, {"id": "d--0001"}, "id", "must start with 'p--'"),
    ("P 3 groups", P, {"id": "p--0001-0000-0000"}, "id", HEX),
    ("P 9 digits", P, {"id": "100000000"}, "id", HEX),
    ("P 0x after the prefix", P, {"id": "p--0xab"}, "id", "0x only before a bare run"),
    ("P 0x with groups", P, {"id": "0x0000-00ab"}, "id", HEX),
    ("P underscore", P, {"id": "1_0"}, "id", "'_'"),
    ("P space", P, {"id": " 5"}, "id", "spaces"),
    ("P trailing newline", P, {"id": "5\n"}, "id", HEX),
    ("P empty term", P, {"id": "p----0001"}, "id", "must have the form 'p--XXXX-XXXX'"),
    ("P extra term", P, {"id": "p--0000-0001--0002"}, "id", "must have the form 'p--XXXX-XXXX'"),
    ("P short groups", P, {"id": "p--1-2"}, "id", HEX),
    ("P not hex", P, {"id": "zz"}, "id", HEX),
    ("P negative", P, {"id": -1}, "id", RANGE),
    ("P too big", P, {"id": 16**8}, "id", RANGE),
    ("P bool", P, {"id": True}, "id", "must be a project id"),
    ("P None", P, {"id": None}, "id", "got NoneType"),
    ("P float", P, {"id": 1.0}, "id", "got float"),
    ("P bytes", P, {"id": b"1"}, "id", "got bytes"),
    # Device
    ("D empty", D, {"id": ""}, "id", HEX),
    ("D prefix only", D, {"id": "d--"}, "id", HEX),
    ("D 0x only", D, {"id": "0x"}, "id", HEX),
    ("D 0x underscore", D, {"id": "0x12_34"}, "id", HEX),
    ("D 0x after the prefix", D, {"id": "d--0x1234"}, "id", HEX),
    ("D 0x too long", D, {"id": "0x" + "1" * 17}, "id", HEX),
    ("D 0X", D, {"id": "0XA"}, "id", HEX),
    ("D underscore", D, {"id": "1_0"}, "id", HEX),
    ("D upper prefix", D, {"id": "D--0001"}, "id", "must start with 'd--'"),
    ("D block prefix", D, {"id": "b--0000-0000-0000-0001"}, "id", "must start with 'd--'"),
    ("D 5 groups", D, {"id": "1-2-3-4-5"}, "id", HEX),
    ("D 5 full groups", D, {"id": "0000-0000-0000-0000-0001"}, "id", HEX),
    ("D extra term", D, {"id": "d--0000-0000-0000-0000--5001"}, "id", "must have the form"),
    ("D 17 digits", D, {"id": "1" + "0" * 16}, "id", HEX),
    ("D too big", D, {"id": 2**64}, "id", RANGE),
    ("D 48-bit too big", D, {"id": 2**48, "allow_64bits": False}, "id", "allow_64bits=False"),
    ("D negative", D, {"id": -1}, "id", RANGE),
    ("D None", D, {"id": None}, "id", "must be a device id"),
    ("D float", D, {"id": 1.0}, "id", "got float"),
    ("D bytes", D, {"id": b"1"}, "id", "got bytes"),
    ("D bool", D, {"id": False}, "id", "got bool"),
    ("D allow_64bits not bool", D, {"id": 1, "allow_64bits": 1}, "allow_64bits", "must be a bool"),
    # Block
    ("B zero", B, {"id": 0}, "id", RANGE),
    ("B zero string", B, {"id": "0000"}, "id", "non-zero"),
    ("B zero device", B, {"id": "d--0000"}, "id", "non-zero"),
    ("B zero device part", B, {"id": "0001-0000-0000-0000"}, "id", "non-zero"),
    ("B negative", B, {"id": -1}, "id", RANGE),
    ("B 2**48", B, {"id": 2**48 + 5}, "id", RANGE),
    ("B short b--", B, {"id": "b--1"}, "id", "must have the form 'b--XXXX-XXXX-XXXX-XXXX'"),
    ("B 5 group b--", B, {"id": "b--0000-0000-0000-0000-0001"}, "id", "must have the form"),
    ("B run b--", B, {"id": "b--0001000000000001"}, "id", "must have the form"),
    ("B not hex b--", B, {"id": "b--zzzz-0000-0000-0001"}, "id", HEX),
    ("B not hex d--", B, {"id": "d--zzzz"}, "id", HEX),
    ("B other prefix", B, {"id": "p--0001"}, "id", "must start with 'b--' or 'd--'"),
    ("B block too big", B, {"id": 5, "block": 65536}, "block", RANGE),
    ("B block negative", B, {"id": 5, "block": -1}, "block", RANGE),
    ("B block bool", B, {"id": 5, "block": True}, "block", "must be an int"),
    ("B block conflict", B, {"id": "b--0001-0000-0000-0005", "block": 2}, "block", "disagrees"),
    ("B block conflict zero", B, {"id": "b--0000-0000-0000-0005", "block": 2}, "block", "disagrees"),
    ("B d-- block conflict", B, {"id": "d--0001-0000-0000-0005", "block": 2}, "block", "disagrees"),
    ("B float", B, {"id": 5.0}, "id", "got float"),
    # Variable
    ("V zero", V, {"id": 0}, "id", RANGE),
    ("V zero string", V, {"id": "0"}, "id", RANGE),
    ("V negative", V, {"id": -1}, "id", RANGE),
    ("V too big", V, {"id": 0x10000}, "id", RANGE),
    ("V 5 digits", V, {"id": "10000"}, "id", HEX),
    ("V 0x", V, {"id": "0x5001"}, "id", HEX),
    ("V not hex", V, {"id": "zzzz"}, "id", HEX),
    ("V foreign prefix", V, {"id": "x--0000-0001--5001"}, "id", "must start with 'v--'"),
    ("V empty project", V, {"id": "v----5001"}, "id", HEX),
    ("V two terms", V, {"id": "v--5001"}, "id", "must have the form 'v--XXXX-XXXX--XXXX'"),
    ("V four terms", V, {"id": "v--1--2--3"}, "id", "must have the form"),
    ("V project conflict", V, {"id": "v--0000-0001--5001", "project": 7}, "project", "disagrees"),
    ("V project -1", V, {"id": 1, "project": -1}, "project", RANGE),
    ("V project bad prefix", V, {"id": 1, "project": "d--0001"}, "project", "must start with 'p--'"),
    ("V None", V, {"id": None}, "id", "must be a variable id"),
    ("V bool", V, {"id": True}, "id", "got bool"),
    # Stream
    ("S int", S, {"id": 5}, "id", "must be a stream slug"),
    ("S None", S, {"id": None}, "id", "got NoneType"),
    ("S foreign prefix", S, {"id": "x--0000-0001--0000-0000-0000-0002--5001"}, "id", "must start with 's--'"),
    ("S 3 terms", S, {"id": "s--0001--0002"}, "id", "must have the form"),
    ("S 5 terms", S, {"id": "s--0001--0002--0003--0004"}, "id", "must have the form"),
    ("S empty device", S, {"id": "s--0000-0001----5001"}, "id", HEX),
    ("S all empty", S, {"id": "s------"}, "id", HEX),
    ("S short groups", S, {"id": "s--1-2--3--4"}, "id", HEX),
    ("S 5-digit variable", S, {"id": "s--0001--0002--50011"}, "id", HEX),
    ("S zero variable", S, {"id": "s--0001--0002--0000"}, "id", RANGE),
    # Fleet
    ("G empty", G, {"id": ""}, "id", HEX),
    ("G foreign prefix", G, {"id": "p--0001"}, "id", "must start with 'g--'"),
    ("G 4 groups", G, {"id": "g--0000-0000-0000-0001"}, "id", HEX),
    ("G too big", G, {"id": 16**12}, "id", "0xffffffffffff"),
    ("G negative", G, {"id": -1}, "id", RANGE),
    ("G 0x spaces", G, {"id": "0x 1"}, "id", HEX),
    ("G float", G, {"id": 1.0}, "id", "got float"),
    # Streamer
    ("T no index", T, {"device": 1}, "index", "is required"),
    ("T index with full slug", T, {"device": "t--0000-0000-0000-0001--0001", "index": 1}, "index", "omitted"),
    ("T str index", T, {"device": 1, "index": "3"}, "index", "must be an int"),
    ("T index too big", T, {"device": 1, "index": 65536}, "index", RANGE),
    ("T index negative", T, {"device": 1, "index": -1}, "index", RANGE),
    ("T device 2**48", T, {"device": 2**48, "index": 1}, "device", "block group 0000"),
    ("T device block", T, {"device": "d--0001-0000-0000-0002", "index": 1}, "device", "block group 0000"),
    ("T device bad", T, {"device": "zz", "index": 1}, "device", HEX),
    ("T device float", T, {"device": 1.0, "index": 1}, "device", "got float"),
    ("T bad full slug", T, {"device": "t--0000-0000-0000-0001"}, "device", "must have the form"),
    ("T index term", T, {"device": "t--0000-0000-0000-0001--10000"}, "device", HEX),
]


@pytest.mark.parametrize(
    ("cls", "kwargs", "argument", "rule"), [c[1:] for c in INVALID], ids=[c[0] for c in INVALID]
)
def test_invalid_forms_raise(cls: Any, kwargs: dict[str, Any], argument: str, rule: str) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        cls(**kwargs)
    assert isinstance(info.value, ValueError)
    assert info.value.argument == argument
    assert rule in info.value.rule
    assert str(info.value) == f"{argument}: {info.value.rule}"


FROM_PARTS_INVALID: list[tuple[str, dict[str, Any], str, str]] = [
    ("project -1", {"project": -1, "device": 1, "variable": 1}, "project", RANGE),
    ("device -1", {"project": 1, "device": -1, "variable": 1}, "device", RANGE),
    ("variable -1", {"project": 1, "device": 1, "variable": -1}, "variable", RANGE),
    ("variable None", {"project": 1, "device": 1, "variable": None}, "variable", "must be a variable id"),
    ("variable zzzz", {"project": 1, "device": 1, "variable": "zzzz"}, "variable", HEX),
    ("variable 5 digits", {"project": 1, "device": 1, "variable": "50011"}, "variable", HEX),
    ("device b--", {"project": 1, "device": "b--0001-0000-0000-0001", "variable": 1}, "device", "'d--'"),
    ("device block slug", {"project": 1, "device": B(1), "variable": 1}, "device", "data block"),
    (
        "variable of another project",
        {"project": 1, "device": 1, "variable": "v--0000-0009--5001"},
        "variable",
        "belongs to project",
    ),
    (
        "variable slug of another project",
        {"project": 1, "device": 1, "variable": V(1, 9)},
        "variable",
        "belongs",
    ),
]


@pytest.mark.parametrize(
    ("kwargs", "argument", "rule"),
    [c[1:] for c in FROM_PARTS_INVALID],
    ids=[c[0] for c in FROM_PARTS_INVALID],
)
def test_from_parts_invalid(kwargs: dict[str, Any], argument: str, rule: str) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        S.from_parts(**kwargs)
    assert info.value.argument == argument
    assert rule in info.value.rule


@relaxed
@given(st.text(max_size=30))
def test_arbitrary_text_is_canonical_or_refused(text: str) -> None:
    # Whatever is accepted comes out canonical and round-trips; everything else is refused cleanly.
    for cls, prefix, layout in ((P, "p", (2,)), (D, "d", (4,)), (G, "g", (3,)), (V, "v", (2, 1))):
        try:
            slug = cls(text)
        except InvalidArgumentError:
            continue
        assert_canonical(str(slug), prefix, layout)
        assert cls(str(slug)) == slug


def test_long_input_is_not_echoed_in_full() -> None:
    with pytest.raises(InvalidArgumentError) as info:
        P("z" * 10_000)
    assert len(info.value.rule) < 300
