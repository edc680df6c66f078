"""Where things are in an OpenAPI document: operations, responses and every schema, with pointers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .diagnostics import pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords whose value is one schema, a list of schemas, or a name -> schema mapping.
_ONE = ("items", "not", "additionalProperties", "contains", "propertyNames", "if", "then", "else")
_MANY = ("allOf", "anyOf", "oneOf", "prefixItems")
_NAMED = ("properties", "patternProperties", "$defs", "dependentSchemas")


def iter_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    paths = document.get("paths")
    for path, item in (paths if isinstance(paths, dict) else {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield str(path), method, operation


def operation_pointer(path: str, method: str) -> str:
    return pointer("paths", path, method)


def iter_path_items(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Path items under ``paths`` and ``components/pathItems``, with their pointers."""
    for parts in (("paths",), ("components", "pathItems")):
        container: Any = document
        for part in parts:
            container = container.get(part) if isinstance(container, dict) else None
        if isinstance(container, dict):
            for name, item in container.items():
                if isinstance(item, dict):
                    yield pointer(*parts, name), item


def _subschemas(schema: dict[str, Any], where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for key in _ONE:
        if isinstance(schema.get(key), dict):
            yield from iter_schema_tree(schema[key], f"{where}/{key}")
    for key in _MANY:
        if isinstance(schema.get(key), list):
            for index, item in enumerate(schema[key]):
                if isinstance(item, dict):
                    yield from iter_schema_tree(item, f"{where}/{key}/{index}")
    for key in _NAMED:
        if isinstance(schema.get(key), dict):
            for name, item in schema[key].items():
                if isinstance(item, dict):
                    yield from iter_schema_tree(item, f"{where}/{key}{pointer(name)[1:]}")


def iter_schema_tree(schema: dict[str, Any], where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    yield where, schema
    yield from _subschemas(schema, where)


def _media_schemas(content: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(content, dict):
        for media_type, media in content.items():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                yield from iter_schema_tree(
                    media["schema"], f"{where}/content{pointer(media_type)[1:]}/schema"
                )


def _parameter_schemas(parameters: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(parameters, list):
        for index, parameter in enumerate(parameters):
            if not isinstance(parameter, dict):
                continue
            if isinstance(parameter.get("schema"), dict):
                yield from iter_schema_tree(parameter["schema"], f"{where}/{index}/schema")
            yield from _media_schemas(parameter.get("content"), f"{where}/{index}")


def _response_schemas(response: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(response, dict):
        return
    yield from _media_schemas(response.get("content"), where)
    headers = response.get("headers")
    if isinstance(headers, dict):
        for name, header in headers.items():
            if isinstance(header, dict) and isinstance(header.get("schema"), dict):
                yield from iter_schema_tree(header["schema"], f"{where}/headers{pointer(name)[1:]}/schema")


def iter_schemas(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema of the document (components, parameters, bodies, responses, nested ones)."""
    components: dict[str, Any] = document.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        if isinstance(schema, dict):
            yield from iter_schema_tree(schema, pointer("components", "schemas", name))
    for name, parameter in (components.get("parameters") or {}).items():
        if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
            yield from iter_schema_tree(
                parameter["schema"], pointer("components", "parameters", name, "schema")
            )
    for name, response in (components.get("responses") or {}).items():
        yield from _response_schemas(response, pointer("components", "responses", name))
    for name, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict):
            yield from _media_schemas(body.get("content"), pointer("components", "requestBodies", name))
    for item_where, item in iter_path_items(document):
        yield from _parameter_schemas(item.get("parameters"), f"{item_where}/parameters")
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            where = f"{item_where}/{method}"
            yield from _parameter_schemas(operation.get("parameters"), f"{where}/parameters")
            body = operation.get("requestBody")
            if isinstance(body, dict):
                yield from _media_schemas(body.get("content"), f"{where}/requestBody")
            responses = operation.get("responses")
            if isinstance(responses, dict):
                for status, response in responses.items():
                    yield from _response_schemas(response, f"{where}/responses/{status}")


def path_item_aliases(document: dict[str, Any]) -> dict[str, str]:
    """``#/paths/<path>`` -> the pointer of the path item it references, for ``$ref`` path items."""
    paths = document.get("paths")
    return {
        pointer("paths", name): item["$ref"]
        for name, item in (paths.items() if isinstance(paths, dict) else ())
        if isinstance(item, dict) and isinstance(item.get("$ref"), str) and item["$ref"].startswith("#/")
    }


def aliased(where: str, aliases: dict[str, str]) -> str:
    """Where ``where`` is written in the file, through ``aliases``."""
    for alias, target in aliases.items():
        if where.startswith(alias + "/"):
            return target + where[len(alias) :]
    return where


def iter_refs(node: Any) -> Iterator[str]:
    """Every ``$ref`` string anywhere inside ``node``, in document order."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from iter_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from iter_refs(item)
