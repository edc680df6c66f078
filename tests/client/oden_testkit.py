"""Shared builders for the Oden client tests (fixtures are in conftest.py).

The spec (specs/oden.openapi.yaml) is the truth: request and response bodies are drawn from its
schemas, sent bodies are validated against it with jsonschema, and typed results are checked
against it field by field. Nothing here touches the network: every client talks to an
``httpx.MockTransport``.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import functools
import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from ruamel.yaml import YAML

from iotclients.core.model import UNSET

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "specs" / "oden.openapi.yaml"
SPEC: dict[str, Any] = YAML(typ="safe").load(SPEC_PATH.read_text(encoding="utf-8"))
COMPONENTS: dict[str, Any] = SPEC["components"]["schemas"]
SPEC_URI = "urn:iotclients-tests:oden-openapi"

API_KEY = "oden-test-key-7f3a9c1e5b"
BASE_URL = "https://api.oden.app"

BULK_OPERATIONS = frozenset({"bulk_set_intervals", "bulk_update_intervals", "bulk_delete_intervals"})

# Hypothesis: schemas are large, examples are drawn, not timed.
PROPERTY_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def examples(n: int) -> settings:
    """The shared settings with ``n`` examples per property."""
    return settings(PROPERTY_SETTINGS, max_examples=n)


# -- the spec --------------------------------------------------------------------------------------


def _pointer_escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def operations() -> list[dict[str, Any]]:
    """Every operation of the spec: id, method, path, the operation object and JSON pointers."""
    found = []
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method.lower() not in {"get", "put", "post", "delete", "patch", "head", "options"}:
                continue
            base = f"/paths/{_pointer_escape(path)}/{method}"
            found.append(
                {"id": op["operationId"], "method": method.upper(), "path": path, "op": op, "pointer": base}
            )
    return found


OPERATIONS = operations()
OPERATIONS_BY_ID = {o["id"]: o for o in OPERATIONS}
OPERATION_IDS = sorted(OPERATIONS_BY_ID)


def request_schema_pointer(op_id: str) -> str:
    return OPERATIONS_BY_ID[op_id]["pointer"] + "/requestBody/content/application~1json/schema"


def request_schema(op_id: str) -> dict[str, Any]:
    return OPERATIONS_BY_ID[op_id]["op"]["requestBody"]["content"]["application/json"]["schema"]


def success_response(op_id: str) -> dict[str, Any]:
    return OPERATIONS_BY_ID[op_id]["op"]["responses"]["200"]


def response_schema(op_id: str, media_type: str = "application/json") -> dict[str, Any] | None:
    content = success_response(op_id).get("content")
    if not content or media_type not in content:
        return None
    return content[media_type]["schema"]


def response_schema_pointer(op_id: str, media_type: str = "application/json") -> str:
    return (
        OPERATIONS_BY_ID[op_id]["pointer"]
        + "/responses/200/content/"
        + _pointer_escape(media_type)
        + "/schema"
    )


def resolve_response(ref_or_response: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in ref_or_response:
        return deref(ref_or_response["$ref"])
    return ref_or_response


def deref(ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = SPEC
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def error_statuses(op_id: str) -> dict[int, str]:
    """Documented error statuses of an operation -> the name of their error schema."""
    out = {}
    for status, response in OPERATIONS_BY_ID[op_id]["op"]["responses"].items():
        code = int(status)
        if code < 400:
            continue
        schema = resolve_response(response)["content"]["application/json"]["schema"]
        out[code] = schema["$ref"].rsplit("/", 1)[-1]
    return out


# -- validation against the spec ----------------------------------------------------------------

REGISTRY = Registry().with_resource(SPEC_URI, Resource.from_contents(SPEC, default_specification=DRAFT202012))


@functools.cache
def validator(pointer: str) -> Draft202012Validator:
    """A 2020-12 validator (formats asserted) for the schema at ``pointer`` inside the spec."""
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"},
        registry=REGISTRY,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def component_validator(name: str) -> Draft202012Validator:
    return validator(f"/components/schemas/{name}")


def assert_valid(instance: Any, pointer: str) -> None:
    errors = sorted(validator(pointer).iter_errors(instance), key=lambda e: list(e.absolute_path))
    assert not errors, f"{instance!r} breaks {pointer}: " + "; ".join(
        f"{list(e.absolute_path)}: {e.message}" for e in errors
    )


# -- drawing JSON from the schemas --------------------------------------------------------------
#
# Small named builders, one per JSON Schema keyword family, composed by ``json_from``. Sizes are
# bounded (arrays <= 3 items, strings <= 12 chars) and $refs are followed lazily.

MAX_ITEMS = 3
MAX_STRING = 12
INT_LIMIT = 2**31 - 1
NUMBER_LIMIT = 1e12

_OFFSETS = [
    datetime.UTC,
    datetime.timezone(datetime.timedelta(hours=5, minutes=30)),
    datetime.timezone(datetime.timedelta(hours=-8)),
    datetime.timezone(datetime.timedelta(hours=14)),
]


def aware_datetimes(
    min_value: datetime.datetime = datetime.datetime(1971, 1, 1),
    max_value: datetime.datetime = datetime.datetime(2099, 12, 31),
) -> st.SearchStrategy[datetime.datetime]:
    return st.builds(
        lambda naive, tz: naive.replace(tzinfo=tz),
        st.datetimes(min_value=min_value, max_value=max_value),
        st.sampled_from(_OFFSETS),
    )


def rfc3339(value: datetime.datetime) -> str:
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def texts(max_size: int = MAX_STRING) -> st.SearchStrategy[str]:
    return st.text(st.characters(codec="utf-8"), max_size=max_size)


def free_json() -> st.SearchStrategy[Any]:
    """Small free-form JSON values (what additionalProperties: true objects carry)."""
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-1_000_000, 1_000_000),
        st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
        texts(8),
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts(6), inner, max_size=3),
        max_leaves=6,
    )


def string_values(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    fmt = schema.get("format")
    if fmt == "date-time":
        return aware_datetimes().map(rfc3339)
    if fmt == "uuid":
        return st.uuids().map(str)
    if "pattern" in schema:
        return st.from_regex(schema["pattern"], fullmatch=True).filter(lambda s: len(s) <= 40)
    return texts(min(int(schema.get("maxLength", MAX_STRING)), MAX_STRING))


def array_values(schema: dict[str, Any]) -> st.SearchStrategy[list[Any]]:
    max_size = min(int(schema.get("maxItems", MAX_ITEMS)), MAX_ITEMS)
    return st.lists(
        json_from(schema.get("items", {})), min_size=int(schema.get("minItems", 0)), max_size=max_size
    )


def object_values(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    props = schema.get("properties", {})
    required = set(schema.get("required", ()))
    known = st.fixed_dictionaries(
        {name: json_from(sub) for name, sub in props.items() if name in required},
        optional={name: json_from(sub) for name, sub in props.items() if name not in required},
    )
    if schema.get("additionalProperties") is True:
        extras = st.dictionaries(texts(8).filter(lambda k: k not in props), free_json(), max_size=3)
        strategy = st.builds(lambda a, b: {**b, **a}, known, extras)
    else:
        strategy = known
    min_props = int(schema.get("minProperties", 0))
    if min_props:
        strategy = strategy.filter(lambda d: len(d) >= min_props)
    return strategy


def _one_type(schema: dict[str, Any], kind: str) -> st.SearchStrategy[Any]:
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(
            max(schema.get("minimum", -INT_LIMIT), -INT_LIMIT),
            min(schema.get("maximum", INT_LIMIT), INT_LIMIT),
        )
    if kind == "number":
        return st.floats(-NUMBER_LIMIT, NUMBER_LIMIT, allow_nan=False, allow_infinity=False) | st.integers(
            -1000, 1000
        )
    if kind == "string":
        return string_values(schema)
    if kind == "array":
        return array_values(schema)
    if kind == "object":
        return object_values(schema)
    raise AssertionError(f"unknown type {kind!r}")


@functools.cache
def _component_strategy(name: str) -> st.SearchStrategy[Any]:
    return st.deferred(lambda: _schema_strategy(COMPONENTS[name]))


def _schema_strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if "$ref" in schema:
        return _component_strategy(schema["$ref"].rsplit("/", 1)[-1])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "const" in schema:
        return st.just(schema["const"])
    discriminator = schema.get("discriminator")
    if discriminator:
        # A member is drawn with its tag set: untagged, the open all-optional members overlap.
        prop = discriminator["propertyName"]
        return st.one_of(
            [
                json_from({"$ref": ref}).map(lambda value, tag=tag: {**value, prop: tag})
                for tag, ref in discriminator["mapping"].items()
            ]
        )
    for combinator in ("anyOf", "oneOf"):
        if combinator in schema:
            return st.one_of([json_from(sub) for sub in schema[combinator]])
    types = _types(schema)
    if not types and "properties" in schema:
        types = {"object"}
    if not types:
        return free_json()
    return st.one_of([_one_type(schema, kind) for kind in sorted(types)])


def json_from(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """JSON values valid against ``schema`` (a spec schema; $refs into components allowed)."""
    return _schema_strategy(schema)


def _types(schema: dict[str, Any]) -> set[str]:
    t = schema.get("type")
    if t is None:
        return set()
    return set(t) if isinstance(t, list) else {t}


def component_ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def deep_deref(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = deref(schema["$ref"])
    return schema


_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}


def union_member(schema: dict[str, Any], value: Any) -> dict[str, Any]:
    """The member of a ``oneOf``/``anyOf`` that ``value`` is (``schema`` itself when not a union).

    The discriminator decides when there is one; otherwise the member of the value's JSON type.
    """
    resolved = deep_deref(schema)
    members = resolved.get("oneOf") or resolved.get("anyOf")
    if not members:
        return schema
    discriminator = resolved.get("discriminator")
    if discriminator and isinstance(value, dict) and discriminator["propertyName"] in value:
        return {"$ref": discriminator["mapping"][value[discriminator["propertyName"]]]}
    kind = _JSON_TYPES.get(type(value))
    for member in members:
        types = _types(deep_deref(member)) or {"object"}
        if kind in types or (kind == "integer" and "number" in types):
            return dict(member)
    raise AssertionError(f"{value!r} is no member of {schema!r}")


# -- comparing JSON the way the schema means it --------------------------------------------------


def normalize(value: Any, schema: dict[str, Any] | None) -> Any:
    """``value`` with date-times as aware datetimes, uuids as UUIDs and numbers as floats.

    Two JSON documents that say the same thing under ``schema`` normalise to equal values, so a
    client may re-format ``+00:00`` as ``Z`` or upper-case uuids as lower case, but cannot drop,
    add or change a field.
    """
    schema = deep_deref(union_member(schema or {}, value) if value is not None else schema or {})
    if value is None:
        return None
    if isinstance(value, dict):
        props = schema.get("properties", {})
        out = {}
        for key, item in value.items():
            out[key] = normalize(item, props.get(key, {}))
        return out
    if isinstance(value, list):
        items = schema.get("items", {})
        return [normalize(item, items) for item in value]
    fmt = schema.get("format")
    if isinstance(value, str) and fmt == "date-time":
        parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        assert parsed.tzinfo is not None, f"date-time without offset: {value!r}"
        return ("datetime", parsed)
    if isinstance(value, str) and fmt == "uuid":
        return ("uuid", uuid.UUID(value))
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "number" in _types(schema):
        return float(value)
    return value


def on_the_wire(value: Any, schema: dict[str, Any] | None) -> Any:
    """``value`` as a request carries it: without the properties the spec marks ``readOnly``."""
    schema = deep_deref(schema or {})
    if isinstance(value, dict):
        props = schema.get("properties", {})
        return {
            key: on_the_wire(item, props.get(key, {}))
            for key, item in value.items()
            if not props.get(key, {}).get("readOnly")
        }
    if isinstance(value, list):
        return [on_the_wire(item, schema.get("items", {})) for item in value]
    return value


def same_json(actual: Any, expected: Any, schema: dict[str, Any]) -> bool:
    return normalize(actual, schema) == normalize(expected, schema)


# -- checking typed values against the spec -------------------------------------------------------


def models_module() -> Any:
    from iotclients.oden import models

    return models


def assert_typed(value: Any, raw: Any, schema: dict[str, Any], where: str = "$") -> None:
    """``value`` (decoded by the client) is the typed form of the JSON ``raw`` under ``schema``.

    Components become their model classes, date-times aware datetimes, uuids ``uuid.UUID``,
    enums enum members, free-form keys ``additional_properties``; absent keys stay ``UNSET``.
    """
    models = models_module()
    component = None
    if raw is not None:
        schema = union_member(schema, raw)
    if "$ref" in schema:
        component = schema["$ref"].rsplit("/", 1)[-1]
        schema = deep_deref(schema)
    if raw is None:
        assert value is None, f"{where}: null decoded as {value!r}"
        return
    types = _types(schema)
    if "enum" in schema:
        assert isinstance(value, enum.Enum), f"{where}: {value!r} is not an enum member"
        if component is not None:
            assert isinstance(value, getattr(models, component)), f"{where}: not a {component}"
        assert value.value == raw, f"{where}: {value!r} != {raw!r}"
        return
    if "object" in types or "properties" in schema:
        if component is not None:
            cls = getattr(models, component)
            assert type(value) is cls, f"{where}: {type(value).__name__} is not {component}"
        props = schema.get("properties", {})
        for name in props:
            attr = getattr(value, name)
            if name in raw:
                assert_typed(attr, raw[name], props[name], f"{where}.{name}")
            else:
                assert attr is UNSET, f"{where}.{name}: absent key decoded as {attr!r}"
        extras = {k: v for k, v in raw.items() if k not in props}
        if schema.get("additionalProperties") is True:
            assert value.additional_properties == extras, f"{where}: additional properties lost"
        return
    if "array" in types:
        assert isinstance(value, list), f"{where}: {type(value).__name__} is not a list"
        assert len(value) == len(raw)
        for i, (item, raw_item) in enumerate(zip(value, raw, strict=True)):
            assert_typed(item, raw_item, schema.get("items", {}), f"{where}[{i}]")
        return
    fmt = schema.get("format")
    if fmt == "date-time":
        assert isinstance(value, datetime.datetime), f"{where}: {value!r} is not a datetime"
        assert value.tzinfo is not None and value.utcoffset() is not None, f"{where}: naive datetime"
        assert normalize(raw, schema) == ("datetime", value)
        return
    if fmt == "uuid":
        assert isinstance(value, uuid.UUID), f"{where}: {value!r} is not a UUID"
        assert value == uuid.UUID(raw)
        return
    if "integer" in types:
        assert type(value) is int and value == raw, f"{where}: {value!r} != {raw!r}"
        return
    if "number" in types:
        assert isinstance(value, float) and value == raw, f"{where}: {value!r} != {raw!r}"
        return
    if "boolean" in types:
        assert value is raw, f"{where}: {value!r} != {raw!r}"
        return
    if "string" in types:
        assert isinstance(value, str) and value == raw, f"{where}: {value!r} != {raw!r}"
        return
    assert value == raw, f"{where}: {value!r} != {raw!r}"  # free-form JSON


def iter_models(value: Any) -> Iterator[Any]:
    """Every model instance inside ``value`` (lists, dicts and model fields), outermost first."""
    import attrs

    if isinstance(value, list):
        for item in value:
            yield from iter_models(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from iter_models(item)
    elif attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from iter_models(getattr(value, field.name))


# -- transports and clients -----------------------------------------------------------------------


class Recorder:
    """A mock server: records every request and answers with ``responder(request)``.

    ``responder`` returns an ``httpx.Response`` or raises an ``httpx`` transport error.
    """

    def __init__(self, responder: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.responder = responder or (lambda request: httpx.Response(200, json=[]))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.responder(request)

    def sync_transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def async_transport(self) -> httpx.MockTransport:
        async def handler(request: httpx.Request) -> httpx.Response:
            await request.aread()
            self.requests.append(request)
            return self.responder(request)

        return httpx.MockTransport(handler)

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) for r in self.requests]


class SleepRecorder:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


class AsyncSleepRecorder(SleepRecorder):
    async def __call__(self, seconds: float) -> None:  # type: ignore[override]
        self.delays.append(seconds)


def make_client(recorder: Recorder, **kwargs: Any) -> Any:
    from iotclients.oden import OdenClient

    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("base_url", BASE_URL)
    client = OdenClient(transport=recorder.sync_transport(), **kwargs)
    client._sleep = SleepRecorder()
    return client


def make_async_client(recorder: Recorder, **kwargs: Any) -> Any:
    from iotclients.oden import AsyncOdenClient

    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("base_url", BASE_URL)
    client = AsyncOdenClient(transport=recorder.async_transport(), **kwargs)
    client._sleep = AsyncSleepRecorder()
    return client


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def run(coro: Any) -> Any:
    """Run a coroutine from a sync (hypothesis) test."""
    return asyncio.run(coro)
