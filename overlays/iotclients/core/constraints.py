"""The spec's value rules on request bodies (patterns, lengths, bounds, item counts), checked
on the way out.

A generated model lists the rules of its fields in ``__constraints__`` (attribute ->
``msgspec.Meta`` arguments and the JSON ``type``; ``items`` holds the rules of a list's
elements, ``values`` those of a map's values). Decoding replies never looks at them: a server's
answer is what it is, and decoding stays one compiled call. Before a body is sent, its JSON is
decoded once more into a *check type* compiled from those tables: a ``TypedDict`` per model
keyed by wire names, holding only the constrained fields and the paths to them, with the rules
as ``msgspec.Meta``. msgspec reports the first broken rule with its path, which is spelled with
attribute names (``line.factory.name``). Types that reach no rule compile to ``None`` and cost
nothing.

Formats (uuid, date, date-time) and enums need no table: the model's own field types enforce
them when the codec checks a body against its type.
"""

from __future__ import annotations

import re
import sys
import types
import typing
from functools import cache
from typing import Annotated, Any, TypedDict

import attrs
import msgspec

from . import codec
from .errors import InvalidArgumentError
from .params import python_pattern

__all__ = ["check_payload"]

_NAMESPACE = types.ModuleType(__name__ + "._check_types")
"""Where check types live, so that ones referring to each other (recursive models) resolve."""
sys.modules[_NAMESPACE.__name__] = _NAMESPACE


def check_payload(payload: bytes, tp: Any, *, argument: str) -> None:
    """Raise ``InvalidArgumentError`` (argument, field path, rule) if ``payload`` breaks a rule of ``tp``."""
    decoder = _check_decoder(tp)
    if decoder is None:
        return
    try:
        decoder.decode(payload)
    except msgspec.ValidationError as exc:
        error = codec.invalid_argument(argument, exc)
        path = error.argument[len(argument) :]
        raise InvalidArgumentError(argument + _attribute_path(path, tp), error.rule) from None


_SEGMENT = re.compile(r"\.([^.\[]+)|(\[[^\]]*\])")


def _attribute_path(path: str, tp: Any) -> str:
    """A wire path (``.crewSize[0]``) spelled with attribute names (``.crew_size[0]``), along ``tp``."""
    spelled = []
    for match in _SEGMENT.finditer(path):
        key, index = match.groups()
        if index is not None:
            spelled.append(index)
            tp = codec._list_element(tp) or codec._dict_value(tp) or Any
            continue
        classes = codec._attrs_classes_in(tp)
        if len(classes) != 1:
            spelled.append("." + key)
            tp = Any
            continue
        cls = next(iter(classes))
        attribute = {wire: name for name, wire in codec.wire_names(cls).items()}.get(key, key)
        spelled.append("." + attribute)
        tp = codec._field_hints(cls).get(attribute, Any)
    return "".join(spelled)


@cache
def _check_decoder(tp: Any) -> msgspec.json.Decoder[Any] | None:
    check = _Compiler().type_of(tp, {})
    return None if check is None else msgspec.json.Decoder(check)


class _Compiler:
    """Builds check types; a class being built is referred to by name, which closes cycles."""

    def __init__(self) -> None:
        self.building: set[type] = set()

    def type_of(self, tp: Any, rules: dict[str, Any]) -> Any:
        """The check type for values of ``tp`` with ``rules`` of their own, or ``None`` (nothing to check)."""
        origin = typing.get_origin(tp)
        if origin is Annotated:
            return self._annotated(tp, rules)
        if origin in (typing.Union, types.UnionType):
            return self._union(tp, rules)
        if origin is list:
            (element,) = typing.get_args(tp) or (Any,)
            return self._container(self.type_of(element, rules.get("items") or {}), rules)
        if origin is dict:
            _, value = typing.get_args(tp) or (str, Any)
            inner = self.type_of(value, rules.get("values") or {})
            return self._container(inner, rules, key=True)
        if isinstance(tp, type) and attrs.has(tp) and (attrs.fields(tp) or "values" not in rules):
            return self._model(tp)
        if tp is Any or tp is object or (isinstance(tp, type) and attrs.has(tp)):
            # Untyped JSON, or a map kept as a model without fields: the rules say what values are.
            return self._untyped(rules)
        if tp not in _RULES_OF:
            return None
        meta = _meta(rules, _RULES_OF[tp])
        return None if meta is None else Annotated[tp, meta]

    def _untyped(self, rules: dict[str, Any]) -> Any:
        kind = rules.get("type")
        if kind in _JSON_TYPES:
            return self.type_of(_JSON_TYPES[kind], rules)
        if kind == "array":
            return self.type_of(list[Any], rules)
        if kind == "object":
            return self.type_of(dict[str, Any], rules)
        return None

    def _annotated(self, tp: Any, rules: dict[str, Any]) -> Any:
        """Rules already on the type (a whole body's, from ``constrained``) are kept; formats
        such as ``tz`` are left to the model types."""
        base, *extras = typing.get_args(tp)
        inner = self.type_of(base, rules)
        metas = tuple(m for m in extras if isinstance(m, msgspec.Meta) and m.tz is None)
        shape = typing.get_origin(base)
        if not metas or (shape not in (list, dict) and base not in (str, int, float)):
            return inner
        if inner is None:
            inner = list[msgspec.Raw] if shape is list else dict[str, msgspec.Raw] if shape is dict else base
        return Annotated[(inner, *metas)]

    def _union(self, tp: Any, rules: dict[str, Any]) -> Any:
        members = [a for a in typing.get_args(tp) if a is not msgspec.UnsetType]
        checks = [self.type_of(a, rules) if a is not type(None) else type(None) for a in members]
        if all(c is None or c is type(None) for c in checks):
            return None
        # msgspec tells union members apart by JSON kind; at most one object-like member each.
        kinds = [_json_kind(a) for a in members]
        if len(kinds) != len(set(kinds)):
            return None
        # A member without rules still has to be told apart (``Any`` would swallow the union).
        shaped = tuple(_plain(m) if c is None else c for m, c in zip(members, checks, strict=True))
        return typing.Union[shaped]  # noqa: UP007

    def _container(self, inner: Any, rules: dict[str, Any], *, key: bool = False) -> Any:
        meta = _meta(rules, _COUNTS)
        if inner is None and meta is None:
            return None
        # Elements without rules of their own are skipped over, not built (``Raw`` is a slice).
        inner = msgspec.Raw if inner is None else inner
        shaped = dict[str, inner] if key else list[inner]
        return shaped if meta is None else Annotated[shaped, meta]

    def _model(self, cls: type) -> Any:
        name = _check_name(cls)
        if cls in self.building:
            return name  # a forward reference, resolved in the namespace once built
        if name in vars(_NAMESPACE):
            return vars(_NAMESPACE)[name]
        if not _reaches_rules(cls):
            return None
        self.building.add(cls)
        table: dict[str, dict[str, Any]] = getattr(cls, "__constraints__", None) or {}
        hints = codec._field_hints(cls)
        wires = codec.wire_names(cls)
        fields: dict[str, Any] = {}
        for attribute, hint in hints.items():
            check = self.type_of(hint, table.get(attribute) or {})
            if check is not None:
                fields[wires.get(attribute, attribute)] = check
        self.building.discard(cls)
        # Not total: presence is the model type's business; unknown keys are skipped by msgspec.
        check_type = TypedDict(name, fields, total=False)  # type: ignore[misc]
        check_type.__module__ = _NAMESPACE.__name__
        setattr(_NAMESPACE, name, check_type)
        return check_type


def _check_name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}".replace(".", "_") + "_check"


@cache
def _reaches_rules(cls: type) -> bool:
    return codec._reaches(cls, lambda c: bool(getattr(c, "__constraints__", None)))


def _plain(tp: Any) -> Any:
    """A union member without rules, as a check type that accepts any value of its JSON kind."""
    origin = typing.get_origin(tp)
    if origin is Annotated:
        return _plain(typing.get_args(tp)[0])
    if origin is list or origin is tuple:
        return list[msgspec.Raw]
    if origin is dict or (isinstance(tp, type) and attrs.has(tp)):
        return dict[str, msgspec.Raw]
    return Any if tp is object else tp


def _json_kind(tp: Any) -> str:
    origin = typing.get_origin(tp) or tp
    if origin is Annotated:
        return _json_kind(typing.get_args(tp)[0])
    if origin is list or origin is tuple:
        return "array"
    if origin is dict or (isinstance(origin, type) and attrs.has(origin)):
        return "object"
    return repr(origin)


_JSON_TYPES: dict[str, type] = {"string": str, "integer": int, "number": float}
_LENGTHS = ("pattern", "min_length", "max_length")
_BOUNDS = ("ge", "le", "gt", "lt", "multiple_of")
_COUNTS = ("min_length", "max_length")
_RULES_OF: dict[Any, tuple[str, ...]] = {str: _LENGTHS, int: _BOUNDS, float: _BOUNDS}


def _meta(rules: dict[str, Any], keys: tuple[str, ...]) -> msgspec.Meta | None:
    """The rules that apply to a value of one kind (a string's length, not a list's)."""
    given = {key: rules[key] for key in keys if key in rules}
    if "pattern" in given:
        given["pattern"] = python_pattern(given["pattern"])
    return msgspec.Meta(**given) if given else None
