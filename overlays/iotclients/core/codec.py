"""JSON <-> attrs models through msgspec's compiled codec.

msgspec decodes JSON straight into attrs classes, so a typed decode costs about what
``json.loads`` costs. Two things msgspec does not do for attrs classes are added here:

* keeping unknown keys of models whose schema allows additional properties (``OpenModel``);
* wire names that are not the attribute names (``orgId`` on the wire, ``org_id`` in Python): a
  model lists them in ``__wire_names__`` (attribute -> wire name);
* naming the offending argument in validation errors (``InvalidArgumentError``);
* unions of several models (``oneOf``/``anyOf``), which ``unions`` decodes and encodes.

Only types whose closure contains an open or renamed model take the slower path (decode to
builtins, rename keys, convert); every other type decodes in one compiled call.
"""

from __future__ import annotations

import contextlib
import itertools
import operator
import re
import threading
import typing
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from typing import Any

import attrs
import msgspec

from . import unions
from .errors import InvalidArgumentError
from .validation import validator
from .wire_values import check_wire_value, json_payload

__all__ = [
    "convert",
    "decode",
    "encode_json",
    "holds_models",
    "open_model_class",
    "to_builtins",
]

_AT_PATH = re.compile(r"^(?P<rule>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)


@lru_cache(maxsize=1)
def open_model_class() -> type:
    from .model import OpenModel  # imported late: model imports this module

    return OpenModel


# ---------------------------------------------------------------------------------------------
# Which types need the open-model walk


def _attrs_classes_in(tp: Any) -> frozenset[type]:
    """The attrs classes a type annotation mentions (through unions, lists, dicts...)."""
    if isinstance(tp, type) and attrs.has(tp):
        return frozenset({tp})
    found: frozenset[type] = frozenset()
    for arg in typing.get_args(tp):
        found |= _attrs_classes_in(arg)
    return found


@cache
def holds_models(tp: Any) -> bool:
    """Whether a value of ``tp`` can contain a model at all (points, numbers and strings cannot)."""
    return bool(_attrs_classes_in(tp))


@cache
def _field_classes(cls: Any) -> tuple[tuple[str, frozenset[type]], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((a.name, _attrs_classes_in(hints[a.name])) for a in attrs.fields(cls))


def wire_names(cls: Any) -> Mapping[str, str]:
    """Attribute name -> wire name, for the attributes whose names differ on the wire."""
    names: Mapping[str, str] = getattr(cls, "__wire_names__", None) or {}
    return names


def _reaches(cls: Any, found: Callable[[Any], bool]) -> bool:
    """Whether a class for which ``found`` holds can appear anywhere inside a value of ``cls``."""
    seen: set[type] = set()
    stack: list[Any] = [cls]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        if found(current):
            return True
        for _, classes in _field_classes(current):
            stack.extend(classes)
    return False


@cache
def _reaches_open_or_renamed(cls: Any) -> bool:
    """Whether an open or renamed model can appear anywhere inside a value of ``cls`` (cycles allowed)."""
    open_base = open_model_class()
    return _reaches(cls, lambda c: issubclass(c, open_base) or bool(wire_names(c)))


@cache
def _reaches_renamed(cls: Any) -> bool:
    """Whether a model with wire names of its own can appear anywhere inside a value of ``cls``."""
    return _reaches(cls, lambda c: bool(wire_names(c)))


@cache
def _needs_renames(tp: Any) -> bool:
    return any(_reaches_renamed(c) for c in _attrs_classes_in(tp))


class _Plan:
    """How to walk one class on the slow path."""

    __slots__ = ("descend", "from_wire", "is_open", "known", "to_wire")

    def __init__(self, cls: Any, descend: tuple[str, ...]) -> None:
        self.is_open: bool = issubclass(cls, open_model_class())
        self.known = frozenset(a.name for a in attrs.fields(cls))
        self.descend: tuple[str, ...] = descend
        self.to_wire: dict[str, str] = dict(wire_names(cls))
        self.from_wire: dict[str, str] = {wire: name for name, wire in self.to_wire.items()}


@cache
def _class_plan(cls: Any) -> _Plan | None:
    """The walk for ``cls``, or ``None`` when nothing in or below it is open or renamed."""
    descend = tuple(
        name for name, classes in _field_classes(cls) if any(_reaches_open_or_renamed(c) for c in classes)
    )
    plan = _Plan(cls, descend)
    if not plan.is_open and not plan.to_wire and not descend:
        return None
    return plan


@cache
def _needs_walk(tp: Any) -> bool:
    return any(_reaches_open_or_renamed(c) for c in _attrs_classes_in(tp))


def _to_attribute_names(data: Any, tp: Any) -> Any:
    """JSON-shaped ``data`` with wire keys renamed to attribute names, guided by ``tp``.

    Keys already spelled as attributes are kept, so Python-style mappings are accepted too.
    """
    if isinstance(data, list):
        element = _list_element(tp)
        if element is None or not _needs_walk(element):
            return data
        return [_to_attribute_names(item, element) for item in data]
    if not isinstance(data, dict):
        return data
    classes = _attrs_classes_in(tp)
    if len(classes) != 1:
        value_type = _dict_value(tp)
        if value_type is None or not _needs_walk(value_type):
            return data
        return {key: _to_attribute_names(item, value_type) for key, item in data.items()}
    cls = next(iter(classes))
    plan = _class_plan(cls)
    if plan is None:
        return data
    hints = _field_hints(cls)
    renamed: dict[str, Any] = {}
    for key, item in data.items():
        name = plan.from_wire[key] if key in plan.from_wire else str(key)
        renamed[name] = _to_attribute_names(item, hints[name]) if name in plan.descend else item
    return renamed


def _fill(value: Any, raw: Any) -> None:
    """Copy unknown keys from the raw JSON into ``additional_properties`` along ``value``."""
    if isinstance(value, list):
        if isinstance(raw, list):
            for item, raw_item in zip(value, raw, strict=False):
                _fill(item, raw_item)
        return
    if isinstance(value, dict):
        if isinstance(raw, dict):
            for key, item in value.items():
                _fill(item, raw.get(key))
        return
    cls = type(value)
    if not attrs.has(cls) or not isinstance(raw, dict):
        return
    plan = _class_plan(cls)
    if plan is None:
        return
    if plan.is_open:
        value.additional_properties = {k: v for k, v in raw.items() if k not in plan.known}
    for name in plan.descend:
        _fill(getattr(value, name), raw.get(name))


def _merge(value: Any, built: Any) -> Any:
    """The builtins produced for ``value`` with ``additional_properties`` put back and attribute
    names turned into wire names."""
    if isinstance(value, list) and isinstance(built, list):
        merged = _merge_uniform(value, built)
        if merged is not None:
            return merged
        return [_merge(item, built_item) for item, built_item in zip(value, built, strict=False)]
    if isinstance(value, dict) and isinstance(built, dict):
        return {key: _merge(value[key], item) if key in value else item for key, item in built.items()}
    cls = type(value)
    if not attrs.has(cls) or not isinstance(built, dict):
        return built
    plan = _class_plan(cls)
    if plan is None:
        return built
    for name in plan.descend:
        if name in built:
            built[name] = _merge(getattr(value, name), built[name])
    if plan.is_open:
        for key, extra in value.additional_properties.items():
            if key not in plan.known:
                built[key] = msgspec.to_builtins(extra)
    if plan.to_wire:
        return {plan.to_wire.get(key, key): item for key, item in built.items()}
    return built


def _merge_uniform(value: list[Any], built: list[Any]) -> list[Any] | None:
    """``_merge`` of a list of one closed, unrenamed model class, or ``None`` for any other list.

    Only the items' nested fields can hold what the walk restores, and in bulk bodies they are
    mostly absent: such items are passed over with one attribute read each, not a walk.
    """
    if not value or len(value) != len(built):
        return None
    cls = type(value[0])
    if not attrs.has(cls):
        return None
    plan = _class_plan(cls)
    if plan is not None and (plan.is_open or plan.to_wire):
        return None
    if len(set(map(type, value))) != 1:
        return None
    if plan is None:  # nothing open or renamed anywhere below this class
        return built
    for name in plan.descend:
        # Positions of the items that set the field, found without a Python step per item.
        nested_values = list(map(operator.attrgetter(name), value))
        for index in itertools.compress(
            range(len(value)), map(operator.is_not, nested_values, itertools.repeat(msgspec.UNSET))
        ):
            nested, item_built = nested_values[index], built[index]
            if nested is not None and name in item_built:
                item_built[name] = _merge(nested, item_built[name])
    return built


# ---------------------------------------------------------------------------------------------
# Public helpers


@cache
def _decoder(tp: Any) -> msgspec.json.Decoder[Any] | unions.Decoder:
    # Types holding a union of models get the union decoder here, so the fast path checks nothing.
    return unions.Decoder(tp) if unions.involved(tp) else msgspec.json.Decoder(tp)


def decode(data: bytes | str, tp: Any) -> Any:
    """Decode JSON into ``tp``; raises ``msgspec.ValidationError``/``DecodeError`` on mismatch."""
    if _needs_walk(tp):
        if unions.involved(tp):
            return unions.decode(data, tp)
        raw = msgspec.json.decode(data)
        if _needs_renames(tp):
            raw = _to_attribute_names(raw, tp)
        value = msgspec.convert(raw, tp)
        _fill(value, raw)
        return value
    return _decoder(tp).decode(data)


def convert(data: Any, tp: Any, *, argument: str | None = None) -> Any:
    """Build ``tp`` from JSON-shaped builtins (what ``from_dict`` takes)."""
    if argument is not None:
        check_wire_value(data, argument)
    if unions.involved(tp):
        try:
            return unions.convert(data, tp)
        except msgspec.ValidationError as exc:
            if argument is None:
                raise
            raise invalid_argument(argument, exc) from None
    if _needs_renames(tp):
        data = _to_attribute_names(data, tp)
    try:
        value = msgspec.convert(data, tp)
    except msgspec.ValidationError as exc:
        if argument is None:
            raise
        raise invalid_argument(argument, exc) from None
    if _needs_walk(tp):
        _fill(value, data)
    return value


def to_builtins(value: Any, tp: Any = None, *, argument: str = "value") -> Any:
    """JSON-shaped builtins for any model, list or dict of models (what ``to_dict`` returns).

    ``tp``, when the caller checked ``value`` against it, spares the walk over a value in which
    no open, renamed or union-typed model can appear (e.g. a list of 10,000 points).
    ``argument`` names the value in the error raised for a model placed where a union allows it not.
    """
    built = msgspec.to_builtins(value)
    if tp is not None and not _needs_walk(tp) and not unions.involved(tp):
        return built
    kind: Any = type(value)
    if _needs_walk(kind) or isinstance(value, (list, dict)):
        built = _merge(value, built)
    # Discriminators go in once, by the declared type when there is one (it sees into lists).
    return unions.tag(value, built, kind if tp is None else tp, argument)


def coerce(value: Any, tp: Any, *, argument: str) -> Any:
    """``value`` as a ``tp``: a model is checked for its class, JSON-shaped data is converted.

    Raises ``InvalidArgumentError`` naming ``argument`` (and the field path) and the rule broken.
    """
    if isinstance(value, Mapping | list) or not attrs.has(type(value)):
        data = dict(value) if isinstance(value, Mapping) else value
        if _needs_renames(tp):
            data = _to_attribute_names(data, tp)
        _reject_unknown_keys(data, tp, argument)
        if unions.involved(tp):
            try:
                return unions.convert(data, tp, strict=True)
            except msgspec.ValidationError as exc:
                raise invalid_argument(argument, exc) from None
        return convert(data, tp, argument=argument)
    if isinstance(tp, type) and not isinstance(value, tp):
        raise InvalidArgumentError(
            argument, f"must be a {tp.__name__} (or a mapping of its fields), got a {type(value).__name__}"
        )
    unions.check_member(value, tp, argument=argument)
    return value


def encode_json(value: Any, tp: Any, *, argument: str) -> bytes:
    """Serialise ``value`` for the wire after checking it against ``tp``.

    Plain dicts are accepted too; either way the bytes are decoded back into ``tp`` so a value the
    spec would reject is refused here, naming ``argument`` and the rule, before anything is sent.
    """
    value = coerce(value, tp, argument=argument)
    built = to_builtins(value, tp, argument=argument)
    payload = json_payload(built, argument)
    try:
        # Only the rules are checked here: against mirrors of the models, built and dropped.
        checker = validator(tp)
        if checker is not None:
            checker.decode(payload)
        else:
            decode(payload, tp) if _needs_renames(tp) else _decoder(tp).decode(payload)
    except msgspec.ValidationError as exc:
        raise invalid_argument(argument, exc) from None
    from .constraints import check_payload  # late: it builds on this module

    check_payload(payload, tp, argument=argument)  # patterns, lengths, bounds: a no-op for types without any
    return payload


def _reject_unknown_keys(data: Any, tp: Any, path: str) -> None:
    """Refuse keys a closed model does not have: a typo would otherwise vanish silently."""
    if isinstance(data, dict):
        classes = _attrs_classes_in(tp)
        if len(classes) != 1:
            return
        cls = next(iter(classes))
        hints = _field_hints(cls)
        if not issubclass(cls, open_model_class()):
            for key in data:
                if key not in hints:
                    raise InvalidArgumentError(
                        f"{path}.{key}", f"is not a field of {cls.__name__} (fields: {', '.join(hints)})"
                    )
        for key, item in data.items():
            if key in hints:
                _reject_unknown_keys(item, hints[key], f"{path}.{key}")
    elif isinstance(data, list):
        element = _list_element(tp)
        if element is not None and holds_models(element):
            for index, item in enumerate(data):
                _reject_unknown_keys(item, element, f"{path}[{index}]")


@cache
def _field_hints(cls: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, include_extras=False)
    return {a.name: hints[a.name] for a in attrs.fields(cls)}


def _container_argument(tp: Any, container: type, index: int) -> Any:
    """The ``index``-th type argument of ``container[...]`` in ``tp`` (also inside a union)."""
    for candidate in (tp, *typing.get_args(tp)):
        if typing.get_origin(candidate) is container:
            return typing.get_args(candidate)[index]
    return None


def _dict_value(tp: Any) -> Any:
    return _container_argument(tp, dict, 1)


def _list_element(tp: Any) -> Any:
    return _container_argument(tp, list, 0)


def invalid_argument(argument: str, exc: msgspec.ValidationError) -> InvalidArgumentError:
    match = _AT_PATH.match(str(exc))
    rule = str(exc)
    path = ""
    if match is not None:
        rule = match.group("rule")
        path = match.group("path") or ""
    if path and not path.startswith("["):
        path = "." + path.lstrip(".")
    return InvalidArgumentError(f"{argument}{path}", rule)


def resolve(thunk: Callable[[], Any] | None) -> Any:
    return None if thunk is None else _resolved(thunk)


# Resolving a type imports its model modules, and msgspec then builds (and caches on each class)
# its description of the type; two threads doing that at once for the same classes can crash the
# interpreter. So the first resolution of each type, and msgspec's description of it, happen under
# one lock; later calls hit the cache and never take it.
_FIRST_USE = threading.RLock()


@cache
def _resolved(thunk: Callable[[], Any]) -> Any:
    with _FIRST_USE:
        tp = thunk()
        # A union msgspec cannot decode alone is described by ``unions`` instead.
        with contextlib.suppress(TypeError):
            msgspec.json.Decoder(tp)
        return tp
