"""Our rules for OpenRPC specs: structure, extensions, positional params, schemas the generator can type.

Each finding names where in the document it is and the rule it breaks (same ``Finding`` as OpenAPI).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator
from typing import Any

from .lint import Finding
from .openrpc_types import SchemaError, output

_SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
KNOWN_EXTENSIONS = {
    "x-iotclients-envelope": "root",
    "x-iotclients-idempotent": "method",
    "x-iotclients-procedure": "method",
    "x-iotclients-long-poll": "method",
    "x-iotclients-secret": "schema",
}
_DIALECTS = {"onep", "jsonrpc2"}
_ENVELOPE_KEYS = {
    "dialect",
    "path",
    "content_type",
    "auth",
    "request",
    "response",
    "request_error",
    "max_id_length",
    "max_requests_per_connection",
    "statuses",
}


def lint_openrpc(document: dict[str, Any]) -> list[Finding]:
    findings = list(_structure(document))
    if findings:
        return findings
    findings += list(_extensions(document, "#"))
    findings += list(_refs(document))
    findings += list(_envelope(document))
    findings += list(_methods(document))
    findings += list(_schemas(document))
    return findings


def _structure(document: dict[str, Any]) -> Iterator[Finding]:
    version = str(document.get("openrpc", ""))
    if not version.startswith("1.3"):
        yield Finding("#/openrpc", f"must be OpenRPC 1.3.x, found {version!r}")
    info = document.get("info")
    if not isinstance(info, dict) or not info.get("title") or not info.get("version"):
        yield Finding("#/info", "needs a title and a version")
    if not isinstance(document.get("methods"), list) or not document["methods"]:
        yield Finding("#/methods", "must be a non-empty list of methods")


def _extensions(node: Any, where: str) -> Iterator[Finding]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and key.startswith("x-iotclients-") and key not in KNOWN_EXTENSIONS:
                yield Finding(
                    f"{where}/{key}",
                    f"unknown extension {key!r} (known: {', '.join(sorted(KNOWN_EXTENSIONS))})",
                )
            yield from _extensions(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _extensions(item, f"{where}/{index}")


def _refs(document: dict[str, Any]) -> Iterator[Finding]:
    components = document.get("components") or {}
    for ref_target in sorted(set(_all_refs(document))):
        kind, _, name = ref_target.partition("/")
        if name not in (components.get(kind) or {}):
            yield Finding(f"#/components/{ref_target}", "is referenced but not defined")


def _all_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref.removeprefix("#/components/")
        for value in node.values():
            yield from _all_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _all_refs(value)


def _envelope(document: dict[str, Any]) -> Iterator[Finding]:
    where = "#/x-iotclients-envelope"
    envelope = document.get("x-iotclients-envelope")
    if not isinstance(envelope, dict):
        yield Finding(where, "is required: dialect, path and the auth schema of the calls")
        return
    for key in envelope:
        if key not in _ENVELOPE_KEYS:
            yield Finding(f"{where}/{key}", f"unknown key (known: {', '.join(sorted(_ENVELOPE_KEYS))})")
    if envelope.get("dialect") not in _DIALECTS:
        yield Finding(f"{where}/dialect", f"must be one of {sorted(_DIALECTS)}")
    if not str(envelope.get("path", "")).startswith("/"):
        yield Finding(f"{where}/path", "must be an absolute path")
    if not isinstance(envelope.get("auth"), dict) or "$ref" not in envelope["auth"]:
        yield Finding(f"{where}/auth", "must be a $ref to the auth schema (anyOf of object variants)")
    statuses = envelope.get("statuses") or {}
    if not isinstance(statuses, dict):
        yield Finding(f"{where}/statuses", "must map status words to HTTP-like statuses")
        return
    for word, code in statuses.items():
        if isinstance(code, bool) or not isinstance(code, int) or not 400 <= code <= 599:
            yield Finding(f"{where}/statuses/{word}", "must be an HTTP-like status between 400 and 599")


def _methods(document: dict[str, Any]) -> Iterator[Finding]:
    seen: set[str] = set()
    errors = (document.get("components") or {}).get("errors") or {}
    for index, method in enumerate(document["methods"]):
        name = method.get("name") if isinstance(method, dict) else None
        where = f"#/methods/{index}"
        if not isinstance(name, str) or not _SNAKE.match(name):
            yield Finding(where, f"method name {name!r} must be snake_case")
            continue
        where = f"#/methods/{name}"
        if name in seen:
            yield Finding(where, "method names must be unique")
        seen.add(name)
        if method.get("paramStructure") != "by-position":
            yield Finding(f"{where}/paramStructure", "must be by-position (arguments travel as a list)")
        if not isinstance(method.get("x-iotclients-idempotent"), bool):
            yield Finding(where, "x-iotclients-idempotent must be declared true or false on every method")
        if not isinstance(method.get("result"), dict) or "schema" not in method["result"]:
            yield Finding(f"{where}/result", "every method needs a result (type null for none)")
        yield from _params(method, where)
        for position, entry in enumerate(method.get("errors") or []):
            ref = str((entry or {}).get("$ref", "")).removeprefix("#/components/errors/")
            error = errors.get(ref) or entry
            if (
                not isinstance(error, dict)
                or not isinstance(error.get("code"), int)
                or "message" not in error
            ):
                yield Finding(f"{where}/errors/{position}", "an error needs an integer code and a message")
        poll = method.get("x-iotclients-long-poll")
        if poll is not None:
            names = {p.get("name") for p in method.get("params") or []}
            if (
                not isinstance(poll, dict)
                or poll.get("param") not in names
                or poll.get("unit") not in ("ms", "s")
            ):
                yield Finding(
                    f"{where}/x-iotclients-long-poll", "needs param (one of the params), field, unit ms|s"
                )


def _params(method: dict[str, Any], where: str) -> Iterator[Finding]:
    optional_seen: str | None = None
    names: set[str] = set()
    for param in method.get("params") or []:
        name = param.get("name")
        if not isinstance(name, str) or not _SNAKE.match(name) or keyword.iskeyword(name):
            yield Finding(f"{where}/params", f"param name {name!r} must be a snake_case identifier")
            continue
        if name in names or name in ("auth", "defer", "self"):
            yield Finding(f"{where}/params/{name}", "duplicate or reserved parameter name")
        names.add(name)
        schema = param.get("schema")
        if not isinstance(schema, dict):
            yield Finding(f"{where}/params/{name}", "needs a schema")
            continue
        try:
            output(schema, f"{where}/params/{name}")
        except SchemaError as exc:
            yield Finding(f"{where}/params/{name}", str(exc))
        if not param.get("required", False) and "default" not in schema:
            optional_seen = optional_seen or name
        elif optional_seen is not None:
            yield Finding(
                f"{where}/params/{name}",
                f"follows optional {optional_seen!r}: by-position optional params must come last",
            )


def _schemas(document: dict[str, Any]) -> Iterator[Finding]:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError as JsonSchemaError

    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        where = f"#/components/schemas/{name}"
        stripped = (
            {k: v for k, v in schema.items() if not k.startswith("x-")}
            if isinstance(schema, dict)
            else schema
        )
        try:
            Draft202012Validator.check_schema(_without_refs(stripped))
        except JsonSchemaError as exc:
            yield Finding(where, f"not a valid JSON Schema: {exc.message}")
        if not isinstance(schema, dict):
            continue
        if schema.get("type") == "object" and schema.get("properties"):
            for prop, prop_schema in schema["properties"].items():
                if not prop.isidentifier() or keyword.iskeyword(prop) or prop != prop.lower():
                    yield Finding(
                        f"{where}/properties/{prop}", "property names must be lower-case identifiers"
                    )
                try:
                    output(prop_schema, f"{where}/properties/{prop}")
                except SchemaError as exc:
                    yield Finding(f"{where}/properties/{prop}", str(exc))
        else:
            try:
                output(schema, where)
            except SchemaError as exc:
                yield Finding(where, str(exc))


def _without_refs(node: Any) -> Any:
    # check_schema validates the shape; references are checked separately against components.
    if isinstance(node, dict):
        return {k: _without_refs(v) for k, v in node.items() if k != "$ref"}
    if isinstance(node, list):
        return [_without_refs(v) for v in node]
    return node
