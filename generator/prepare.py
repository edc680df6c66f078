"""A spec as the generator reads it: loaded, made uniform, and (for a foreign spec) given our rules.

Any spec, ours or a vendor's as published:
- integer status keys (``200:`` unquoted) become strings: an error in our own specs, a warning in
  a foreign one;
- path items given by ``$ref`` (``components/pathItems``) are inlined, so their operations exist.

A foreign spec (registered with ``house: false``) is also:
- converted from OpenAPI 3.0 to 3.1 in memory (``nullable``, boolean ``exclusiveMinimum``/
  ``exclusiveMaximum``, ``example`` in schemas);
- given the extensions our own specs declare, inferred with a warning each: idempotency from the
  HTTP method, the vendor error schemas from the 4xx/5xx/``default`` bodies, snake_case operationIds.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic, Positions
from .naming import snake
from .spec_walk import iter_operations, iter_path_items, iter_schemas, operation_pointer
from .specload import DanglingRefError, load_spec_with_positions, ref_target, resolve_ref

IDEMPOTENT_METHODS = frozenset({"get", "head", "put", "delete", "options", "trace"})


@dataclass
class PreparedSpec:
    document: dict[str, Any]  # a fresh copy, safe to change
    positions: Positions
    diagnostics: list[Diagnostic] = field(default_factory=list)
    original_version: str = ""


def prepare(path: Path, *, house: bool) -> PreparedSpec:
    loaded = load_spec_with_positions(path)
    return prepare_document(copy.deepcopy(loaded.document), loaded.positions, house=house)


def prepare_document(
    document: dict[str, Any], positions: Positions, *, house: bool, statuses_done: bool = False
) -> PreparedSpec:
    prepared = PreparedSpec(document, positions, original_version=str(document.get("openapi", "")))
    notes = prepared.diagnostics
    if not statuses_done:
        notes += string_status_keys(document, house=house)
    notes += _inline_path_items(document)
    _objects_by_properties(document)
    if not house:
        if prepared.original_version.startswith("3.0"):
            notes += _from_3_0(document)
        notes += _inferred_house_rules(document)
    return prepared


def string_status_keys(document: dict[str, Any], *, house: bool) -> list[Diagnostic]:
    notes: list[Diagnostic] = []
    for item_where, item in iter_path_items(document):
        for method, operation in item.items():
            responses = operation.get("responses") if isinstance(operation, dict) else None
            if not isinstance(responses, dict) or all(isinstance(k, str) for k in responses):
                continue
            for key in [k for k in responses if not isinstance(k, str)]:
                notes.append(
                    Diagnostic(
                        f"{item_where}/{method}/responses/{key}",
                        f"status key {key} is a YAML integer, not a string",
                        f"quote it: '{key}'" if house else "read as the string it should be",
                        operation=str(operation.get("operationId") or "") or None,
                        severity="error" if house else "warning",
                    )
                )
            operation["responses"] = {str(k): v for k, v in responses.items()}
    return notes


def _inline_path_items(document: dict[str, Any]) -> list[Diagnostic]:
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return []
    for name, item in list(paths.items()):
        if not isinstance(item, dict) or not isinstance(item.get("$ref"), str):
            continue
        try:
            target = ref_target(document, item["$ref"])
        except DanglingRefError:
            continue  # the lint reports it, located
        if isinstance(target, dict):
            siblings = {k: v for k, v in item.items() if k != "$ref"}
            paths[name] = {**copy.deepcopy(target), **siblings}
    return []


def _objects_by_properties(document: dict[str, Any]) -> None:
    """A schema with properties and no type is an object (JSON Schema allows leaving it out)."""
    for _, schema in list(iter_schemas(document)):
        if isinstance(schema.get("properties"), dict) and "type" not in schema and "$ref" not in schema:
            schema["type"] = "object"


def _from_3_0(document: dict[str, Any]) -> list[Diagnostic]:
    """OpenAPI 3.0 schemas rewritten in their 3.1 (JSON Schema 2020-12) form."""
    converted = 0
    for _, schema in list(iter_schemas(document)):
        before = dict(schema)
        if schema.pop("nullable", False) is True:
            kind = schema.get("type")
            if isinstance(kind, str):
                schema["type"] = [kind, "null"]
            elif isinstance(kind, list) and "null" not in kind:
                schema["type"] = [*kind, "null"]
            elif "$ref" not in schema and kind is None and ("allOf" in schema or "oneOf" in schema):
                schema["anyOf"] = [
                    {k: schema.pop(k) for k in ("allOf", "oneOf") if k in schema},
                    {"type": "null"},
                ]
        for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
            flag = schema.get(exclusive)
            if flag is True and bound in schema:
                schema[exclusive] = schema.pop(bound)
            elif isinstance(flag, bool):
                del schema[exclusive]
        if "example" in schema:
            example = schema.pop("example")
            schema.setdefault("examples", [example])
        converted += schema != before
    document["openapi"] = "3.1.0"
    return [
        Diagnostic(
            "#/openapi",
            f"OpenAPI 3.0 read as 3.1 ({converted} schema(s) rewritten: nullable, exclusive bounds, example)",
            "convert the file to 3.1 to silence this",
            severity="warning",
        )
    ]


def _inferred_house_rules(document: dict[str, Any]) -> list[Diagnostic]:
    notes: list[Diagnostic] = []
    inferred_idempotency: list[str] = []
    renamed: list[str] = []
    taken = {
        str(op.get("operationId"))
        for _, _, op in iter_operations(document)
        if isinstance(op.get("operationId"), str)
    }
    for path, method, operation in iter_operations(document):
        where = operation_pointer(path, method)
        op_id = operation.get("operationId")
        if not isinstance(op_id, str) or not op_id:
            op_id = snake(f"{method} {path}".replace("{", " ").replace("}", " "))
            notes.append(
                Diagnostic(
                    where, f"no operationId: named {op_id!r}", "give it an operationId", severity="warning"
                )
            )
        elif snake(op_id) != op_id:
            method_name = snake(op_id)
            if method_name in taken:
                continue  # the lint reports the clash
            renamed.append(f"{op_id} -> {method_name}")
            op_id = method_name
        operation["operationId"] = op_id
        if not isinstance(operation.get("x-iotclients-idempotent"), bool):
            operation["x-iotclients-idempotent"] = method in IDEMPOTENT_METHODS
            inferred_idempotency.append(f"{op_id}={'yes' if method in IDEMPOTENT_METHODS else 'no'}")
    if renamed:
        notes.append(
            Diagnostic(
                "#/paths",
                f"operationIds become snake_case methods: {', '.join(renamed)}",
                "name operations in snake_case to silence this",
                severity="warning",
            )
        )
    if inferred_idempotency:
        notes.append(
            Diagnostic(
                "#/paths",
                "retried on transient failures by HTTP method "
                "(GET/HEAD/PUT/DELETE/OPTIONS yes, POST/PATCH no): " + ", ".join(inferred_idempotency),
                "declare x-iotclients-idempotent on an operation to decide otherwise",
                severity="warning",
            )
        )
    if "x-iotclients-error-schemas" not in document:
        names = sorted(_error_schema_names(document))
        document["x-iotclients-error-schemas"] = names
        notes.append(
            Diagnostic(
                "#",
                "error models read from the declared 4xx/5xx/default bodies: "
                + (", ".join(names) if names else "none (error bodies are kept as text)"),
                "declare x-iotclients-error-schemas to decide otherwise",
                severity="warning",
            )
        )
    return notes


def _error_schema_names(document: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for _, _, operation in iter_operations(document):
        responses = operation.get("responses")
        for status, response in responses.items() if isinstance(responses, dict) else ():
            if not (str(status)[:1] in ("4", "5") or status == "default"):
                continue
            try:
                content = _resolved(document, response).get("content")
            except DanglingRefError:
                continue
            for media in content.values() if isinstance(content, dict) else ():
                schema = media.get("schema") if isinstance(media, dict) else None
                ref = schema.get("$ref") if isinstance(schema, dict) else None
                if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                    names.add(ref.rsplit("/", 1)[-1])
    return names


def _resolved(document: dict[str, Any], node: Any) -> dict[str, Any]:
    node = resolve_ref(document, node)
    return node if isinstance(node, dict) else {}
