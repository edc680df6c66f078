"""Every type a generated operation or client method names can be resolved: a missing import there
would only surface when a user first meets that reply or error, and a type checker would read it as
``Any``."""

from __future__ import annotations

import ast
import datetime
import enum
import functools
import importlib
import inspect
import pkgutil
import types
import typing
from typing import Any
from uuid import UUID

import attrs
import pytest

from generator.lint import iter_operations
from generator.specload import load_spec, resolve_ref
from generator.vendors import VENDORS

OPENAPI_VENDORS = sorted(name for name, vendor in VENDORS.items() if vendor.kind == "openapi")


@pytest.mark.parametrize("vendor", OPENAPI_VENDORS)
def test_every_body_reply_and_error_type_of_every_operation_resolves(vendor: str) -> None:
    api = importlib.import_module(f"iotclients_generated.{vendor}.api")
    checked = 0
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        module = importlib.import_module(info.name)
        op = getattr(module, "OPERATION", None)
        if op is None:
            continue
        thunks = [t for reply in op.replies.values() for t in reply.content.values() if t]
        thunks += list(op.errors.values())
        thunks += [h.type for reply in op.replies.values() for h in reply.headers.values()]
        if op.body is not None:
            thunks += [op.body.type, *(media.type for media in op.body.media)]
        for thunk in thunks:
            thunk()
        checked += 1
    assert checked > 0


@pytest.mark.parametrize("vendor", OPENAPI_VENDORS)
def test_every_model_annotation_resolves(vendor: str) -> None:
    models = importlib.import_module(f"iotclients_generated.{vendor}.models")
    names = [n for n in dir(models) if n[:1].isupper()]
    for name in names:
        cls = getattr(models, name)
        if attrs.has(cls):
            typing.get_type_hints(cls)
    assert names


# --- Client method annotations -------------------------------------------------------------------

PUBLIC_CLIENTS = {
    "oden": ("OdenClient", "AsyncOdenClient"),
    "iotticket": ("IoTTicketClient", "AsyncIoTTicketClient"),
    "exosite": ("OnePlatformClient", "AsyncOnePlatformClient", "ProvisionClient", "AsyncProvisionClient"),
    "iotile": ("IOTileClient", "AsyncIOTileClient"),
}
_SPEC_FORMATS: dict[str, type] = {"uuid": UUID, "date-time": datetime.datetime, "date": datetime.date}
_SPEC_TYPES: dict[str, type] = {
    "string": str,
    "integer": int,
    "number": float,
    "boolean": bool,
    "array": list,
}


@functools.cache
def _checker_namespace(module_name: str) -> dict[str, Any]:
    """The names a type checker sees in ``module_name``: its globals plus its ``if TYPE_CHECKING:``
    imports, which the clients keep out of the import path (models load on first use)."""
    module = importlib.import_module(module_name)
    namespace = dict(vars(module))
    for node in ast.parse(inspect.getsource(module)).body:
        if isinstance(node, ast.If) and ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
            exec(
                compile(ast.Module(body=node.body, type_ignores=[]), module.__file__ or module_name, "exec"),
                namespace,
            )
    return namespace


def _hints(function: Any) -> dict[str, Any]:
    function = inspect.unwrap(function)
    return typing.get_type_hints(function, globalns=_checker_namespace(function.__module__))


def _public_methods(cls: type) -> list[tuple[str, Any]]:
    """Public methods and property getters (``client.asset_event_active_count``)."""
    members = inspect.getmembers(cls, lambda m: inspect.isfunction(m) or isinstance(m, property))
    return [
        (name, member.fget if isinstance(member, property) else member)
        for name, member in members
        if not name.startswith("_")
    ]


@pytest.mark.parametrize("vendor", sorted(PUBLIC_CLIENTS))
def test_every_public_client_method_annotation_resolves(vendor: str) -> None:
    package = importlib.import_module(f"iotclients.{vendor}")
    checked = 0
    for class_name in PUBLIC_CLIENTS[vendor]:
        for name, method in _public_methods(getattr(package, class_name)):
            hints = _hints(method)
            parameters = [p for p in inspect.signature(method).parameters if p != "self"]
            assert set(parameters) <= set(hints), f"{class_name}.{name}: unannotated {parameters}"
            assert "return" in hints, f"{class_name}.{name}: no return annotation"
            checked += 1
    assert checked > 20


def _spec_parameters(
    document: dict[str, Any], path_item: dict[str, Any], operation: dict[str, Any]
) -> list[Any]:
    declared = {}
    for parameter in (path_item.get("parameters") or []) + (operation.get("parameters") or []):
        parameter = resolve_ref(document, parameter)
        declared[parameter["name"], parameter["in"]] = parameter
    return list(declared.values())


def _expected_type(document: dict[str, Any], schema: Any) -> type | None:
    """The Python type a spec schema promises, or ``None`` where it leaves the type open."""
    schema = resolve_ref(document, schema)
    if not isinstance(schema, dict):
        return None
    if schema.get("format") in _SPEC_FORMATS:
        return _SPEC_FORMATS[schema["format"]]
    if "enum" in schema:
        return enum.Enum
    return _SPEC_TYPES.get(schema.get("type")) if isinstance(schema.get("type"), str) else None


def _typed(document: dict[str, Any], schema: Any) -> bool:
    return isinstance(schema, dict) and ("$ref" in schema or _expected_type(document, schema) is not None)


def _without_none(hint: Any) -> list[Any]:
    return [arg for arg in typing.get_args(hint) or (hint,) if arg is not type(None)]


def _conforms(hint: Any, expected: type) -> bool:
    candidates = _without_none(hint)
    if typing.get_origin(hint) not in (None, types.UnionType, typing.Union):
        candidates = [hint]
    return len(candidates) == 1 and (
        typing.get_origin(candidates[0]) is expected
        or (isinstance(candidates[0], type) and issubclass(candidates[0], expected))
    )


@pytest.mark.parametrize("vendor", OPENAPI_VENDORS)
def test_generated_parameters_and_replies_carry_the_spec_type_not_any(vendor: str) -> None:
    document = load_spec(VENDORS[vendor].spec_path)
    client = importlib.import_module(f"iotclients_generated.{vendor}.client")
    bases = [getattr(client, VENDORS[vendor].sync_base), getattr(client, VENDORS[vendor].async_base)]
    api = importlib.import_module(f"iotclients_generated.{vendor}.api")
    descriptors = {}
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        descriptor = getattr(importlib.import_module(info.name), "OPERATION", None)
        if descriptor is not None:
            descriptors[descriptor.name] = descriptor
    typed_formats = 0
    for path, method, operation in iter_operations(document):
        descriptor = descriptors[operation["operationId"]]
        arguments = {(p.wire_name, p.location): p.argument for p in descriptor.params}
        replies = [
            resolve_ref(document, reply)
            for status, reply in (operation.get("responses") or {}).items()
            if str(status).startswith("2")
        ]
        schemas = [
            m.get("schema") for r in replies for t, m in (r.get("content") or {}).items() if "json" in t
        ]
        body = resolve_ref(document, operation.get("requestBody") or {}).get("content") or {}
        body_schema = next(iter(body.values()), {}).get("schema")
        for base in bases:
            name = operation["operationId"]
            generated = getattr(base, name, None) or getattr(base, f"_send_{name}")
            hints = _hints(generated)
            where = f"{vendor} {method.upper()} {path} ({name})"
            for parameter in _spec_parameters(document, document["paths"][path], operation):
                expected = _expected_type(document, parameter.get("schema"))
                if expected is None:
                    continue
                hint = hints[arguments[parameter["name"], parameter["in"]]]
                assert _conforms(hint, expected), (
                    f"{where}: {parameter['name']} is {hint}, spec says {expected}"
                )
                typed_formats += expected in _SPEC_FORMATS.values()
            if schemas and all(_typed(document, s) for s in schemas):
                assert hints["return"] is not Any, f"{where}: returns Any where the spec gives a type"
            if descriptor.body is not None and _typed(document, body_schema):
                assert Any not in _without_none(hints[descriptor.body.argument]), f"{where}: body is Any"
    if vendor in ("iotile", "iotticket"):
        assert typed_formats > 0  # the uuid and date-time parameters these specs declare
