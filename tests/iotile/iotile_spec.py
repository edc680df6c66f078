"""specs/iotile.openapi.yaml as test data: its operations, and JSON drawn from its schemas.

Values are drawn by small builders, one per JSON type; ``date-time`` strings are RFC 3339 with an
offset, as servers send them. Nothing here touches the network.
"""

from __future__ import annotations

import functools
import importlib
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from iotclients.testing import SchemaStrategies
from iotclients_sandbox.specs import load_spec

SPEC: dict[str, Any] = dict(load_spec("iotile.openapi.yaml"))
BASE_URL = "https://iotile.test"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

CONTRACT_SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def _deref(ref: str) -> Any:
    node: Any = SPEC
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def inline(schema: Any) -> Any:
    """``schema`` with every ``$ref`` replaced by its target (our spec has no recursion)."""
    if isinstance(schema, list):
        return [inline(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        return inline(_deref(schema["$ref"]))
    return {key: inline(value) for key, value in schema.items() if key not in ("description", "example")}


# The spec-driven builders users get in ``iotclients.testing``.
_STRATEGIES = SchemaStrategies(SPEC)


def json_from(schema: Any) -> st.SearchStrategy[Any]:
    """JSON values valid against a spec schema (``$ref``s into the components allowed)."""
    return _STRATEGIES.json_from(schema)


@functools.cache
def validator(schema_json: str) -> Draft202012Validator:
    import json

    return Draft202012Validator(json.loads(schema_json), format_checker=Draft202012Validator.FORMAT_CHECKER)


def assert_valid(instance: Any, schema: Any) -> None:
    import json

    plain = inline(schema)
    errors = list(validator(json.dumps(plain, sort_keys=True)).iter_errors(instance))
    assert not errors, f"{instance!r}: " + "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


class SpecOperation:
    """One operation: where it lives, its parameters, body and responses."""

    def __init__(self, path: str, method: str, definition: dict[str, Any], path_item: dict[str, Any]) -> None:
        self.path = path
        self.method = method.upper()
        self.definition = definition
        self.id: str = definition["operationId"]
        self.tag: str = definition["tags"][0]
        params = [_resolve(p) for p in definition.get("parameters", [])]
        names = {(p["name"], p["in"]) for p in params}
        params += [
            p
            for p in (_resolve(p) for p in path_item.get("parameters", []))
            if (p["name"], p["in"]) not in names
        ]
        self.params: list[dict[str, Any]] = params
        self.secured = definition.get("security", SPEC.get("security")) != []
        body = _resolve(definition.get("requestBody")) if definition.get("requestBody") else None
        self.body_media: str | None = next(iter(body["content"])) if body else None
        self.body_schema: Any = (
            body["content"][self.body_media]["schema"] if body and self.body_media else None
        )
        self.paginated = "x-iotclients-pagination" in definition

    @property
    def descriptor(self) -> Any:
        """The generated ``Operation`` (argument names and the body's argument)."""
        module = importlib.import_module(f"iotclients_generated.iotile.api.{self.tag}.{self.id}")
        return module.OPERATION

    def success(self) -> tuple[int, Any]:
        """The success status and its JSON schema (``None`` when the reply has no JSON body)."""
        status, content = self._success_content()
        return status, content["application/json"]["schema"] if "application/json" in content else None

    def text_media(self) -> list[str]:
        """The ``text/*`` media types the success reply may come as."""
        return [media for media in self._success_content()[1] if media.startswith("text/")]

    def _success_content(self) -> tuple[int, dict[str, Any]]:
        for status, response in sorted(self.definition["responses"].items()):
            if str(status).startswith("2"):
                return int(status), _resolve(response).get("content") or {}
        raise AssertionError(f"{self.id} has no success response")

    def errors(self) -> list[tuple[int, Any]]:
        found = []
        for status, response in sorted(self.definition["responses"].items()):
            if str(status)[0] in "45":
                found.append((int(status), _resolve(response)["content"]["application/json"]["schema"]))
        return found

    def __repr__(self) -> str:
        return self.id


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = _deref(node["$ref"])
    return node


OPERATIONS: list[SpecOperation] = [
    SpecOperation(path, method, item[method], item)
    for path, item in SPEC["paths"].items()
    for method in HTTP_METHODS
    if method in item
]
BY_ID = {op.id: op for op in OPERATIONS}
