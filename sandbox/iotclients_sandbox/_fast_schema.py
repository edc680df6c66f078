"""A fast yes/no pre-check for the JSON Schema subset the specs use.

``jsonschema`` walks a schema anew for every value; for a body of 2,500 intervals that is
close to half a second. This module compiles a schema once into nested closures that only
answer "valid or not". A valid value (the normal case) never touches ``jsonschema``; an
invalid one is handed to ``jsonschema``, which stays the authority and writes the report.

Only keywords whose meaning is implemented here are accepted. A schema using any other
assertion or applicator keyword (``uniqueItems``, ``patternProperties``, ``$dynamicRef``,
``if``/``then``, ...) is not compiled, and ``jsonschema`` checks every value instead.
Annotations (``description``, ``example``, ``readOnly``, ``contentMediaType``, ...) and
unknown keywords are ignored, as ``jsonschema`` ignores them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sized
from typing import Any, Final

__all__ = ["Check", "UnsupportedSchemaError", "compile_fast"]

Check = Callable[[Any], bool]
FormatTest = Callable[[Any, str], bool]
Resolve = Callable[[str, Any], tuple[Any, Any]]
"""``(reference, resolver) -> (schema, resolver for references inside it)``."""

_UNSUPPORTED: Final = frozenset(
    {
        "multipleOf",
        "uniqueItems",
        "maxContains",
        "minContains",
        "dependentRequired",
        "contains",
        "patternProperties",
        "dependentSchemas",
        "propertyNames",
        "if",
        "then",
        "else",
        "unevaluatedItems",
        "unevaluatedProperties",
        "$dynamicRef",
        "$dynamicAnchor",
        "$recursiveRef",
        "$id",
        "$anchor",
        "dependencies",
        "additionalItems",
    }
)


class UnsupportedSchemaError(Exception):
    """The schema uses a keyword this module does not implement."""


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_TYPE_TESTS: Final[dict[str, Callable[[Any], bool]]] = {
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "string": lambda value: isinstance(value, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda value: isinstance(value, bool),
    "null": lambda value: value is None,
}


def _equal(left: Any, right: Any) -> bool:
    # JSON equality: true is not 1, and containers compare element by element.
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(_equal(a, b) for a, b in zip(left, right, strict=True))
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(_equal(left[key], right[key]) for key in left)
    return bool(left == right)


class _Compiler:
    def __init__(self, resolve: Resolve, format_test: FormatTest) -> None:
        self._resolve = resolve
        self._format_test = format_test
        self._by_identity: dict[int, Check] = {}
        self._pending: dict[int, list[Check]] = {}

    def compile(self, schema: Any, resolver: Any) -> Check:
        if schema is True:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, Mapping):
            raise UnsupportedSchemaError(
                f"schema must be an object or a boolean, got {type(schema).__name__}"
            )
        key = id(schema)
        done = self._by_identity.get(key)
        if done is not None:
            return done
        if key in self._pending:
            # A reference cycle: defer to the compiled check once it exists.
            cell = self._pending[key]

            def deferred(value: Any) -> bool:
                return cell[0](value)

            return deferred
        cell_list: list[Check] = []
        self._pending[key] = cell_list
        check = self._build(schema, resolver)
        cell_list.append(check)
        del self._pending[key]
        self._by_identity[key] = check
        return check

    def _build(self, schema: Mapping[str, Any], resolver: Any) -> Check:
        unsupported = _UNSUPPORTED.intersection(schema)
        if unsupported:
            raise UnsupportedSchemaError(f"unsupported keywords: {', '.join(sorted(unsupported))}")
        checks: list[Check] = []
        if "$ref" in schema:
            target, inner = self._resolve(str(schema["$ref"]), resolver)
            checks.append(self.compile(target, inner))
        if "type" in schema:
            checks.append(_type_check(schema["type"]))
        if "enum" in schema:
            options = list(schema["enum"])
            checks.append(lambda value: any(_equal(value, option) for option in options))
        if "const" in schema:
            constant = schema["const"]
            checks.append(lambda value: _equal(value, constant))
        checks.extend(_number_checks(schema))
        checks.extend(_string_checks(schema))
        if "format" in schema:
            checks.append(_format_check(self._format_test, str(schema["format"])))
        checks.extend(self._array_checks(schema, resolver))
        checks.extend(self._object_checks(schema, resolver))
        checks.extend(self._combinators(schema, resolver))
        return _all_of(checks)

    def _array_checks(self, schema: Mapping[str, Any], resolver: Any) -> list[Check]:
        checks: list[Check] = []
        if "minItems" in schema or "maxItems" in schema:
            low = int(schema.get("minItems", 0))
            high = schema.get("maxItems")
            checks.append(_size_check(list, low, high))
        # Tuples: prefixItems check positions; items then applies to the positions after them.
        prefix = [self.compile(sub, resolver) for sub in schema.get("prefixItems", ())]
        if prefix:
            checks.append(
                lambda value: (
                    not isinstance(value, list)
                    or all(check(item) for check, item in zip(prefix, value, strict=False))
                )
            )
        if "items" in schema:
            item_check = self.compile(schema["items"], resolver)
            skip = len(prefix)
            checks.append(
                lambda value: (
                    not isinstance(value, list)
                    or all(item_check(item) for item in (value[skip:] if skip else value))
                )
            )
        return checks

    def _object_checks(self, schema: Mapping[str, Any], resolver: Any) -> list[Check]:
        checks: list[Check] = []
        if "minProperties" in schema or "maxProperties" in schema:
            low = int(schema.get("minProperties", 0))
            checks.append(_size_check(dict, low, schema.get("maxProperties")))
        if "required" in schema:
            required = [str(name) for name in schema["required"]]
            checks.append(
                lambda value: not isinstance(value, dict) or all(name in value for name in required)
            )
        properties: dict[str, Check] = {
            str(name): self.compile(subschema, resolver)
            for name, subschema in (schema.get("properties") or {}).items()
        }
        extra: Check | None = None
        if "additionalProperties" in schema:
            extra = self.compile(schema["additionalProperties"], resolver)
            if extra is _always:
                extra = None
        if properties or extra is not None:
            checks.append(_properties_check(properties, extra))
        return checks

    def _combinators(self, schema: Mapping[str, Any], resolver: Any) -> list[Check]:
        checks: list[Check] = []
        if "allOf" in schema:
            checks.append(_all_of([self.compile(sub, resolver) for sub in schema["allOf"]]))
        if "anyOf" in schema:
            options = [self.compile(sub, resolver) for sub in schema["anyOf"]]
            checks.append(lambda value: any(option(value) for option in options))
        if "oneOf" in schema:
            choices = [self.compile(sub, resolver) for sub in schema["oneOf"]]
            checks.append(lambda value: sum(1 for choice in choices if choice(value)) == 1)
        if "not" in schema:
            negated = self.compile(schema["not"], resolver)
            checks.append(lambda value: not negated(value))
        return checks


def _always(_value: Any) -> bool:
    return True


def _never(_value: Any) -> bool:
    return False


def _all_of(checks: list[Check]) -> Check:
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    return lambda value: all(check(value) for check in checks)


def _type_check(declared: Any) -> Check:
    names = declared if isinstance(declared, list) else [declared]
    try:
        tests = [_TYPE_TESTS[str(name)] for name in names]
    except KeyError as exc:
        raise UnsupportedSchemaError(f"unknown type {exc.args[0]!r}") from None
    if len(tests) == 1:
        return tests[0]
    return lambda value: any(test(value) for test in tests)


def _number_checks(schema: Mapping[str, Any]) -> list[Check]:
    checks: list[Check] = []
    bounds = (
        ("minimum", lambda value, bound: value >= bound),
        ("maximum", lambda value, bound: value <= bound),
        ("exclusiveMinimum", lambda value, bound: value > bound),
        ("exclusiveMaximum", lambda value, bound: value < bound),
    )
    for keyword, compare in bounds:
        if keyword in schema:
            bound = schema[keyword]

            def check(value: Any, bound: Any = bound, compare: Callable[[Any, Any], bool] = compare) -> bool:
                return not _is_number(value) or compare(value, bound)

            checks.append(check)
    return checks


def _string_checks(schema: Mapping[str, Any]) -> list[Check]:
    checks: list[Check] = []
    if "minLength" in schema or "maxLength" in schema:
        checks.append(_size_check(str, int(schema.get("minLength", 0)), schema.get("maxLength")))
    if "pattern" in schema:
        pattern = re.compile(str(schema["pattern"]))
        checks.append(lambda value: not isinstance(value, str) or pattern.search(value) is not None)
    return checks


def _size_check(kind: type[Sized], low: int, high: Any) -> Check:
    upper = None if high is None else int(high)

    def check(value: Any) -> bool:
        if not isinstance(value, kind):
            return True
        size = len(value)
        return size >= low and (upper is None or size <= upper)

    return check


def _format_check(format_test: FormatTest, name: str) -> Check:
    return lambda value: format_test(value, name)


def _properties_check(properties: dict[str, Check], extra: Check | None) -> Check:
    def check(value: Any) -> bool:
        if not isinstance(value, dict):
            return True
        for name, item in value.items():
            property_check = properties.get(name)
            if property_check is not None:
                if not property_check(item):
                    return False
            elif extra is not None and not extra(item):
                return False
        return True

    return check


def compile_fast(schema: Any, resolver: Any, resolve: Resolve, format_test: FormatTest) -> Check | None:
    """Compile ``schema``; ``None`` when it uses a keyword this module does not implement."""
    try:
        return _Compiler(resolve, format_test).compile(schema, resolver)
    except UnsupportedSchemaError:
        return None
