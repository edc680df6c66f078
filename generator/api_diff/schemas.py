"""Compare two versions of one JSON schema, field by field, in the generated Python names.

``direction`` says how the schema travels: ``input`` (the caller builds it), ``output`` (the
server sends it) or ``both``. The same edit means different things either way: a field made
required breaks callers who build the model, and is harmless in a model they only read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from ..naming import attribute_names
from .changes import Impact


class Emit(Protocol):
    """Records one change; ``touches`` are the generated names an overlay may use (see overlay_uses)."""

    def __call__(
        self,
        kind: str,
        impact: Impact,
        python: str,
        pointer: str,
        detail: str = "",
        *,
        touches: tuple[str, ...] = (),
    ) -> None: ...


# Keywords whose larger value accepts less (``min*``) or more (``max*``).
_LOWER_BOUNDS = ("minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum")
_UPPER_BOUNDS = ("maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum")
_EXACT = ("pattern", "format", "multipleOf", "uniqueItems", "const")


def component_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    return [str(kind)] if kind else []


def nullable(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if "null" in _types(schema):
        return True
    return any(
        isinstance(s, dict) and s.get("type") == "null"
        for s in schema.get("oneOf") or schema.get("anyOf") or []
    )


def signature(schema: Any) -> str:
    """A readable type for a schema, ignoring nullability: ``Line``, ``list[str]``, ``string(date-time)``."""
    if not isinstance(schema, dict) or not schema:
        return "any"
    if "$ref" in schema:
        return component_name(str(schema["$ref"]))
    for key in ("oneOf", "anyOf"):
        if key in schema:
            parts = sorted(
                {signature(s) for s in schema[key] if not (isinstance(s, dict) and s.get("type") == "null")}
            )
            return " | ".join(parts)
    kinds = [k for k in _types(schema) if k != "null"]
    if not kinds:
        return "object" if "properties" in schema else "any"
    rendered = []
    for kind in sorted(kinds):
        if kind == "array":
            rendered.append(f"list[{signature(schema.get('items'))}]")
        elif schema.get("format"):
            rendered.append(f"{kind}({schema['format']})")
        else:
            rendered.append(kind)
    return " | ".join(rendered)


def _worst(direction: str, as_input: Impact, as_output: Impact) -> Impact:
    if direction == "input":
        return as_input
    if direction == "output":
        return as_output
    order = [Impact.BREAKING_CALLERS, Impact.BREAKING_WIRE, Impact.COMPATIBLE]
    return min(as_input, as_output, key=order.index)


@dataclass
class SchemaDiff:
    emit: Emit

    def schema(self, old: Any, new: Any, pointer: str, python: str, direction: str) -> None:
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        before, after = signature(old), signature(new)
        if before != after:
            self.emit(
                "type changed",
                Impact.BREAKING_CALLERS,
                python,
                pointer,
                f"{before} -> {after}",
                touches=(python,),
            )
            return
        if nullable(old) != nullable(new):
            if nullable(new):
                impact = _worst(direction, Impact.COMPATIBLE, Impact.BREAKING_CALLERS)
                self.emit("now nullable", impact, python, pointer, "may now be None")
            else:
                impact = _worst(direction, Impact.BREAKING_CALLERS, Impact.COMPATIBLE)
                self.emit("no longer nullable", impact, python, pointer, "None is refused")
        self._flags(old, new, pointer, python, direction)
        self._enum(old, new, pointer, python, direction)
        self._constraints(old, new, pointer, python, direction)
        if "$ref" in old:
            return  # the component is compared on its own, once
        if "properties" in old or "properties" in new:
            self.fields(old, new, pointer, python, direction)
        if "items" in old and "items" in new:
            self.schema(old["items"], new["items"], f"{pointer}/items", f"{python}[]", direction)

    def _flags(
        self, old: dict[str, Any], new: dict[str, Any], pointer: str, python: str, direction: str
    ) -> None:
        if not old.get("deprecated") and new.get("deprecated"):
            self.emit("deprecated", Impact.COMPATIBLE, python, f"{pointer}/deprecated")
        for flag, refused in (
            ("readOnly", "callers may no longer send it"),
            ("writeOnly", "no longer returned"),
        ):
            if not old.get(flag) and new.get(flag):
                impact = Impact.BREAKING_CALLERS if flag == "readOnly" else Impact.BREAKING_WIRE
                if direction == ("output" if flag == "readOnly" else "input"):
                    impact = Impact.COMPATIBLE  # only travels the way the flag still allows
                self.emit(f"now {flag}", impact, python, f"{pointer}/{flag}", refused, touches=(python,))

    def _enum(
        self, old: dict[str, Any], new: dict[str, Any], pointer: str, python: str, direction: str
    ) -> None:
        if "enum" not in old and "enum" not in new:
            return
        before = [v for v in old.get("enum") or [] if v is not None]
        after = [v for v in new.get("enum") or [] if v is not None]
        for value in after:
            if value not in before and "enum" in old:
                self.emit("enum member added", Impact.COMPATIBLE, python, f"{pointer}/enum", repr(value))
        for value in before:
            if value not in after:
                self.emit(
                    "enum member removed", Impact.BREAKING_CALLERS, python, f"{pointer}/enum", repr(value)
                )
        if "enum" not in old:
            impact = _worst(direction, Impact.BREAKING_CALLERS, Impact.COMPATIBLE)
            self.emit("now an enum", impact, python, f"{pointer}/enum", repr(after))

    def _constraints(
        self, old: dict[str, Any], new: dict[str, Any], pointer: str, python: str, direction: str
    ) -> None:
        for key in (*_LOWER_BOUNDS, *_UPPER_BOUNDS, *_EXACT):
            if old.get(key) == new.get(key):
                continue
            a, b = old.get(key), new.get(key)
            if key in _EXACT:
                tighter = b is not None
            elif a is None or b is None:
                tighter = a is None
            else:
                tighter = b > a if key in _LOWER_BOUNDS else b < a
            if tighter:
                impact = _worst(direction, Impact.BREAKING_CALLERS, Impact.COMPATIBLE)
                kind = "constraint tightened"
            else:
                impact = _worst(direction, Impact.COMPATIBLE, Impact.BREAKING_WIRE)
                kind = "constraint loosened"
            self.emit(kind, impact, python, f"{pointer}/{key}", f"{key}: {a!r} -> {b!r}")

    def fields(
        self, old: dict[str, Any], new: dict[str, Any], pointer: str, owner: str, direction: str
    ) -> None:
        old_props: dict[str, Any] = old.get("properties") or {}
        new_props: dict[str, Any] = new.get("properties") or {}
        old_names, new_names = attribute_names(list(old_props)), attribute_names(list(new_props))
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        removed = [w for w in old_props if w not in new_props]
        added = [w for w in new_props if w not in old_props]
        renamed: dict[str, str] = {}
        for wire in removed:
            same = [
                w
                for w in added
                if signature(new_props[w]) == signature(old_props[wire]) and w not in renamed.values()
            ]
            if len(same) == 1 and len(removed) == len(added):
                renamed[wire] = same[0]
        for wire in removed:
            python = f"{owner}.{old_names[wire]}"
            where = f"{pointer}/properties/{_escape(wire)}"
            if wire in renamed:
                target = renamed[wire]
                detail = f"{wire!r} -> {target!r} ({python} -> {owner}.{new_names[target]})"
                self.emit("field renamed", Impact.BREAKING_CALLERS, python, where, detail, touches=(python,))
            else:
                self.emit(
                    "field removed",
                    Impact.BREAKING_CALLERS,
                    python,
                    where,
                    f"wire name {wire!r}",
                    touches=(python,),
                )
        for wire in added:
            if wire in renamed.values():
                continue
            python = f"{owner}.{new_names[wire]}"
            where = f"{pointer}/properties/{_escape(wire)}"
            if wire in new_required:
                impact = _worst(direction, Impact.BREAKING_CALLERS, Impact.COMPATIBLE)
                self.emit("required field added", impact, python, where, f"wire name {wire!r}")
            else:
                self.emit("optional field added", Impact.COMPATIBLE, python, where, f"wire name {wire!r}")
        pairs = [(w, w) for w in old_props if w in new_props] + list(renamed.items())
        for before, after in pairs:
            python = f"{owner}.{new_names[after]}"
            where = f"{pointer}/properties/{_escape(after)}"
            if before not in old_required and after in new_required:
                impact = _worst(direction, Impact.BREAKING_CALLERS, Impact.COMPATIBLE)
                self.emit("field now required", impact, python, where, "")
            elif before in old_required and after not in new_required:
                impact = _worst(direction, Impact.COMPATIBLE, Impact.BREAKING_CALLERS)
                self.emit("field now optional", impact, python, where, "may now be UNSET", touches=(python,))
            self.schema(old_props[before], new_props[after], where, python, direction)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")
