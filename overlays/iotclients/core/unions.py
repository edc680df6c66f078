"""Values that are one of several schemas (``oneOf``/``anyOf``), decoded and encoded.

msgspec decodes a union only when JSON alone tells its members apart (one object type, one array
type, ...); ``Cat | Dog`` of two models is refused. Generated code spells such unions as
``Annotated[Cat | Dog, OneOf(...)]``: type checkers see ``Cat | Dog``, and this module reads the
``OneOf`` to pick the member:

* with a discriminator, the member its value maps to;
* without one (or when the value lacks it), the member that validates. When several do, those that
  also name every key of the object win (a closed model silently drops unknown keys, so it would
  otherwise match almost anything); ``oneOf`` still refuses a tie, ``anyOf`` takes the first.

Only types that contain such a union take this path (``involved``); everything else keeps
msgspec's single compiled call. Within that path each part that msgspec can decode alone is
handed to it whole.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Annotated, Any

import attrs
import msgspec

from . import codec
from .errors import InvalidArgumentError

__all__ = ["Decoder", "OneOf", "check_member", "convert", "decode", "involved", "tag"]

_AT = re.compile(r"^(?P<rule>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)


class OneOf:
    """What the spec says about a union: ``oneOf`` or ``anyOf``, and its discriminator.

    ``mapping`` maps discriminator values to class names (the spec's explicit mapping, or each
    member's component name when the spec gives none).
    """

    __slots__ = ("discriminator", "kind", "mapping")

    def __init__(
        self,
        kind: str = "oneOf",
        *,
        discriminator: str | None = None,
        mapping: Mapping[str, str] | None = None,
    ) -> None:
        if kind not in ("oneOf", "anyOf"):
            raise ValueError(f"kind must be 'oneOf' or 'anyOf', got {kind!r}")
        self.kind: str = kind
        self.discriminator: str | None = discriminator
        self.mapping: dict[str, str] = dict(mapping or {})

    def __repr__(self) -> str:
        return f"OneOf({self.kind!r}, discriminator={self.discriminator!r}, mapping={self.mapping!r})"

    def tag_of(self, cls: type) -> str | None:
        """The discriminator value that names ``cls`` (the first one mapped to it)."""
        for value, name in self.mapping.items():
            if name == cls.__name__:
                return value
        return None


# ---------------------------------------------------------------------------------------------
# Which types need this path


def _split(tp: Any) -> tuple[Any, OneOf | None]:
    """``tp`` without its ``Annotated`` wrapper, and the ``OneOf`` it carried."""
    if typing.get_origin(tp) is Annotated:
        inner, *extras = typing.get_args(tp)
        marker = next((e for e in extras if isinstance(e, OneOf)), None)
        return inner, marker
    return tp, None


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def _members(tp: Any) -> tuple[Any, ...]:
    """The members of a union other than ``None`` and ``Unset``."""
    return tuple(m for m in typing.get_args(tp) if m not in (type(None), msgspec.UnsetType))


def _json_kind(tp: Any) -> str:
    inner, _ = _split(tp)
    origin = typing.get_origin(inner) or inner
    if _is_union(inner):
        return "union"
    if isinstance(origin, type) and (attrs.has(origin) or issubclass(origin, dict)):
        return "object"
    if isinstance(origin, type) and issubclass(origin, list | tuple):
        return "array"
    return "scalar"


def _undecodable(tp: Any) -> bool:
    """Whether msgspec refuses this union: two members that JSON alone cannot tell apart."""
    members = _members(tp)
    kinds = [_json_kind(m) for m in members]
    return "union" in kinds or kinds.count("object") > 1 or kinds.count("array") > 1


@cache
def _hints(cls: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, include_extras=True)
    return {a.name: hints[a.name] for a in attrs.fields(cls)}


def _parts(tp: Any) -> tuple[Any, ...]:
    """The types directly inside ``tp`` (union members, list items, dict values, fields)."""
    inner, _ = _split(tp)
    if isinstance(inner, type) and attrs.has(inner):
        return tuple(_hints(inner).values())
    return tuple(typing.get_args(inner))


@cache
def involved(tp: Any) -> bool:
    """Whether a union msgspec cannot decode can appear anywhere inside a value of ``tp``."""
    seen: set[int] = set()
    stack = [tp]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        inner, marker = _split(current)
        if marker is not None or (_is_union(inner) and _undecodable(inner)):
            return True
        stack.extend(_parts(current))
    return False


def _names(members: Iterable[Any]) -> str:
    return ", ".join(_name(m) for m in members)


def _name(tp: Any) -> str:
    inner, _ = _split(tp)
    if _is_union(inner):
        return " | ".join(_name(m) for m in typing.get_args(inner))
    if inner is type(None):
        return "null"
    return getattr(inner, "__name__", None) or repr(inner)


# ---------------------------------------------------------------------------------------------
# Decoding


def _fail(rule: str, path: str) -> msgspec.ValidationError:
    return msgspec.ValidationError(f"{rule} - at `${path}`" if path else rule)


def _relocated(exc: msgspec.ValidationError, path: str) -> msgspec.ValidationError:
    """``exc``, whose path is relative to a part of the value, with the path from the root."""
    match = _AT.match(str(exc))
    if match is None:
        return exc
    return _fail(match.group("rule"), path + (match.group("path") or ""))


def decode(data: bytes | str, tp: Any) -> Any:
    """Decode JSON into ``tp``; raises ``msgspec.ValidationError``/``DecodeError`` on mismatch."""
    return convert(msgspec.json.decode(data), tp)


class Decoder:
    """``decode`` for one type, shaped like ``msgspec.json.Decoder`` so the codec caches either."""

    __slots__ = ("type",)

    def __init__(self, tp: Any) -> None:
        self.type: Any = tp

    def decode(self, data: bytes | str) -> Any:
        return decode(data, self.type)


def convert(raw: Any, tp: Any, path: str = "", *, strict: bool = False) -> Any:
    """Build ``tp`` from JSON-shaped builtins, picking the member of every union on the way.

    ``strict`` (for what callers pass, not for replies): a key that a closed model does not name
    is refused rather than dropped, so that a typo cannot vanish.
    """
    if not involved(tp):
        if strict:
            _reject_unknown_keys(raw, tp, path)
        try:
            return codec.convert(raw, tp)
        except msgspec.ValidationError as exc:
            raise _relocated(exc, path) from None
    inner, marker = _split(tp)
    if _is_union(inner):
        members = typing.get_args(inner)
        if raw is None and type(None) in members:
            return None
        present = _members(inner)
        if len(present) == 1 and marker is None:
            # ``X | None | Unset``: only null and absence differ
            return convert(raw, present[0], path, strict=strict)
        return _pick(raw, present, marker or OneOf(), path, strict)
    if marker is not None:
        return _pick(raw, (inner,), marker, path, strict)
    origin = typing.get_origin(inner)
    if origin is list:
        if not isinstance(raw, list):
            raise _fail(f"Expected `array`, got `{_json_name(raw)}`", path)
        (item,) = typing.get_args(inner)
        return [convert(value, item, f"{path}[{index}]", strict=strict) for index, value in enumerate(raw)]
    if origin is dict:
        if not isinstance(raw, dict):
            raise _fail(f"Expected `object`, got `{_json_name(raw)}`", path)
        value_type = typing.get_args(inner)[1]
        return {key: convert(value, value_type, f"{path}.{key}", strict=strict) for key, value in raw.items()}
    return _model(raw, inner, path, strict)


def _model(raw: Any, cls: Any, path: str, strict: bool) -> Any:
    """An instance of the model ``cls`` whose fields hold unions, built field by field."""
    if not isinstance(raw, dict):
        raise _fail(f"Expected `object`, got `{_json_name(raw)}`", path)
    to_wire = codec.wire_names(cls)
    hints = _hints(cls)
    values: dict[str, Any] = {}
    used: set[str] = set()
    for field in attrs.fields(cls):
        wire = to_wire.get(field.name, field.name)
        key = wire if wire in raw else field.name if field.name in raw else None
        if key is None:
            if field.default is attrs.NOTHING:
                raise _fail(f"Object missing required field `{wire}`", path)
            continue
        used.add(key)
        values[field.alias] = convert(raw[key], hints[field.name], f"{path}.{wire}", strict=strict)
    is_open = issubclass(cls, codec.open_model_class())
    unknown = [key for key in raw if key not in used]
    if strict and unknown and not is_open:
        fields = ", ".join(a.name for a in attrs.fields(cls))
        raise _fail(f"is not a field of {cls.__name__} (fields: {fields})", f"{path}.{unknown[0]}")
    value = cls(**values)
    if is_open:
        value.additional_properties = {k: v for k, v in raw.items() if k not in used}
    return value


def _reject_unknown_keys(raw: Any, tp: Any, path: str) -> None:
    try:
        codec._reject_unknown_keys(codec._to_attribute_names(raw, tp), tp, "")
    except InvalidArgumentError as exc:
        raise _fail(exc.rule, path + exc.argument) from None


def _pick(raw: Any, members: tuple[Any, ...], marker: OneOf, path: str, strict: bool) -> Any:
    """The value of the one member of a union that ``raw`` is."""
    key = marker.discriminator
    if key is not None and isinstance(raw, dict) and key in raw:
        name = marker.mapping.get(str(raw[key]))
        chosen = [m for m in members if getattr(_split(m)[0], "__name__", None) == name] if name else []
        if not chosen:
            known = ", ".join(repr(v) for v in marker.mapping)
            raise _fail(
                f"`{key}` is {raw[key]!r}, which names none of {_names(members)} (expected one of {known})",
                path,
            )
        return convert(raw, chosen[0], path, strict=strict)
    valid: list[tuple[Any, Any]] = []
    reasons: list[str] = []
    for member in members:
        try:
            valid.append((member, convert(raw, member, path, strict=strict)))
        except msgspec.ValidationError as exc:
            reasons.append(f"{_name(member)}: {_reason(exc, path)}")
    if len(valid) > 1 and isinstance(raw, dict):
        exact = [(m, v) for m, v in valid if _names_every_key(m, raw)]
        valid = exact or valid
    if len(valid) == 1 or (valid and marker.kind == "anyOf"):
        return valid[0][1]
    if not valid:
        raise _fail(f"matches none of {_names(members)} ({'; '.join(reasons)})", path)
    raise _fail(f"matches more than one of {_names(m for m, _ in valid)} (oneOf allows one)", path)


def _reason(exc: msgspec.ValidationError, path: str) -> str:
    """Why a member did not fit, with where inside it when that is deeper than the union."""
    match = _AT.match(str(exc))
    if match is None:
        return str(exc)
    where = (match.group("path") or "").removeprefix(path)
    return f"{match.group('rule')} at {where}" if where else match.group("rule")


def _names_every_key(member: Any, raw: dict[str, Any]) -> bool:
    inner, _ = _split(member)
    if not (isinstance(inner, type) and attrs.has(inner)) or issubclass(inner, codec.open_model_class()):
        return True
    known = {codec.wire_names(inner).get(a.name, a.name) for a in attrs.fields(inner)}
    return all(key in known for key in raw)


def _json_name(raw: Any) -> str:
    if raw is None:
        return "null"
    if isinstance(raw, bool):
        return "bool"
    if isinstance(raw, dict):
        return "object"
    if isinstance(raw, list):
        return "array"
    return type(raw).__name__


# ---------------------------------------------------------------------------------------------
# Encoding


def _model_members(tp: Any) -> tuple[type, ...]:
    inner, _ = _split(tp)
    if _is_union(inner):
        return tuple(c for m in typing.get_args(inner) for c in _model_members(m))
    if isinstance(inner, type) and attrs.has(inner):
        return (inner,)
    return ()


def check_member(value: Any, tp: Any, *, argument: str) -> None:
    """Refuse a model that is not one of the members of the union ``tp``."""
    inner, _ = _split(tp)
    if not (attrs.has(type(value)) and (_is_union(inner) or inner is not tp)):
        return
    allowed = _model_members(tp)
    if allowed and not isinstance(value, allowed):
        raise InvalidArgumentError(
            argument,
            f"must be one of {', '.join(c.__name__ for c in allowed)} (or a mapping of its fields), "
            f"got a {type(value).__name__}",
        )


def tag(value: Any, built: Any, tp: Any, argument: str = "value") -> Any:
    """``built`` (the JSON of ``value``) with the discriminator of every union member it holds.

    A member whose own discriminator field names another member is refused, naming ``argument``.
    """
    if not involved(tp):
        return built
    inner, marker = _split(tp)
    if _is_union(inner) or marker is not None:
        check_member(value, tp, argument=argument)
        for member in _members(inner) if _is_union(inner) else (inner,):
            if isinstance(value, _model_members(member) or type(None)):
                built = tag(
                    value, built, member if _is_union(_split(member)[0]) else _split(member)[0], argument
                )
                break
            if not attrs.has(type(value)) and _json_kind(member) in ("array", "object"):
                built = tag(value, built, member, argument)
        if marker is not None and marker.discriminator and attrs.has(type(value)) and isinstance(built, dict):
            _set_tag(built, marker, type(value), argument)
        return built
    if isinstance(value, list) and isinstance(built, list):
        (item,) = typing.get_args(inner)
        return [
            tag(v, b, item, f"{argument}[{i}]") for i, (v, b) in enumerate(zip(value, built, strict=False))
        ]
    if isinstance(value, dict) and isinstance(built, dict):
        value_type = typing.get_args(inner)[1]
        return {
            k: tag(value[k], b, value_type, f"{argument}.{k}") if k in value else b for k, b in built.items()
        }
    cls: Any = type(value)
    if attrs.has(cls) and isinstance(built, dict):
        to_wire = codec.wire_names(cls)
        for name, hint in _hints(cls).items():
            wire = to_wire.get(name, name)
            if wire in built and involved(hint):
                built[wire] = tag(getattr(value, name), built[wire], hint, f"{argument}.{name}")
    return built


def _set_tag(built: dict[str, Any], marker: OneOf, cls: type, argument: str) -> None:
    key = marker.discriminator
    expected = marker.tag_of(cls)
    if key is None or expected is None:
        return
    present = built.get(key)
    if present is None:
        built[key] = expected
    elif marker.mapping.get(str(present)) != cls.__name__:
        raise InvalidArgumentError(
            f"{argument}.{key}",
            f"is {present!r}, which names {marker.mapping.get(str(present)) or 'no member'}, "
            f"not {cls.__name__} (use {expected!r})",
        )
