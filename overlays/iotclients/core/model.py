"""Base classes of every generated model.

Generated models are slotted attrs classes: a misspelt attribute is refused (``AttributeError``)
rather than sent, and each object holds no ``__dict__``. Serialisation goes through ``codec`` (msgspec), never
through per-field Python code; ``to_dict``/``from_dict`` are kept for users who want JSON-shaped dicts.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Self, TypeVar, cast

import attrs
import msgspec

from . import codec

__all__ = [
    "UNSET",
    "AwareDatetime",
    "Model",
    "OpenModel",
    "Unset",
    "absent_by_default",
    "register_secret_fields",
]

UNSET = msgspec.UNSET
"""Marks a field as absent: it is left out of the JSON, unlike ``None``, which is sent as ``null``."""

Unset = msgspec.UnsetType

_M = TypeVar("_M")

AwareDatetime = Annotated[datetime.datetime, msgspec.Meta(tz=True)]
"""A ``datetime`` that must carry a UTC offset: naive values are refused before sending and on decode.

The APIs read a timestamp without an offset in their own zone or reject it; guessing is worse."""


def absent_by_default(cls: type[_M]) -> type[_M]:
    """Give a slotted model a decode-only hook that marks every optional field ``UNSET`` up front.

    msgspec allocates decoded objects empty, calls ``__attrs_pre_init__`` (with no arguments),
    sets the fields present in the JSON, then asks ``hasattr`` of every field. On a slotted class
    a field never set raises and swallows an ``AttributeError`` inside that check, which cost a
    third of the decode time (responses omit request-only fields such as ``match``). Storing
    ``UNSET`` first makes every check a hit. The hook is attached after attrs built the class, so
    the ``__init__`` attrs generated does not call it: constructing a model costs what it did.
    """
    absent = [field.name for field in attrs.fields(cast(Any, cls)) if field.default is UNSET]
    if absent:
        # Straight-line stores: one call per decoded object, no loop or getattr per field.
        source = "def __attrs_pre_init__(self):\n" + "".join(f"    self.{name} = UNSET\n" for name in absent)
        namespace: dict[str, Any] = {"UNSET": UNSET}
        exec(compile(source, f"<absent fields of {cls.__qualname__}>", "exec"), namespace)  # noqa: S102
        hook = namespace["__attrs_pre_init__"]
        hook.__qualname__ = f"{cls.__qualname__}.__attrs_pre_init__"
        cast(Any, cls).__attrs_pre_init__ = hook
    return cls


def register_secret_fields(model: Any) -> None:
    """Register the string values of a model's credential fields (``__secret_fields__``) as secrets."""
    from .redaction import register_secret

    for name in model.__secret_fields__:
        value = getattr(model, name, None)
        if isinstance(value, str):
            register_secret(value)


class Model:
    __slots__ = ()
    __secret_fields__: ClassVar[frozenset[str]] = frozenset()
    __read_only__: ClassVar[frozenset[str]] = frozenset()

    def __repr__(self) -> str:
        # Absent (UNSET) fields are left out: models often have dozens of optional fields.
        secret = self.__secret_fields__
        shown = ", ".join(
            f"{a.name}={'***' if a.name in secret else repr(getattr(self, a.name))}"
            for a in attrs.fields(cast(Any, self.__class__))
            if getattr(self, a.name) is not UNSET
        )
        return f"{self.__class__.__name__}({shown})"

    def to_dict(self) -> dict[str, Any]:
        """JSON-shaped dict (dates as ISO strings, UUIDs as strings, absent fields omitted)."""
        built: dict[str, Any] = codec.to_builtins(self)
        return built

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a JSON-shaped mapping; raises ``InvalidArgumentError`` naming the bad field."""
        built: Self = codec.convert(dict(src), cls, argument=cls.__name__)
        return built

    def to_json(self) -> bytes:
        return msgspec.json.encode(self.to_dict())

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        decoded: Self = codec.decode(data, cls)
        return decoded


class OpenModel(Model):
    """A model whose schema allows additional properties: unknown keys are kept, not dropped.

    They live in ``additional_properties`` and can be read and written with ``model[key]``.
    """

    __slots__ = ("_additional_properties",)

    @property
    def additional_properties(self) -> dict[str, Any]:
        try:
            return self._additional_properties
        except AttributeError:
            self._additional_properties: dict[str, Any] = {}
            return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = dict(value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = [a.name for a in attrs.fields(cast(Any, self.__class__))]
        return all(getattr(self, n) == getattr(other, n) for n in names) and (
            self.additional_properties == other.additional_properties
        )

    # Mutable and compared by value, so unhashable; declared so type checkers read it the same way.
    __hash__: ClassVar[None] = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        base = super().__repr__()
        if not self.additional_properties:
            return base
        return f"{base[:-1]}, additional_properties={self.additional_properties!r})"
