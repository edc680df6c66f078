"""The text rules every IOTile slug follows: hex terms and groups, ranges, and the immutable base.

``slugs`` builds the seven id classes on these; see its docstring for the rules themselves.
"""

from __future__ import annotations

import operator
import re
from typing import Any, SupportsIndex

from iotclients.core.errors import InvalidArgumentError

_MASK16 = 0xFFFF
_MASK48 = (1 << 48) - 1
_LIMIT32 = 1 << 32
_LIMIT48 = 1 << 48
_LIMIT64 = 1 << 64

_RUNS: dict[int, re.Pattern[str]] = {}
_GROUPED: dict[int, re.Pattern[str]] = {}


def _patterns(groups: int) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    # Compiled on first use so that importing the module costs no regex compilation.
    run = _RUNS.get(groups)
    if run is None:
        run = _RUNS[groups] = re.compile(f"[0-9a-fA-F]{{1,{4 * groups}}}")
        if groups > 1:
            _GROUPED[groups] = re.compile(f"[0-9a-fA-F]{{4}}(?:-[0-9a-fA-F]{{4}}){{1,{groups - 1}}}")
    return run, _GROUPED.get(groups)


def _shown(value: object) -> str:
    # Keep messages short even when someone passes a megabyte of text.
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _groups(value: int, groups: int) -> str:
    return "-".join(f"{(value >> (16 * i)) & _MASK16:04x}" for i in reversed(range(groups)))


def _hex_term(text: str, groups: int, argument: str, layout: str) -> int:
    """The value of one id term: a run of 1..4*groups hex digits or 2..groups groups of 4."""
    run, grouped = _patterns(groups)
    if run.fullmatch(text) or (grouped is not None and grouped.fullmatch(text)):
        return int(text.replace("-", ""), 16)
    shape = f"up to {4 * groups} hex digits" + (
        f", or 2 to {groups} dash-separated groups of exactly 4" if groups > 1 else ""
    )
    raise InvalidArgumentError(
        argument,
        f"must be hex as in {layout!r}: {shape} (0x only before a bare run; no '_', spaces or "
        f"empty groups); got {_shown(text)}",
    )


def _terms(text: str, prefix: str, count: int, argument: str, layout: str) -> list[str]:
    """Split a prefixed slug into its ``count`` terms after the prefix; the prefix must match exactly."""
    parts = text.split("--")
    if parts[0] != prefix:
        raise InvalidArgumentError(
            argument, f"must start with {prefix + '--'!r} (lower case) as in {layout!r}; got {_shown(text)}"
        )
    if len(parts) != count + 1:
        raise InvalidArgumentError(argument, f"must have the form {layout!r}; got {_shown(text)}")
    return parts[1:]


def _single_term(text: str, prefix: str, groups: int, argument: str, layout: str) -> int:
    """A one-term id given bare (``abc``, ``0xabc``) or prefixed (``p--0000-0abc``)."""
    if "--" in text:
        (term,) = _terms(text, prefix, 1, argument, layout)
    else:
        term = text
        run, _ = _patterns(groups)
        # A bare 0x number is how many IOTile tools print ids, and reads only one way; with
        # groups, '_' or nothing after it, or as 0X (which iotile-cloud keeps verbatim as another
        # id), it stays refused below.
        if term[:2] == "0x" and run.fullmatch(term[2:]):
            return int(term[2:], 16)
    return _hex_term(term, groups, argument, layout)


def _as_int(value: object) -> int | None:
    """``value`` as an int if it is an integer (numpy integers included), else ``None``.

    ``bool`` is refused: ``True`` meaning id 1 is a typo far more often than an intent.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    # numpy and similar integer scalars are not int subclasses but implement __index__.
    if isinstance(value, SupportsIndex) and not isinstance(value, str | bytes | float):
        return operator.index(value)
    return None


def _in_range(value: int, low: int, limit: int, argument: str, what: str) -> int:
    if not low <= value < limit:
        raise InvalidArgumentError(argument, f"{what} must be in {low:#x}..{limit - 1:#x}; got {value:#x}")
    return value


def _type_error(argument: str, expected: str, value: object) -> InvalidArgumentError:
    return InvalidArgumentError(argument, f"must be {expected}; got {type(value).__name__}")


class _Slug:
    """Shared behaviour: immutability, equality and hashing by the canonical slug, pickling."""

    __slots__ = ("_slug",)
    _slug: str

    def _freeze(self, slug: str) -> None:
        object.__setattr__(self, "_slug", slug)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __str__(self) -> str:
        return self._slug

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._slug!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Slug) and type(other) is type(self) and other._slug == self._slug

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._slug))

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        # Every class accepts its own canonical slug, so copy and pickle go through validation.
        return type(self), (self._slug,)

    def formatted_id(self) -> str:
        """Everything after the type prefix and its ``--``."""
        return self._slug.split("--", 1)[1]


def _id_number(
    value: object, cls: type[Any], *, prefix: str, groups: int, argument: str, layout: str, what: str
) -> int:
    """The number behind a slug of ``cls``, a one-term string, or an int (range checks are the caller's)."""
    if isinstance(value, cls):
        number: int = value._id
        return number
    if isinstance(value, str):
        return _single_term(value, prefix, groups, argument, layout)
    parsed = _as_int(value)
    if parsed is None:
        raise _type_error(argument, f"{what} (int, hex str or {cls.__name__})", value)
    return parsed


def _local_id(value: object, argument: str) -> int:
    layout = "v--XXXX-XXXX--XXXX"
    if isinstance(value, str):
        number = _hex_term(value, 1, argument, layout)
    else:
        parsed = _as_int(value)
        if parsed is None:
            raise _type_error(argument, "a variable id (int or hex str)", value)
        number = parsed
    return _in_range(number, 1, _MASK16 + 1, argument, "a variable local id")
