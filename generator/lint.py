"""Our rules for specs, on top of structural validation by openapi-spec-validator.

Each finding is a ``Diagnostic``: a JSON pointer into the document, what is wrong, what to do, and
the operation it belongs to. Every problem is listed (not the first), and nothing here raises for
any document: a rule that cannot run on a malformed part is skipped where the structural errors
already describe that part.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

from .diagnostics import Diagnostic, pointer
from .naming import attribute_names
from .prepare import prepare_document, string_status_keys
from .spec_walk import (
    HTTP_METHODS,
    aliased,
    iter_operations,
    iter_path_items,
    iter_schemas,
    operation_pointer,
    path_item_aliases,
)
from .specload import DanglingRefError, ref_target, resolve_ref

__all__ = ["HTTP_METHODS", "Finding", "iter_operations", "lint_openapi"]

Finding = Diagnostic  # the OpenRPC lint builds findings the same way

_SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_STATUS = re.compile(r"^[1-5][0-9][0-9]$")
# openapi-spec-validator's own rules name the operation in the message, not in the error's path.
_OPERATION_IN_MESSAGE = re.compile(r"for '(?P<method>[a-z]+)'(?: operation)? in '(?P<path>/[^']*)'")

# Every extension we read, and where it may appear. Anything else spelled x-iotclients-* is a typo.
KNOWN_EXTENSIONS = {
    "x-iotclients-idempotent": "operation",
    "x-iotclients-batch": "operation",
    "x-iotclients-pagination": "operation",
    "x-iotclients-error-schemas": "root",
    "x-iotclients-secret": "property",
    "x-iotclients-prefix": "security scheme",
}
_PLACES = {
    "operation": ("an operation (beside its operationId)", "move it onto the operation it describes"),
    "root": ("the top level of the document", "move it to the top level"),
    "property": (
        "a schema property (components/schemas/<Name>/properties/<field>)",
        "move it onto the property that holds the value",
    ),
    "security scheme": (
        "a security scheme (components/securitySchemes/<Name>)",
        "move it onto the scheme whose credential it prefixes",
    ),
}
_BATCH_KEYS = {"max_items": int, "items": str, "max_window_days": int}
_PAGINATION_KEYS = {"style": str, "results": str, "next": str, "page_param": str, "page_size_param": str}
_PAGINATION_STYLES = {"page", "next_url", "cursor"}
_BODY_MEDIA_TYPES = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data")
_PRIMITIVES = ("string", "integer", "number", "boolean", "null")


def lint_openapi(document: dict[str, Any], *, house: bool = True) -> list[Diagnostic]:
    """Every problem of ``document``; ``house=False`` for a vendor's spec taken as published."""
    state: dict[str, Any] = {"document": copy.deepcopy(document)}
    found: list[Diagnostic] = []
    # Validation first: the rules after it read the document as valid OpenAPI, so a rule that
    # trips on a malformed part is silent when validation has already described that part.
    found += _guarded(lambda: string_status_keys(state["document"], house=house), quiet=False)
    dangling = _guarded(lambda: _dangling_refs(state["document"]), quiet=False)
    found += dangling
    structural = [] if dangling else _guarded(lambda: _structure(state["document"], house=house), quiet=False)
    found += structural  # (the validator cannot follow a reference to nothing)
    quiet = bool(dangling or structural)

    def prepared() -> list[Diagnostic]:
        result = prepare_document(state["document"], {}, house=house, statuses_done=True)
        state["document"] = result.document
        return result.diagnostics

    found += _guarded(prepared, quiet=quiet)
    checks: list[Callable[[], Iterator[Diagnostic]]] = [
        lambda: _extensions(state["document"], house=house),
        lambda: _operations(state["document"], house=house),
        lambda: _top_level_schemas(state["document"]),
        lambda: _component_names(state["document"]),
        lambda: _property_names(state["document"], house=house),
        lambda: _generator_limits(state["document"]),
        lambda: _security(state["document"], house=house),
    ]
    for check in checks:
        found += _guarded(check, quiet=quiet)
    return _unique(_once_per_path_item(found, path_item_aliases(document)))


def _validator_message(text: str) -> str:
    """The validator's finding on one line, the same with either JSON Schema backend: the Rust one
    appends where it failed (we say that ourselves) and quotes names with double quotes."""
    text = " ".join(text.split("Failed validating", maxsplit=1)[0].split())
    return re.sub(r'^"([^"]+)" is a required property', r"'\1' is a required property", text)


def _security(document: dict[str, Any], *, house: bool) -> Iterator[Diagnostic]:
    from .security import UNDECLARED, findings

    for where, rule in findings(document):
        # A published spec may leave an operation's security out: OpenAPI then reads it as open.
        severity = "warning" if not house and rule.startswith(UNDECLARED) else "error"
        yield Diagnostic(where, rule, operation=_operation_at(document, where), severity=severity)


def _once_per_path_item(found: list[Diagnostic], aliases: dict[str, str]) -> list[Diagnostic]:
    """A path item given by ``$ref`` is checked where it is used (under ``paths``, as inlined);
    the same finding at its definition in ``components/pathItems`` is left out."""
    seen_through_paths = {
        (aliased(d.where, aliases), d.problem) for d in found if aliased(d.where, aliases) != d.where
    }
    return [
        d
        for d in found
        if aliased(d.where, aliases) != d.where or (d.where, d.problem) not in seen_through_paths
    ]


def _guarded(
    check: Callable[[], Iterator[Diagnostic] | list[Diagnostic]], *, quiet: bool
) -> list[Diagnostic]:
    """The findings of ``check``; an exception becomes a finding, or nothing if ``quiet``."""
    found: list[Diagnostic] = []
    try:
        found.extend(check())
    except Exception as exc:  # a malformed part no rule foresaw
        if not quiet:
            found.append(
                Diagnostic(
                    "#",
                    f"the document could not be fully checked ({type(exc).__name__}: {exc})",
                    "fix the other errors first; if none remain, simplify that part or report it",
                )
            )
    return found


def _unique(found: list[Diagnostic]) -> list[Diagnostic]:
    return list(dict.fromkeys(found))  # first occurrences, in order


def _operation_at(document: dict[str, Any], where: str) -> str | None:
    """The operationId of the operation ``where`` is in, if any."""
    parts = where.split("/")
    depth = {"paths": 4, "components": 5}.get(parts[1] if len(parts) > 1 else "", 0)
    if not depth or len(parts) < depth or parts[depth - 1] not in HTTP_METHODS:
        return None
    if depth == 5 and parts[2] != "pathItems":
        return None
    try:
        operation = ref_target(document, "/".join(parts[:depth]))
    except DanglingRefError:
        return None
    op_id = operation.get("operationId") if isinstance(operation, dict) else None
    return op_id if isinstance(op_id, str) else None


# --- references -------------------------------------------------------------------------------

_NOT_SCHEMA_DATA = ("example", "examples", "default", "const", "enum")
# Mappings whose keys are names chosen by the author (a property may be called ``default``).
_NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "dependentSchemas", "schemas", "responses", "parameters"}
    | {"headers", "content", "paths", "pathItems", "requestBodies", "encoding", "securitySchemes"}
)


def _children(node: dict[Any, Any], where: str, names: bool) -> Iterator[tuple[Any, Any, str, bool]]:
    """(key, value, pointer, whether value is a mapping of names) for the keys worth walking into:
    not example data, not other vendors' extensions."""
    for key, value in node.items():
        if not names and (key in _NOT_SCHEMA_DATA or str(key).startswith("x-")):
            continue
        yield key, value, f"{where}{pointer(key)[1:]}", not names and key in _NAME_MAPS


def _dangling_refs(document: dict[str, Any]) -> Iterator[Diagnostic]:
    def walk(node: Any, where: str, names: bool = False) -> Iterator[Diagnostic]:
        if isinstance(node, dict):
            ref = None if names else node.get("$ref")
            if not names and "$ref" in node and not isinstance(ref, str):
                yield Diagnostic(
                    f"{where}/$ref",
                    f"$ref must be a string, found {ref!r}",
                    "write the reference as a string such as '#/components/schemas/Name'",
                    operation=_operation_at(document, where),
                )
            if isinstance(ref, str):
                try:
                    ref_target(document, ref)
                except DanglingRefError as exc:
                    external = not ref.startswith("#/")
                    yield Diagnostic(
                        f"{where}/$ref",
                        f"$ref {ref!r} {exc.reason}",
                        "bundle the referenced file into this one (local #/components/... references)"
                        if external
                        else f"define {ref[2:]!r} or correct the reference",
                        operation=_operation_at(document, where),
                    )
            for _, value, path, value_names in _children(node, where, names):
                yield from walk(value, path, value_names)
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield from walk(item, f"{where}/{index}")

    yield from walk(document, "#")


# --- structure ----------------------------------------------------------------------------------


def _structure(document: dict[str, Any], *, house: bool) -> Iterator[Diagnostic]:
    version = str(document.get("openapi", ""))
    accepted = ("3.1",) if house else ("3.0", "3.1")
    if not version.startswith(accepted):
        yield Diagnostic(
            "#/openapi",
            f"must be OpenAPI {' or '.join(a + '.x' for a in accepted)}, found {version!r}",
            "write the spec in OpenAPI 3.1" if house else "convert the spec to OpenAPI 3.1",
        )
        return
    from jsonschema.exceptions import best_match
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    validator = (OpenAPIV30SpecValidator if version.startswith("3.0") else OpenAPIV31SpecValidator)(document)
    reported = 0
    misplaced = _non_schemas(document)
    named_places: set[str] = set()
    try:
        for error in validator.iter_errors():
            reported += 1
            deepest = best_match(error.context) if getattr(error, "context", None) else None
            chosen = deepest if deepest is not None and len(deepest.absolute_path) else error
            where = pointer(*chosen.absolute_path)
            named = _OPERATION_IN_MESSAGE.search(str(chosen.message))
            if where == "#" and named and named["method"] in HTTP_METHODS:
                where = operation_pointer(named["path"], named["method"])  # a rule on one operation
            elif where == "#" and str(chosen.message).endswith(_NOT_A_SCHEMA):
                # Reported without a path: the first place (not yet named) holding that value.
                value = str(chosen.message).removesuffix(_NOT_A_SCHEMA)
                places = [w for w, v in misplaced if v == value]
                where = next((w for w in places if w not in named_places), places[0] if places else where)
                named_places.add(where)
            message = _validator_message(str(chosen.message))
            if len(message) > 160:
                message = message[:157] + "..."
            yield Diagnostic(
                where,
                f"not valid OpenAPI {version}: {message}",
                "correct it as the OpenAPI specification says",
                operation=_operation_at(document, where),
            )
    except Exception as exc:  # the validator stops on what it cannot follow
        if reported:
            return  # a consequence of the errors above
        yield Diagnostic(
            "#",
            f"not valid OpenAPI {version}: {type(exc).__name__} {' '.join(str(exc).split())[:160]}",
            "correct the document as the OpenAPI specification says",
        )


_NOT_A_SCHEMA = " is not of type 'object', 'boolean'"
_ONE_SCHEMA = (
    "schema",
    "items",
    "not",
    "additionalProperties",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")


def _non_schemas(document: dict[str, Any], *, booleans: bool = False) -> list[tuple[str, str]]:
    """(pointer, repr) of every value that stands where a schema belongs but is not one (or, with
    ``booleans``, is a boolean schema)."""
    found: list[tuple[str, str]] = []

    def check(value: Any, where: str) -> None:
        if not isinstance(value, dict | bool) or (booleans and isinstance(value, bool)):
            found.append((where, repr(value)))

    def walk(node: Any, where: str, names: bool = False) -> None:
        if isinstance(node, dict):
            for key, value, path, value_names in _children(node, where, names):
                in_map = names and where.endswith(("/schemas", *(f"/{k}" for k in _SCHEMA_MAPS)))
                if in_map or (not names and key in _ONE_SCHEMA):
                    check(value, path)
                elif not names and key in _SCHEMA_LISTS and isinstance(value, list):
                    for index, item in enumerate(value):
                        check(item, f"{path}/{index}")
                walk(value, path, value_names)
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{where}/{index}")

    walk(document, "#")
    return found


_JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})


def _generator_limits(document: dict[str, Any]) -> Iterator[Diagnostic]:
    """Valid OpenAPI 3.1 that the generator cannot turn into a client."""
    if not document.get("paths"):
        yield Diagnostic("#", "the document has no paths: there is nothing to generate", "describe the paths")
    for where, value in _non_schemas(document, booleans=True):
        if value in ("True", "False") and not where.endswith("/additionalProperties"):
            yield Diagnostic(
                where,
                f"boolean schema {value} is not supported",
                "write {} for any value" + (" or remove it" if value == "False" else ""),
                operation=_operation_at(document, where),
            )
    for where, schema in iter_schemas(document):
        kind = schema.get("type")
        kinds = kind if isinstance(kind, list) else [kind] if kind is not None else []
        if any(not isinstance(k, str) or k not in _JSON_TYPES for k in kinds):
            yield Diagnostic(
                f"{where}/type",
                f"type {kind!r} is not a JSON type",
                f"use one of {', '.join(sorted(_JSON_TYPES))} (or a list of them)",
                operation=_operation_at(document, where),
            )
        if "array" in kinds and "items" not in schema and "prefixItems" not in schema:
            yield Diagnostic(
                where,
                "an array schema without items",
                "declare items (items: {} for any value)",
                operation=_operation_at(document, where),
            )
    for path, method, operation in iter_operations(document):
        where = operation_pointer(path, method)
        name = operation.get("operationId") if isinstance(operation.get("operationId"), str) else None
        if not operation.get("responses"):
            yield Diagnostic(
                where, "the operation declares no responses", "declare at least one", operation=name
            )
        body = operation.get("requestBody")
        if body is not None and not _resolved(document, body).get("content") and not _dangles(document, body):
            yield Diagnostic(
                f"{where}/requestBody",
                "the request body declares no media type",
                "add content with a media type, or remove the request body",
                operation=name,
            )


def _dangles(document: dict[str, Any], node: Any) -> bool:
    try:
        resolve_ref(document, node)
    except DanglingRefError:
        return True
    return False


# --- extensions ---------------------------------------------------------------------------------


def _extension_places(document: dict[str, Any]) -> dict[str, set[str]]:
    """Pointers of the nodes where each kind of extension may appear."""
    operations = {
        f"{item_where}/{method}"
        for item_where, item in iter_path_items(document)
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    }
    properties = {
        where for where, _ in iter_schemas(document) if where.rsplit("/", 2)[-2:-1] == ["properties"]
    }
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    scheme_places = {f"#/components/securitySchemes/{name}" for name in schemes}
    return {"operation": operations, "root": {"#"}, "property": properties, "security scheme": scheme_places}


def _extensions(document: dict[str, Any], *, house: bool) -> Iterator[Diagnostic]:
    """Unknown or misplaced x-iotclients-* keys, and 3.0-style ``nullable``, anywhere."""
    places = _extension_places(document)

    def walk(node: Any, where: str, names: bool = False) -> Iterator[Diagnostic]:
        if isinstance(node, dict):
            for key, value in node.items():
                path = f"{where}{pointer(key)[1:]}"
                if names:  # a name (a property called ``nullable``), not a keyword
                    yield from walk(value, path)
                    continue
                if key == "nullable" and house:
                    yield Diagnostic(
                        path,
                        "3.0 `nullable` is not allowed in 3.1",
                        'write `type: [X, "null"]`',
                        operation=_operation_at(document, path),
                    )
                if isinstance(key, str) and key.startswith("x-iotclients-"):
                    place = KNOWN_EXTENSIONS.get(key)
                    if place is None:
                        yield Diagnostic(
                            path,
                            f"unknown extension {key!r}",
                            f"use one of {', '.join(sorted(KNOWN_EXTENSIONS))} or remove it",
                            operation=_operation_at(document, path),
                        )
                    elif place in places and where not in places[place]:  # other places: not checked
                        yield Diagnostic(
                            path,
                            f"{key} is read only on {_PLACES[place][0]}; here it is ignored",
                            _PLACES[place][1],
                            operation=_operation_at(document, path),
                        )
                if key in _NOT_SCHEMA_DATA:
                    continue
                yield from walk(value, path, key in _NAME_MAPS)
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield from walk(item, f"{where}/{index}")

    yield from walk(document, "#")


# --- operations ---------------------------------------------------------------------------------


def _operations(document: dict[str, Any], *, house: bool) -> Iterator[Diagnostic]:
    error_schemas = document.get("x-iotclients-error-schemas")
    schema_names = set((document.get("components") or {}).get("schemas") or {})
    if error_schemas is not None:
        if not isinstance(error_schemas, list) or not all(isinstance(n, str) for n in error_schemas):
            yield Diagnostic(
                "#/x-iotclients-error-schemas",
                "must be a list of component schema names",
                "list the names of the schemas of the vendor's error bodies",
            )
            error_schemas = []
        for index, name in enumerate(error_schemas):
            if name not in schema_names:
                yield Diagnostic(
                    f"#/x-iotclients-error-schemas/{index}",
                    f"{name!r} is not in components.schemas",
                    "name a schema defined under components/schemas",
                )
    seen_ids: dict[str, str] = {}
    for path, method, operation in iter_operations(document):
        where = operation_pointer(path, method)
        op_id = operation.get("operationId")
        name = op_id if isinstance(op_id, str) else None
        if not isinstance(op_id, str) or not op_id:
            yield Diagnostic(where, "every operation needs an operationId", "add a snake_case operationId")
        elif not _SNAKE.match(op_id):
            yield Diagnostic(
                f"{where}/operationId", f"{op_id!r} must be snake_case", "rename it", operation=name
            )
        elif op_id in seen_ids:
            yield Diagnostic(
                f"{where}/operationId",
                f"{op_id!r} is also used by {seen_ids[op_id]}",
                "give each operation its own operationId",
                operation=name,
            )
        else:
            seen_ids[op_id] = where
        if house and not isinstance(operation.get("x-iotclients-idempotent"), bool):
            yield Diagnostic(
                where,
                "x-iotclients-idempotent must be declared true or false on every operation",
                "declare whether the operation is safe to repeat",
                operation=name,
            )
        yield from _batch(operation.get("x-iotclients-batch"), f"{where}/x-iotclients-batch", name)
        yield from _pagination(
            operation.get("x-iotclients-pagination"), f"{where}/x-iotclients-pagination", name
        )
        yield from _page_results(document, operation, where, name)
        yield from _request_body(document, operation, where, name, house=house)
        yield from _responses(document, operation, where, name, error_schemas, house=house)


def _page_results(
    document: dict[str, Any], operation: dict[str, Any], where: str, name: str | None
) -> Iterator[Diagnostic]:
    """The page (first 2xx JSON reply) must have the property ``x-iotclients-pagination`` iterates."""
    declared = operation.get("x-iotclients-pagination")
    if not isinstance(declared, dict) or not isinstance(declared.get("results"), str):
        return
    responses = operation.get("responses")
    declared_replies = responses.items() if isinstance(responses, dict) else ()
    successes = sorted(
        ((str(k), v) for k, v in declared_replies if str(k).startswith("2")), key=lambda kv: kv[0]
    )
    page: dict[str, Any] = {}
    if successes:
        content = _resolved(document, successes[0][1]).get("content") or {}
        media = content.get("application/json") if isinstance(content, dict) else None
        page = _resolved(document, media.get("schema")) if isinstance(media, dict) else {}
    if declared["results"] not in (page.get("properties") or {}):
        yield Diagnostic(
            f"{where}/x-iotclients-pagination/results",
            f"the page (first 2xx JSON reply) has no property {declared['results']!r} to iterate",
            "name the page's list property, or describe the page's JSON body",
            operation=name,
        )


def _resolved(document: dict[str, Any], node: Any) -> dict[str, Any]:
    """``node`` with its ``$ref`` chain followed; ``{}`` for what cannot be followed (reported apart)."""
    try:
        node = resolve_ref(document, node)
    except DanglingRefError:  # dangling or cyclic
        return {}
    return node if isinstance(node, dict) else {}


def _request_body(
    document: dict[str, Any], operation: dict[str, Any], where: str, name: str | None, *, house: bool
) -> Iterator[Diagnostic]:
    body = operation.get("requestBody")
    if body is None:
        return
    content = _resolved(document, body).get("content") or {}
    for media_type, declared in content.items() if isinstance(content, dict) else ():
        media = declared if isinstance(declared, dict) else {}
        here = f"{where}/requestBody/content{pointer(media_type)[1:]}"
        structured = media_type in _BODY_MEDIA_TYPES or str(media_type).endswith("+json")
        schema = _resolved(document, media.get("schema"))
        if not structured and schema.get("type") != "string":
            yield Diagnostic(
                here,
                f"request bodies must be one of {', '.join(_BODY_MEDIA_TYPES)}, "
                "or raw content (any media type) with schema type string",
                "use a structured media type or declare the raw content as type string",
                operation=name,
            )
        if media_type in _BODY_MEDIA_TYPES[1:] and not isinstance(media.get("schema"), dict):
            yield Diagnostic(
                here,
                f"a {media_type} body without a schema has no fields to send",
                "describe the fields with a schema ($ref to an object)",
                operation=name,
            )
        if house and "example" not in media and "examples" not in media:
            yield Diagnostic(here, "every request body needs an example", "add one", operation=name)


def _responses(
    document: dict[str, Any],
    operation: dict[str, Any],
    where: str,
    name: str | None,
    error_schemas: list[str] | None,
    *,
    house: bool,
) -> Iterator[Diagnostic]:
    responses = operation.get("responses")
    for status, response in responses.items() if isinstance(responses, dict) else ():
        code = str(status)
        here = f"{where}/responses/{code}"
        if code != "default" and not _STATUS.match(code):
            yield Diagnostic(
                here,
                f"status {code!r} is not an HTTP status code",
                "list each status (e.g. '404'); ranges such as 4XX are not supported",
                operation=name,
            )
            continue
        if house and (code[0] in "45" or code == "default"):
            yield from _error_response(document, response, here, error_schemas, name)


def _error_response(
    document: dict[str, Any], response: Any, where: str, error_schemas: list[str] | None, name: str | None
) -> Iterator[Diagnostic]:
    if error_schemas is None:
        yield Diagnostic(
            where,
            "error responses need #/x-iotclients-error-schemas naming the vendor error schemas",
            "declare x-iotclients-error-schemas at the top level",
            operation=name,
        )
        return
    content = _resolved(document, response).get("content") or {}
    if not content:
        yield Diagnostic(
            where,
            "an error response must have a body using a vendor error schema",
            f"give it a body whose schema is one of {error_schemas}",
            operation=name,
        )
        return
    for media_type, media in content.items():
        ref = ((media or {}).get("schema") or {}).get("$ref", "")
        component = ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else None
        if ref and not _resolved(document, media["schema"]):
            continue  # a dangling reference, reported as such
        if component not in error_schemas:
            yield Diagnostic(
                f"{where}/content{pointer(media_type)[1:]}",
                f"must use a vendor error schema {error_schemas}, found {ref or 'an inline schema'}",
                "reference one of them, or add the schema to x-iotclients-error-schemas",
                operation=name,
            )


def _batch(value: Any, where: str, name: str | None) -> Iterator[Diagnostic]:
    if value is None:
        return
    if not isinstance(value, dict) or "max_items" not in value:
        yield Diagnostic(
            where, "must be a mapping with at least max_items", "declare max_items", operation=name
        )
        return
    for key, item in value.items():
        expected = _BATCH_KEYS.get(key)
        if expected is None:
            yield Diagnostic(
                f"{where}/{key}",
                f"unknown key (known: {', '.join(_BATCH_KEYS)})",
                "remove it",
                operation=name,
            )
        elif not isinstance(item, expected) or isinstance(item, bool):
            yield Diagnostic(f"{where}/{key}", f"must be {expected.__name__}", "correct it", operation=name)


def _pagination(value: Any, where: str, name: str | None) -> Iterator[Diagnostic]:
    if value is None:
        return
    if (
        not isinstance(value, dict)
        or not isinstance(value.get("style"), str)
        or value["style"] not in _PAGINATION_STYLES
    ):
        yield Diagnostic(
            where,
            f"must be a mapping whose style is one of {sorted(_PAGINATION_STYLES)}",
            "declare the style",
            operation=name,
        )
        return
    if "results" not in value:
        yield Diagnostic(
            where, "has no results (the page's list property)", "name the property to iterate", operation=name
        )
    for key, item in value.items():
        expected = _PAGINATION_KEYS.get(key)
        if expected is None:
            yield Diagnostic(
                f"{where}/{key}",
                f"unknown key (known: {', '.join(_PAGINATION_KEYS)})",
                "remove it",
                operation=name,
            )
        elif not isinstance(item, expected):
            yield Diagnostic(f"{where}/{key}", f"must be {expected.__name__}", "correct it", operation=name)


# --- what the generator can name ----------------------------------------------------------------


def class_components(document: dict[str, Any]) -> set[str]:
    """Component schemas the generator turns into classes (objects and enums)."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    return {
        name
        for name, schema in schemas.items()
        if isinstance(schema, dict)
        and (
            "properties" in schema or schema.get("type") == "object" or "enum" in schema or "allOf" in schema
        )
    }


def _component_names(document: dict[str, Any]) -> Iterator[Diagnostic]:
    from openapi_python_client.strings import ClassName

    for name in sorted(class_components(document)):
        class_name = str(ClassName(name, "field_"))
        if class_name != name:
            yield Diagnostic(
                pointer("components", "schemas", name),
                f"component name {name!r} is not a PascalCase class name (it would become {class_name!r})",
                f"rename it {class_name!r} and update its $refs",
            )


def _unnameable(document: dict[str, Any], schema: Any, classes: set[str], depth: int = 0) -> str | None:
    """Why the generator cannot write a type for ``schema`` at the top of a body, or ``None``."""
    if not isinstance(schema, dict) or not schema or depth > 20:
        return None
    if isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        if ref.rsplit("/", 1)[-1] in classes and ref.startswith("#/components/schemas/"):
            return None
        return _unnameable(document, _resolved(document, schema), classes, depth + 1)
    if "oneOf" in schema or "anyOf" in schema:
        return None  # unions are typed by their own rules
    kind = schema.get("type")
    if isinstance(kind, list):
        reasons = [_unnameable(document, {**schema, "type": k}, classes, depth + 1) for k in kind]
        return next((r for r in reasons if r), None)
    if kind == "array":
        return _unnameable(document, schema.get("items"), classes, depth + 1)
    if kind in _PRIMITIVES and not schema.get("format"):
        return None
    if kind == "object" and not schema.get("properties"):
        return None
    if kind in _PRIMITIVES:
        return f"an inline {kind} with format {schema.get('format')!r}"
    if schema.get("properties") or kind == "object":
        return "an inline object schema"
    return f"a schema without a type ({', '.join(sorted(map(str, schema))) or 'empty'})"


def _top_level_schemas(document: dict[str, Any]) -> Iterator[Diagnostic]:
    classes = class_components(document)
    for path, method, operation in iter_operations(document):
        where = operation_pointer(path, method)
        name = operation.get("operationId") if isinstance(operation.get("operationId"), str) else None
        places: list[tuple[str, Any]] = []
        body = _resolved(document, operation.get("requestBody"))
        for media_type, media in (body.get("content") or {}).items():
            if _is_json(str(media_type)) and isinstance(media, dict):
                places.append(
                    (f"{where}/requestBody/content{pointer(media_type)[1:]}/schema", media.get("schema"))
                )
        for status, response in (operation.get("responses") or {}).items():
            for media_type, media in (_resolved(document, response).get("content") or {}).items():
                if _is_json(str(media_type)) and isinstance(media, dict):
                    here = f"{where}/responses/{status}/content{pointer(media_type)[1:]}/schema"
                    places.append((here, media.get("schema")))
        for here, schema in places:
            reason = _unnameable(document, schema, classes)
            if reason:
                yield Diagnostic(
                    here,
                    f"{reason} at the top of a body has no class name",
                    "move it to components/schemas under a PascalCase name and $ref it",
                    operation=name,
                )


def _is_json(content_type: str) -> bool:
    return content_type == "application/json" or content_type.endswith("+json")


def _property_names(document: dict[str, Any], *, house: bool) -> Iterator[Diagnostic]:
    """Wire names must map to distinct attribute names (``orgId`` -> ``org_id``; the codec renames)."""
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        properties = list((schema.get("properties") or {}) if isinstance(schema, dict) else {})
        taken: dict[str, str] = {}
        for prop, attribute in attribute_names(properties).items():
            where = pointer("components", "schemas", name, "properties", prop)
            if house and not _IDENTIFIER.match(prop.removesuffix("[]")):
                yield Diagnostic(
                    where,
                    "property names must be identifiers (letters, digits, underscores; "
                    "a trailing [] is allowed)",
                    "rename the property",
                )
                continue
            if not attribute.isidentifier():
                yield Diagnostic(
                    where, f"property {prop!r} has no Python attribute name", "rename the property"
                )
                continue
            if attribute in taken:
                yield Diagnostic(
                    where,
                    f"attribute name {attribute!r} is also that of {taken[attribute]!r}",
                    "rename one of the properties",
                )
            taken[attribute] = prop
