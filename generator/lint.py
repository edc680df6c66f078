"""Our rules for specs, on top of structural validation by openapi-spec-validator.

Each finding names where in the document it is (a JSON-pointer-like path) and the rule it breaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .naming import attribute_names
from .specload import resolve_ref

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# Every extension we read, and where it may appear. Anything else spelled x-iotclients-* is a typo.
KNOWN_EXTENSIONS = {
    "x-iotclients-idempotent": "operation",
    "x-iotclients-batch": "operation",
    "x-iotclients-pagination": "operation",
    "x-iotclients-error-schemas": "root",
    "x-iotclients-secret": "schema property",
    "x-iotclients-prefix": "apiKey security scheme",
}
_BATCH_KEYS = {"max_items": int, "items": str, "max_window_days": int}
_PAGINATION_KEYS = {"style": str, "results": str, "next": str, "page_param": str, "page_size_param": str}
_PAGINATION_STYLES = {"page", "next_url", "cursor"}
_BODY_MEDIA_TYPES = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data")


@dataclass(frozen=True)
class Finding:
    where: str
    rule: str

    def __str__(self) -> str:
        return f"{self.where}: {self.rule}"


def lint_openapi(document: dict[str, Any]) -> list[Finding]:
    findings = list(_structure(document))
    findings += list(_extensions(document, "#"))
    findings += list(_operations(document))
    findings += list(_property_names(document))
    from .security import findings as security_findings

    findings += [Finding(where, rule) for where, rule in security_findings(document)]
    return findings


def _structure(document: dict[str, Any]) -> Iterator[Finding]:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    version = str(document.get("openapi", ""))
    if not version.startswith("3.1"):
        yield Finding("#/openapi", f"must be OpenAPI 3.1.x, found {version!r}")
        return
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        yield Finding("#", f"not a valid OpenAPI 3.1 document: {exc.message}")


def _extensions(node: Any, where: str) -> Iterator[Finding]:
    """Unknown x-iotclients-* keys and 3.0-style ``nullable`` anywhere in the document."""
    if isinstance(node, dict):
        for key, value in node.items():
            path = f"{where}/{key}"
            if key == "nullable":
                yield Finding(path, '3.0 `nullable` is not allowed in 3.1; write `type: [X, "null"]`')
            if isinstance(key, str) and key.startswith("x-iotclients-") and key not in KNOWN_EXTENSIONS:
                yield Finding(
                    path, f"unknown extension {key!r} (known: {', '.join(sorted(KNOWN_EXTENSIONS))})"
                )
            yield from _extensions(value, path)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _extensions(item, f"{where}/{index}")


def iter_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def _operations(document: dict[str, Any]) -> Iterator[Finding]:
    error_schemas = document.get("x-iotclients-error-schemas")
    schema_names = set((document.get("components") or {}).get("schemas") or {})
    if error_schemas is not None:
        if not isinstance(error_schemas, list) or not all(isinstance(n, str) for n in error_schemas):
            yield Finding("#/x-iotclients-error-schemas", "must be a list of component schema names")
            error_schemas = []
        for name in error_schemas:
            if name not in schema_names:
                yield Finding("#/x-iotclients-error-schemas", f"{name!r} is not in components.schemas")
    seen_ids: dict[str, str] = {}
    for path, method, operation in iter_operations(document):
        where = f"#/paths/{path.replace('/', '~1')}/{method}"
        op_id = operation.get("operationId")
        if not isinstance(op_id, str) or not op_id:
            yield Finding(where, "every operation needs an operationId")
        elif not _SNAKE.match(op_id):
            yield Finding(f"{where}/operationId", f"{op_id!r} must be snake_case")
        elif op_id in seen_ids:
            yield Finding(f"{where}/operationId", f"{op_id!r} is also used by {seen_ids[op_id]}")
        else:
            seen_ids[op_id] = where
        idempotent = operation.get("x-iotclients-idempotent")
        if not isinstance(idempotent, bool):
            yield Finding(where, "x-iotclients-idempotent must be declared true or false on every operation")
        yield from _batch(operation.get("x-iotclients-batch"), f"{where}/x-iotclients-batch")
        yield from _pagination(operation.get("x-iotclients-pagination"), f"{where}/x-iotclients-pagination")
        body = operation.get("requestBody")
        if body is not None:
            body = resolve_ref(document, body)
            for media_type, media in (body.get("content") or {}).items():
                structured = media_type in _BODY_MEDIA_TYPES or media_type.endswith("+json")
                if not structured and (media.get("schema") or {}).get("type") != "string":
                    yield Finding(
                        f"{where}/requestBody/content/{media_type}",
                        f"request bodies must be one of {', '.join(_BODY_MEDIA_TYPES)}, "
                        "or raw content (any media type) with schema type string",
                    )
                if "example" not in media and "examples" not in media:
                    yield Finding(
                        f"{where}/requestBody/content/{media_type}", "every request body needs an example"
                    )
        for status, response in (operation.get("responses") or {}).items():
            code = str(status)
            if not (code.startswith("4") or code.startswith("5")):
                continue
            yield from _error_response(document, response, f"{where}/responses/{code}", error_schemas)


def _error_response(
    document: dict[str, Any], response: Any, where: str, error_schemas: list[str] | None
) -> Iterator[Finding]:
    if error_schemas is None:
        yield Finding(
            where, "error responses need #/x-iotclients-error-schemas naming the vendor error schemas"
        )
        return
    resolved = resolve_ref(document, response)
    content = resolved.get("content") or {}
    if not content:
        yield Finding(where, "an error response must have a body using a vendor error schema")
        return
    for media_type, media in content.items():
        ref = (media.get("schema") or {}).get("$ref", "")
        name = ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else None
        if name not in error_schemas:
            yield Finding(
                f"{where}/content/{media_type}",
                f"must use a vendor error schema {error_schemas}, found {ref or 'an inline schema'}",
            )


def _batch(value: Any, where: str) -> Iterator[Finding]:
    if value is None:
        return
    if not isinstance(value, dict) or "max_items" not in value:
        yield Finding(where, "must be a mapping with at least max_items")
        return
    for key, item in value.items():
        expected = _BATCH_KEYS.get(key)
        if expected is None:
            yield Finding(f"{where}/{key}", f"unknown key (known: {', '.join(_BATCH_KEYS)})")
        elif not isinstance(item, expected) or isinstance(item, bool):
            yield Finding(f"{where}/{key}", f"must be {expected.__name__}")


def _pagination(value: Any, where: str) -> Iterator[Finding]:
    if value is None:
        return
    if not isinstance(value, dict) or value.get("style") not in _PAGINATION_STYLES:
        yield Finding(where, f"must be a mapping whose style is one of {sorted(_PAGINATION_STYLES)}")
        return
    for key, item in value.items():
        expected = _PAGINATION_KEYS.get(key)
        if expected is None:
            yield Finding(f"{where}/{key}", f"unknown key (known: {', '.join(_PAGINATION_KEYS)})")
        elif not isinstance(item, expected):
            yield Finding(f"{where}/{key}", f"must be {expected.__name__}")


def _property_names(document: dict[str, Any]) -> Iterator[Finding]:
    """Wire names must map to distinct attribute names (``orgId`` -> ``org_id``; the codec renames)."""
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        properties = list((schema.get("properties") or {}) if isinstance(schema, dict) else {})
        taken: dict[str, str] = {}
        for prop, attribute in attribute_names(properties).items():
            where = f"#/components/schemas/{name}/properties/{prop}"
            if not _IDENTIFIER.match(prop.removesuffix("[]")):
                yield Finding(
                    where,
                    "property names must be identifiers (letters, digits, underscores; "
                    "a trailing [] is allowed)",
                )
                continue
            if attribute in taken:
                yield Finding(where, f"attribute name {attribute!r} is also that of {taken[attribute]!r}")
            taken[attribute] = prop
