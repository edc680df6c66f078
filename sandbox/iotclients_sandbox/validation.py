"""Check HTTP requests and responses against an OpenAPI 3.1 document.

Schemas are validated with ``jsonschema`` (Draft 2020-12). The whole OpenAPI document is
registered as one ``referencing`` resource, so a schema found anywhere in it can use
``#/components/...`` references exactly as written. Validators are compiled once per
operation, on first use, because the sandboxes validate every request (bodies of thousands
of items) and, in tests, every response; valid values take a fast path (``_fast_schema``)
and only invalid ones pay for ``jsonschema``'s full report.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from iotclients_sandbox._access_views import REQUEST, RESPONSE, direction_view
from iotclients_sandbox._form_bodies import FORM_MEDIA, FormUnreadable, read_form
from iotclients_sandbox._json_guard import JSONRefused, parse_request_json
from iotclients_sandbox._openapi_forms import (
    coerce_parameter,
    escape_pointer,
    is_json_media,
    media_type,
    path_pattern,
    pick_media,
    response_key,
)
from iotclients_sandbox._parameter_styles import MISSING, read_parameter
from iotclients_sandbox._schema_checks import SchemaCheck, ValidationIssue, compile_check

__all__ = [
    "HTTP_METHODS",
    "BodyCheck",
    "OpenAPIValidator",
    "Operation",
    "RequestCheck",
    "ValidationIssue",
]

HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_MISSING: Final = object()


@dataclass(frozen=True, slots=True)
class BodyCheck:
    """A parsed JSON body plus the issues found in it."""

    value: Any
    issues: tuple[ValidationIssue, ...]


@dataclass(slots=True)
class Operation:
    """One method + path of the document, with its validators compiled on first use."""

    method: str
    path: str
    operation_id: str
    definition: Mapping[str, Any] = field(repr=False)
    pointer: str = field(repr=False)

    @property
    def extensions(self) -> Mapping[str, Any]:
        """The operation's ``x-...`` vendor extensions."""
        return {key: value for key, value in self.definition.items() if key.startswith("x-")}


@dataclass(frozen=True, slots=True)
class RequestCheck:
    """Outcome of validating one request."""

    operation: Operation
    path_params: Mapping[str, str]
    body: Any
    """The parsed JSON body (``None`` when there was none or it did not parse)."""
    issues: tuple[ValidationIssue, ...]

    @property
    def ok(self) -> bool:
        return not self.issues


@dataclass(slots=True)
class _Compiled:
    """Per-operation validators, built lazily."""

    body_required: bool
    body_media: dict[str, SchemaCheck | None]
    body_pointer: str
    params: list[tuple[Mapping[str, Any], SchemaCheck | None]]
    responses: dict[str, dict[str, SchemaCheck | None] | None]


class OpenAPIValidator:
    """Validate requests and responses against one OpenAPI 3.1 document."""

    def __init__(
        self,
        document: Mapping[str, Any],
        *,
        uri: str = "urn:iotclients-sandbox:openapi",
        first_duplicate_key_wins: bool = False,
    ) -> None:
        """``first_duplicate_key_wins``: read ``{"a": 1, "a": 2}`` as ``{"a": 1}``, not as Python does."""
        self.document = document
        self._pairs_hook = _first_key_wins if first_duplicate_key_wins else None
        self._uri = uri
        self._registries: dict[str, Any] = {}
        self._literal: dict[tuple[str, str], Operation] = {}
        self._templated: list[tuple[str, re.Pattern[str], Operation]] = []
        self._by_id: dict[str, Operation] = {}
        self._compiled: dict[str, _Compiled] = {}
        self._lock = threading.Lock()
        self._index_operations()

    # -- lookup -------------------------------------------------------------------------------

    @property
    def operations(self) -> Sequence[Operation]:
        return tuple(self._by_id.values())

    def operation(self, operation_id: str) -> Operation:
        """The operation with this ``operationId`` (``KeyError`` if there is none)."""
        return self._by_id[operation_id]

    def find(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """Match a concrete request path to an operation; returns it with the path parameters."""
        method = method.lower()
        literal = self._literal.get((method, path))
        if literal is not None:
            return literal, {}
        for candidate_method, pattern, operation in self._templated:
            if candidate_method != method:
                continue
            found = pattern.fullmatch(path)
            if found is not None:
                return operation, found.groupdict()
        return None

    def declared_statuses(self, operation: Operation) -> frozenset[str]:
        """The response keys of ``operation`` as written in the spec (``"200"``, ``"4XX"``, ``"DEFAULT"``)."""
        return frozenset(self._compile(operation).responses)

    # -- requests -----------------------------------------------------------------------------

    def validate_request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Sequence[str]] | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
        content_type: str | None = None,
    ) -> RequestCheck | None:
        """Validate one request; ``None`` when no operation matches ``method`` + ``path``."""
        found = self.find(method, path)
        if found is None:
            return None
        operation, path_params = found
        compiled = self._compile(operation)
        issues: list[ValidationIssue] = []
        issues.extend(self._check_params(compiled, path_params, query or {}, headers or {}))
        parsed = self._check_request_body(compiled, body, content_type)
        issues.extend(parsed.issues)
        return RequestCheck(operation, path_params, parsed.value, tuple(issues))

    def _check_request_body(self, compiled: _Compiled, body: bytes, content_type: str | None) -> BodyCheck:
        if not body.strip():
            if compiled.body_required:
                return BodyCheck(
                    None, (ValidationIssue("body", "", "required", "a request body is required"),)
                )
            return BodyCheck(None, ())
        if not compiled.body_media:
            return BodyCheck(None, ())
        media = media_type(content_type) or "application/json"
        declared = pick_media(compiled.body_media, media)
        if declared is None:
            allowed = ", ".join(sorted(compiled.body_media))
            issue = ValidationIssue(
                "body", "", "content-type", f"content type {media!r} is not one of {allowed}"
            )
            return BodyCheck(None, (issue,))
        if declared in FORM_MEDIA and media == declared:
            return BodyCheck(None, self._check_form(compiled, declared, content_type or "", body))
        if not is_json_media(declared):
            return BodyCheck(None, ())
        try:
            value = parse_request_json(body, object_pairs_hook=self._pairs_hook)
        except JSONRefused as exc:
            return BodyCheck(None, (ValidationIssue("body", "", "json", str(exc)),))
        except (ValueError, UnicodeDecodeError) as exc:
            return BodyCheck(
                None, (ValidationIssue("body", "", "json", f"the body is not valid JSON: {exc}"),)
            )
        check = compiled.body_media[declared]
        issues = tuple(check.issues(value, "body")) if check is not None else ()
        return BodyCheck(value, issues)

    def _check_form(
        self, compiled: _Compiled, media: str, content_type: str, body: bytes
    ) -> tuple[ValidationIssue, ...]:
        """A form body checked like a JSON one, its fields read as their property schemas say."""
        schema, _ = self._deref(
            self._at(f"{compiled.body_pointer}/content/{escape_pointer(media)}"), compiled.body_pointer
        )
        schema, _ = self._deref(schema.get("schema") if isinstance(schema, Mapping) else None, "")
        properties = schema.get("properties") if isinstance(schema, Mapping) else None

        def schema_of(name: str) -> Mapping[str, Any] | None:
            found = properties.get(name) if isinstance(properties, Mapping) else None
            return self._deref(found, "")[0] if isinstance(found, Mapping) else None

        try:
            form = read_form(media, content_type, body, schema_of)
        except FormUnreadable as exc:
            return (ValidationIssue("body", "", "form", str(exc)),)
        check = compiled.body_media[media]
        return tuple(check.issues(form, "body")) if check is not None else ()

    def _check_params(
        self,
        compiled: _Compiled,
        path_params: Mapping[str, str],
        query: Mapping[str, Sequence[str]],
        headers: Mapping[str, str],
    ) -> Iterable[ValidationIssue]:
        lowered_headers = {key.lower(): value for key, value in headers.items()}
        for parameter, check in compiled.params:
            name = str(parameter.get("name", ""))
            where = str(parameter.get("in", "query"))
            if where == "header" and name.lower() == "authorization":
                # Credentials are the security layer's business; their value is never echoed.
                continue
            schema = self._deref(parameter.get("schema") or {}, "")[0]
            raw = read_parameter(parameter, schema, path_params, query, lowered_headers)
            if raw is MISSING:
                if parameter.get("required"):
                    yield ValidationIssue(where, name, "required", "is required")
                continue
            if check is None:
                continue
            value = coerce_parameter(raw, schema)
            yield from check.issues(value, where, prefix=name)

    # -- responses ----------------------------------------------------------------------------

    def validate_response(
        self, operation: Operation, status: int, content_type: str | None, body: bytes
    ) -> tuple[ValidationIssue, ...]:
        """Check that ``status`` is declared for ``operation`` and that the body matches it."""
        compiled = self._compile(operation)
        key = response_key(compiled.responses, status)
        if key is None:
            listed = ", ".join(sorted(compiled.responses))
            message = f"status {status} is not declared for {operation.operation_id} (declared: {listed})"
            return (ValidationIssue("status", "", "status", message),)
        media_map = compiled.responses[key]
        if media_map is None:
            if body.strip():
                message = f"status {status} declares no content but the body has {len(body)} bytes"
                return (ValidationIssue("body", "", "content", message),)
            return ()
        media = media_type(content_type)
        declared = pick_media(media_map, media) if media else None
        if declared is None:
            allowed = ", ".join(sorted(media_map))
            message = f"content type {media!r} is not declared for status {status} (declared: {allowed})"
            return (ValidationIssue("body", "", "content-type", message),)
        check = media_map[declared]
        if check is None or not is_json_media(declared):
            return ()
        try:
            value = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            return (ValidationIssue("body", "", "json", f"the body is not valid JSON: {exc}"),)
        return tuple(check.issues(value, "body"))

    # -- building -----------------------------------------------------------------------------

    def _index_operations(self) -> None:
        paths = self.document.get("paths") or {}
        for path, item in paths.items():
            if not isinstance(item, Mapping):
                continue
            item_pointer = "/paths/" + escape_pointer(str(path))
            for method in HTTP_METHODS:
                definition = item.get(method)
                if not isinstance(definition, Mapping):
                    continue
                operation_id = str(definition.get("operationId") or f"{method} {path}")
                operation = Operation(method, str(path), operation_id, definition, f"{item_pointer}/{method}")
                self._by_id[operation_id] = operation
                if "{" in str(path):
                    self._templated.append((method, path_pattern(str(path)), operation))
                else:
                    self._literal[(method, str(path))] = operation

    def _compile(self, operation: Operation) -> _Compiled:
        compiled = self._compiled.get(operation.operation_id)
        if compiled is not None:
            return compiled
        with self._lock:
            compiled = self._compiled.get(operation.operation_id)
            if compiled is None:
                compiled = self._build(operation)
                self._compiled[operation.operation_id] = compiled
        return compiled

    def _build(self, operation: Operation) -> _Compiled:
        body_required = False
        body_media: dict[str, SchemaCheck | None] = {}
        request_body, body_pointer = self._deref(
            operation.definition.get("requestBody"), operation.pointer + "/requestBody"
        )
        if isinstance(request_body, Mapping):
            body_required = bool(request_body.get("required", False))
            body_media = self._media_checks(request_body.get("content"), body_pointer + "/content", REQUEST)

        params: list[tuple[Mapping[str, Any], SchemaCheck | None]] = []
        path_item_pointer = operation.pointer.rsplit("/", 1)[0]
        path_item = self._at(path_item_pointer)
        seen: set[tuple[str, str]] = set()
        # Operation-level parameters override path-level ones with the same name and location.
        for owner_pointer, owner in (
            (operation.pointer, operation.definition),
            (path_item_pointer, path_item),
        ):
            for index, raw in enumerate(owner.get("parameters") or []):
                parameter, pointer = self._deref(raw, f"{owner_pointer}/parameters/{index}")
                if not isinstance(parameter, Mapping):
                    continue
                identity = (str(parameter.get("name")), str(parameter.get("in")))
                if identity in seen:
                    continue
                seen.add(identity)
                schema_check = (
                    self._check_for(pointer + "/schema", REQUEST) if "schema" in parameter else None
                )
                params.append((parameter, schema_check))

        responses: dict[str, dict[str, SchemaCheck | None] | None] = {}
        for status, raw in (operation.definition.get("responses") or {}).items():
            response, pointer = self._deref(
                raw, f"{operation.pointer}/responses/{escape_pointer(str(status))}"
            )
            content = response.get("content") if isinstance(response, Mapping) else None
            responses[str(status).upper()] = (
                self._media_checks(content, pointer + "/content", RESPONSE) if content else None
            )
        return _Compiled(body_required, body_media, body_pointer, params, responses)

    def _media_checks(self, content: Any, pointer: str, direction: str) -> dict[str, SchemaCheck | None]:
        checks: dict[str, SchemaCheck | None] = {}
        if not isinstance(content, Mapping):
            return checks
        for media, media_object in content.items():
            has_schema = isinstance(media_object, Mapping) and "schema" in media_object
            media_pointer = f"{pointer}/{escape_pointer(str(media))}/schema"
            checks[str(media).lower()] = self._check_for(media_pointer, direction) if has_schema else None
        return checks

    def _check_for(self, pointer: str, direction: str) -> SchemaCheck:
        return compile_check({"$ref": f"{self._uri}#{pointer}"}, self._get_registry(direction))

    def _get_registry(self, direction: str = REQUEST) -> Any:
        """The document as ``direction`` (``REQUEST`` or ``RESPONSE``) reads ``required``."""
        if direction not in self._registries:
            # Deferred so that building a validator (and importing this module) stays cheap.
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012

            from iotclients_sandbox._discriminators import with_discriminators

            # Schemas are checked as OpenAPI reads them: a discriminator picks the union member,
            # and ``required`` is read for the direction the body travels in.
            contents = with_discriminators(direction_view(self.document, direction))
            resource = Resource.from_contents(contents, default_specification=DRAFT202012)
            self._registries[direction] = Registry().with_resource(self._uri, resource)
        return self._registries[direction]

    def _at(self, pointer: str) -> Mapping[str, Any]:
        node: Any = self.document
        for part in pointer.lstrip("/").split("/"):
            if not part:
                continue
            key = part.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node if isinstance(node, Mapping) else {}

    def _deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow local ``$ref``s of OpenAPI objects (request bodies, parameters, responses)."""
        for _ in range(32):
            if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
                return node, pointer
            ref = str(node["$ref"])
            if not ref.startswith("#"):
                raise ValueError(f"only local references are supported, got {ref!r} at {pointer}")
            pointer = ref[1:]
            node = self._at(pointer)
        raise ValueError(f"reference cycle at {pointer}")


def _first_key_wins(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    # Only bodies that repeat a key pay for the slower rebuild.
    result = {}
    for key, value in pairs:
        result.setdefault(key, value)
    return result


_shared: dict[tuple[str, bool], OpenAPIValidator] = {}


def shared_validator(spec: str | Path, *, first_duplicate_key_wins: bool = False) -> OpenAPIValidator:
    """The validator of ``spec`` (a file under ``specs/`` or a path), built once per process: its
    compiled schemas are reused by every sandbox app built on that spec."""
    from iotclients_sandbox.specs import load_spec

    key = (str(spec), first_duplicate_key_wins)
    validator = _shared.get(key)
    if validator is None:
        built = OpenAPIValidator(
            load_spec(spec), uri=f"urn:iotclients:{spec}", first_duplicate_key_wins=first_duplicate_key_wins
        )
        validator = _shared.setdefault(key, built)
    return validator
