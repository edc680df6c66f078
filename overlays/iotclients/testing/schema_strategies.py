"""Hypothesis strategies drawing JSON documents valid against a schema of one of our specs.

One builder per JSON Schema keyword family, composed by :meth:`SchemaStrategies.json_from`.
Sizes stay small (arrays of at most three items unless the schema asks for more, strings of
at most twelve characters) so that properties run quickly; ``$ref`` targets are built lazily
and once per spec, so recursive schemas terminate and repeated references cost nothing.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Mapping
from typing import Any, Final

from hypothesis import strategies as st

__all__ = ["SchemaStrategies", "aware_datetimes", "free_json", "rfc3339", "texts"]

MAX_ITEMS: Final = 3
MAX_STRING: Final = 12
MAX_PATTERN_MATCH: Final = 64
INT_LIMIT: Final = 2**31 - 1
NUMBER_LIMIT: Final = 1e12

_OFFSETS: Final = (
    datetime.UTC,
    datetime.timezone(datetime.timedelta(hours=5, minutes=30)),
    datetime.timezone(datetime.timedelta(hours=-8)),
    datetime.timezone(datetime.timedelta(hours=14)),
)
# Credentials are registered for masking as they arrive, so drawn ones look real: a four-letter
# "secret" would mask that word in every later log line of the process.
_SECRET_ALPHABET: Final = "0123456789abcdef"  # noqa: S105 (an alphabet, not a password)


def aware_datetimes(
    min_value: datetime.datetime = datetime.datetime(1971, 1, 1),
    max_value: datetime.datetime = datetime.datetime(2099, 12, 31),
) -> st.SearchStrategy[datetime.datetime]:
    """Timezone-aware datetimes, in UTC and in offsets east and west of it."""
    return st.builds(
        lambda naive, tz: naive.replace(tzinfo=tz),
        st.datetimes(min_value=min_value, max_value=max_value),
        st.sampled_from(_OFFSETS),
    )


def rfc3339(value: datetime.datetime) -> str:
    """``value`` as RFC 3339 text, UTC written as ``Z``."""
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def texts(min_size: int = 0, max_size: int = MAX_STRING) -> st.SearchStrategy[str]:
    """Text any UTF-8 codec can carry (no lone surrogates)."""
    return st.text(st.characters(codec="utf-8"), min_size=min_size, max_size=max(min_size, max_size))


def free_json() -> st.SearchStrategy[Any]:
    """Small free-form JSON values, as a schema without a type or ``additionalProperties: true`` allows."""
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-1_000_000, 1_000_000),
        st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
        texts(max_size=8),
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts(max_size=6), inner, max_size=3),
        max_leaves=6,
    )


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    if kind is None:
        return ["object"] if "properties" in schema else []
    return list(kind) if isinstance(kind, list) else [kind]


def _formatted(fmt: str) -> st.SearchStrategy[str] | None:
    if fmt == "date-time":
        return aware_datetimes().map(rfc3339)
    if fmt == "date":
        return st.dates(datetime.date(1971, 1, 1), datetime.date(2099, 12, 31)).map(datetime.date.isoformat)
    if fmt == "uuid":
        return st.uuids().map(str)
    if fmt == "email":
        return st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.test", fullmatch=True)
    if fmt == "binary":
        return st.just("")
    return None


class SchemaStrategies:
    """Strategies for the schemas of one spec document (an OpenAPI or OpenRPC mapping).

    ``json_from(schema)`` draws JSON values valid against ``schema``, whose ``$ref``s point into
    ``spec``. ``formats`` adds or replaces builders for string formats.
    """

    def __init__(
        self,
        spec: Mapping[str, Any],
        *,
        formats: Mapping[str, Callable[[], st.SearchStrategy[str]]] | None = None,
    ) -> None:
        self.spec: Mapping[str, Any] = spec
        self._formats = dict(formats or {})
        self._refs: dict[str, st.SearchStrategy[Any]] = {}

    # -- the spec ----------------------------------------------------------------------------------

    def resolve(self, ref: str) -> Any:
        """The node a local ``$ref`` (``#/components/schemas/Name``) points at."""
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported, got {ref!r}")
        node: Any = self.spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def deref(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """``schema`` with its top-level ``$ref`` chain followed."""
        while "$ref" in schema:
            schema = self.resolve(schema["$ref"])
        return schema

    # -- drawing -----------------------------------------------------------------------------------

    def json_from(self, schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
        """JSON values valid against ``schema`` (the JSON Schema subset our specs use)."""
        if "$ref" in schema:
            return self._ref(str(schema["$ref"]))
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            return st.sampled_from(list(schema["enum"]))
        if "allOf" in schema:
            return self.json_from(self.merged_all_of(schema))
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, Mapping) and discriminator.get("mapping"):
            # Each member drawn with its tag set: untagged, open members may fit several branches.
            tag_name = str(discriminator["propertyName"])
            return st.one_of(
                [
                    self._ref(_member_ref(str(ref))).map(functools.partial(_tagged, tag_name, tag))
                    for tag, ref in discriminator["mapping"].items()
                ]
            )
        for combinator in ("anyOf", "oneOf"):
            if combinator in schema:
                return st.one_of([self.json_from(sub) for sub in schema[combinator]])
        kinds = _types(schema)
        if not kinds:
            return free_json()
        return st.one_of([self._one_type(schema, kind) for kind in sorted(kinds)])

    def _ref(self, ref: str) -> st.SearchStrategy[Any]:
        built = self._refs.get(ref)
        if built is None:
            target = self.resolve(ref)
            if target.get("x-iotclients-secret"):
                built = st.text(_SECRET_ALPHABET, min_size=40, max_size=40)
            else:
                built = st.deferred(lambda: self.json_from(target))
            self._refs[ref] = built
        return built

    def merged_all_of(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        """``schema`` with its ``allOf`` parts merged in (properties and required lists joined)."""
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            for key, value in self.deref(part).items():
                if key == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **value}
                elif key == "required":
                    merged["required"] = [*merged.get("required", []), *value]
                else:
                    merged.setdefault(key, value)
        return merged

    def _one_type(self, schema: Mapping[str, Any], kind: str) -> st.SearchStrategy[Any]:
        if kind == "null":
            return st.none()
        if kind == "boolean":
            return st.booleans()
        if kind == "integer":
            low = max(int(schema.get("minimum", -INT_LIMIT)), -INT_LIMIT)
            high = min(int(schema.get("maximum", INT_LIMIT)), INT_LIMIT)
            if "exclusiveMinimum" in schema:
                low = max(low, int(schema["exclusiveMinimum"]) + 1)
            if "exclusiveMaximum" in schema:
                high = min(high, int(schema["exclusiveMaximum"]) - 1)
            return st.integers(low, high)
        if kind == "number":
            low_f = max(float(schema.get("minimum", -NUMBER_LIMIT)), -NUMBER_LIMIT)
            high_f = min(float(schema.get("maximum", NUMBER_LIMIT)), NUMBER_LIMIT)
            return st.floats(low_f, high_f, allow_nan=False, allow_infinity=False) | st.integers(
                max(-1000, int(low_f)), min(1000, int(high_f))
            )
        if kind == "string":
            return self._string(schema)
        if kind == "array":
            return self._array(schema)
        if kind == "object":
            return self._object(schema)
        raise ValueError(f"no strategy for JSON type {kind!r}")

    def _string(self, schema: Mapping[str, Any]) -> st.SearchStrategy[str]:
        if schema.get("x-iotclients-secret"):
            return st.text(_SECRET_ALPHABET, min_size=40, max_size=40)
        fmt = str(schema.get("format", ""))
        if fmt in self._formats:
            return self._formats[fmt]()
        formatted = _formatted(fmt)
        if formatted is not None:
            return formatted
        low = int(schema.get("minLength", 0))
        high = int(schema.get("maxLength", max(low, MAX_STRING)))
        if "pattern" in schema:
            # A pattern usually fixes the length itself (a 40-character id); only cap runaway matches.
            longest = int(schema.get("maxLength", MAX_PATTERN_MATCH))
            return st.from_regex(schema["pattern"], fullmatch=True).filter(lambda s: low <= len(s) <= longest)
        return texts(low, min(high, max(low, MAX_STRING)))

    def _array(self, schema: Mapping[str, Any]) -> st.SearchStrategy[list[Any]]:
        if "prefixItems" in schema:
            return st.tuples(*(self.json_from(item) for item in schema["prefixItems"])).map(list)
        low = int(schema.get("minItems", 0))
        high = min(int(schema.get("maxItems", max(low, MAX_ITEMS))), max(low, MAX_ITEMS))
        items = self.json_from(schema.get("items") or {})
        if schema.get("uniqueItems"):
            return st.lists(items, min_size=low, max_size=high, unique_by=repr)
        return st.lists(items, min_size=low, max_size=high)

    def _object(self, schema: Mapping[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
        props: Mapping[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        # Extra keys only where the spec allows them explicitly, as the models decode them.
        extra = schema.get("additionalProperties")
        if schema.get("maxProperties") == 1 and props and not required:
            return st.one_of(
                [self.json_from(sub).map(functools.partial(_single, key)) for key, sub in props.items()]
            )
        known = st.fixed_dictionaries(
            {name: self.json_from(sub) for name, sub in props.items() if name in required},
            optional={name: self.json_from(sub) for name, sub in props.items() if name not in required},
        )
        strategy: st.SearchStrategy[dict[str, Any]] = known
        if not props and isinstance(extra, Mapping) and extra:
            strategy = st.dictionaries(texts(1, 6), self.json_from(extra), max_size=3)
        elif extra is True:
            others = st.dictionaries(texts(1, 8).filter(lambda k: k not in props), free_json(), max_size=3)
            strategy = st.builds(_overlay, known, others)
        low = int(schema.get("minProperties", 0))
        if low:
            strategy = strategy.filter(lambda d: len(d) >= low)
        return strategy


def _tagged(name: str, tag: Any, value: dict[str, Any]) -> dict[str, Any]:
    return {**value, name: tag}


def _member_ref(ref: str) -> str:
    """A discriminator mapping value: a reference, or (as OpenAPI allows) a bare component name."""
    return ref if "#" in ref else f"#/components/schemas/{ref}"


def _single(key: str, value: Any) -> dict[str, Any]:
    return {key: value}


def _overlay(known: dict[str, Any], others: dict[str, Any]) -> dict[str, Any]:
    return {**others, **known}
