"""A small base for value objects built at import time.

Dataclasses and attrs classes cost about a millisecond each to create; the runtime defines its
descriptors and settings with this instead so that ``import iotclients.<vendor>`` stays cheap.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Record"]


class Record:
    """Immutable-by-convention record with a readable repr and equality by value."""

    __slots__ = ()

    def _values(self) -> tuple[Any, ...]:
        names: tuple[str, ...] = self.__slots__
        return tuple(getattr(self, name) for name in names)

    def __repr__(self) -> str:
        names: tuple[str, ...] = self.__slots__
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__name__}({shown})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Record) and type(other) is type(self) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self).__name__, *map(repr, self._values())))

    def replace(self, **changes: Any) -> Any:
        """A copy with some fields changed."""
        names: tuple[str, ...] = self.__slots__
        values = {name: getattr(self, name) for name in names}
        unknown = set(changes) - set(values)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no fields {sorted(unknown)}")
        values.update(changes)
        return type(self)(**values)
