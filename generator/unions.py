"""``oneOf``/``anyOf`` schemas as Python unions the runtime can decode.

The parser turns a union into ``Cat | Dog`` (members sorted, the discriminator dropped), which
msgspec cannot decode. Here every union is written as ``Annotated[Cat | Dog, OneOf(...)]``:
type checkers see ``Cat | Dog``, and ``iotclients.core.unions`` reads the ``OneOf`` (``oneOf`` or
``anyOf``, the discriminator and its mapping, implicit mappings spelled out) to pick the member.

Three spellings, for three places:

* ``field``: model annotations. Unions are written out in full, never through an alias, so a model
  module never imports an alias module and recursion through a union (``A.meta: B | C`` with
  ``B.parent: A``) imports without cycles;
* ``thunk``: runtime types in operation descriptors (``_m.`` names, aliases allowed);
* ``annotation``: method signatures, plain ``A | B`` with named unions by their alias.

A component that is a union gets a module of its own holding a type alias
(``Pet: TypeAlias = Annotated[Cat | Dog, OneOf(...)]``), exported from ``models`` like a class.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .naming import snake
from .specload import resolve_ref

_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
_WORD = re.compile(r"\b[A-Z][A-Za-z0-9_]*\b")
_REF_PREFIX = "#/components/schemas/"

MODES = ("field", "thunk", "annotation")


class UnionError(Exception):
    pass


def is_union(schema: Any) -> bool:
    return isinstance(schema, dict) and ("oneOf" in schema or "anyOf" in schema)


class Unions:
    """Renders the unions of one spec."""

    def __init__(self, document: dict[str, Any], class_of_component: dict[str, str]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}
        self.class_of_component = class_of_component
        self.aliases: dict[str, str] = {
            name: name for name, schema in sorted(self.schemas.items()) if is_union(schema)
        }

    # -- spellings ---------------------------------------------------------------------------

    def expr(self, schema: Any, mode: str, _seen: frozenset[str] = frozenset()) -> str:
        """The Python type of ``schema`` (which may or may not be a union) in ``mode``."""
        prefix = "_m." if mode == "thunk" else ""
        if not isinstance(schema, dict) or not schema:
            return "object" if mode == "thunk" else "Any"
        if "$ref" in schema:
            name = str(schema["$ref"]).removeprefix(_REF_PREFIX)
            if name in self.aliases:
                if mode != "field":
                    return prefix + self.aliases[name]
                if name in _seen:
                    raise UnionError(
                        f"the union {name} contains itself; give a member a component of its own"
                    )
                return self.expr(self.schemas[name], mode, _seen | {name})
            if name in self.class_of_component:
                return prefix + self.class_of_component[name]
            return self.expr(resolve_ref(self.document, schema), mode, _seen)
        if is_union(schema):
            return self._union(schema, mode, _seen)
        kind = schema.get("type")
        if isinstance(kind, list):
            return " | ".join(self.expr({**schema, "type": k}, mode, _seen) for k in kind)
        if kind == "array":
            return f"list[{self.expr(schema.get('items'), mode, _seen)}]"
        if kind == "object" and not schema.get("properties"):
            return "dict[str, Any]"
        if kind in _PRIMITIVES and not schema.get("format"):
            return _PRIMITIVES[kind]
        if kind == "string" and schema.get("format") == "date-time" and mode == "field":
            return "AwareDatetime"
        raise UnionError(
            f"a member of a union must be a component, a primitive, an array or null, got {schema!r}"
        )

    def _union(self, schema: dict[str, Any], mode: str, seen: frozenset[str]) -> str:
        kind = "oneOf" if "oneOf" in schema else "anyOf"
        branches: list[Any] = list(schema[kind])
        members: list[str] = []
        for branch in branches:
            for member in _split_top(self.expr(branch, mode, seen)):
                if member not in members:
                    members.append(member)
        nullable = "None" in members
        members = [m for m in members if m != "None"]
        if mode == "annotation" or len(members) == 1:
            body = " | ".join(members)
        else:
            body = f"Annotated[{' | '.join(members)}, {self.marker(schema)}]"
        return f"{body} | None" if nullable else body

    def marker(self, schema: dict[str, Any]) -> str:
        """``OneOf(...)`` for the union ``schema``: kind, discriminator, every value -> class."""
        kind = "oneOf" if "oneOf" in schema else "anyOf"
        discriminator = schema.get("discriminator") or {}
        prop = discriminator.get("propertyName")
        if not prop:
            return f'OneOf("{kind}")'
        mapping: dict[str, str] = {}
        for value, target in (discriminator.get("mapping") or {}).items():
            component = str(target).removeprefix(_REF_PREFIX)
            mapping[str(value)] = self.class_of_component.get(component, component)
        for branch in schema[kind]:
            component = (
                str(branch.get("$ref", "")).removeprefix(_REF_PREFIX) if isinstance(branch, dict) else ""
            )
            class_name = self.class_of_component.get(component)
            if class_name and class_name not in mapping.values():
                mapping[component] = class_name  # implicit: the component name is the value
        return f'OneOf("{kind}", discriminator={prop!r}, mapping={dict(sorted(mapping.items()))!r})'

    # -- models ------------------------------------------------------------------------------

    def involves_union(self, schema: Any, _seen: frozenset[str] = frozenset()) -> bool:
        """Whether a property's type is or holds a union (not counting unions inside models)."""
        if not isinstance(schema, dict):
            return False
        if "$ref" in schema:
            name = str(schema["$ref"]).removeprefix(_REF_PREFIX)
            return name in self.aliases
        if is_union(schema):
            return True
        return self.involves_union(schema.get("items"), _seen) or self.involves_union(
            schema.get("additionalProperties"), _seen
        )

    def field_annotation(self, schema: Any, required: bool) -> str:
        if isinstance(schema, dict) and schema.get("type") == "object" and "additionalProperties" in schema:
            value = self.expr(schema["additionalProperties"], "field")
            text = f"dict[str, {value}]"
        else:
            text = self.expr(schema, "field")
        return text if required else f"{text} | Unset"

    # -- alias modules -----------------------------------------------------------------------

    def write_aliases(self, models_dir: Path, spec_file: str) -> None:
        classes = set(self.class_of_component.values())
        for component, alias in self.aliases.items():
            schema = self.schemas[component]
            text = self.expr(schema, "field", frozenset({component}))
            members = ", ".join(
                m for m in _split_top(self.expr(schema, "annotation", frozenset({component})))
            )
            prop = (schema.get("discriminator") or {}).get("propertyName")
            told = f", told apart by ``{prop}``" if prop else ""
            names = sorted(set(_WORD.findall(text)) & classes)
            typing_names = [n for n in ("Annotated", "Any") if re.search(rf"\b{n}\b", text)]
            core = [
                f"from iotclients.core.{module} import {name}"
                for module, name in (("model", "AwareDatetime"), ("unions", "OneOf"))
                if re.search(rf"\b{name}\b", text)
            ]
            lines = [
                f'"""{alias} ({spec_file}: #/components/schemas/{component}): one of {members}{told}."""',
                "",
                "from __future__ import annotations",
                "",
                f"from typing import {', '.join([*typing_names, 'TypeAlias'])}",
                "",
                *core,
                "",
                *(f"from .{snake(name)} import {name}" for name in names),
                "",
                f"{alias}: TypeAlias = {text}",
            ]
            (models_dir / f"{module_of(alias)}.py").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def alias_modules(self) -> list[tuple[str, str]]:
        """(module, alias) for every union component, for the ``models`` package index."""
        return [(module_of(alias), alias) for alias in self.aliases.values()]


def module_of(alias: str) -> str:
    return snake(alias)


def _split_top(text: str) -> list[str]:
    """The members of a ``A | B[C | D] | E`` expression at bracket depth zero."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [p for p in parts if p]


def model_field_hooks(
    unions: Unions,
    *,
    schemas: dict[str, Any],
    schema_names: dict[str, str],
    wire_of: Callable[[Any, str], str],
    text: Callable[[Any], str],
    default: Callable[[Any], str],
    model_imports: Callable[[Any], dict[str, list[str]]],
) -> dict[str, Any]:
    """Template globals: ``field_type`` (a property's annotation), ``model_imports`` (with what
    the model's unions need) and ``union_aliases`` (the alias modules, for the models index)."""

    def schema_of(model: Any, prop: Any) -> Any:
        component = schema_names.get(text(model.class_info.name)) or ""
        properties = (schemas.get(component) or {}).get("properties") or {}
        return properties.get(wire_of(model, text(prop.name)))

    def marked(model: Any, prop: Any) -> str | None:
        """Our annotation where the property holds a union msgspec needs told apart, else None
        (``Unit | None`` and the like are left to the parser, which spells them the same)."""
        schema = schema_of(model, prop)
        if not unions.involves_union(schema):
            return None
        try:
            annotation = unions.field_annotation(schema, bool(prop.required))
        except UnionError:
            # A member we cannot name (an inline object): the parser's ``A | B`` still decodes,
            # by trying each member, only without the discriminator.
            return None
        return annotation if "OneOf(" in annotation else None

    def field_type(model: Any, prop: Any) -> str:
        return marked(model, prop) or default(prop)

    def imports(model: Any) -> dict[str, list[str]]:
        found = model_imports(model)
        if any(marked(model, p) for p in model.required_properties + model.optional_properties):
            extra = {"from typing import Annotated", "from iotclients.core.unions import OneOf"}
            found = {**found, "stdlib": sorted(set(found["stdlib"]) | extra)}
        return found

    return {"field_type": field_type, "model_imports": imports, "union_aliases": unions.alias_modules()}


def without_markers(text: str) -> str:
    """``text`` with every ``Annotated[X, OneOf(...)]`` replaced by ``X`` (for signatures)."""
    start = text.find("Annotated[")
    while start != -1:
        depth = 0
        comma = end = -1
        for index in range(start + len("Annotated"), len(text)):
            char = text[index]
            if char in "[(":
                depth += 1
            elif char in "])":
                depth -= 1
                if depth == 0:
                    end = index
                    break
            elif char == "," and depth == 1 and comma == -1:
                comma = index
        inner = text[start + len("Annotated[") : comma]
        text = text[:start] + inner + text[end + 1 :]
        start = text.find("Annotated[")
    return text
