"""Shared builders for the One Platform tests: the spec, strategies drawn from it, a recording server.

The spec (specs/exosite.openrpc.yaml) is the truth: arguments are drawn from its param schemas and
sent envelopes are validated against it with jsonschema, independently of the generated code.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from ruamel.yaml import YAML

from iotclients.testing import SchemaStrategies

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = YAML(typ="safe").load((ROOT / "specs" / "exosite.openrpc.yaml").read_text("utf-8"))
COMPONENTS: dict[str, Any] = SPEC["components"]["schemas"]
METHODS: dict[str, dict[str, Any]] = {m["name"]: m for m in SPEC["methods"]}
STATUSES: dict[str, int] = SPEC["x-iotclients-envelope"]["statuses"]

CIK = "c1c2c3c4c5c6c7c8c9d0d1d2d3d4d5d6d7d8d9e0"
OTHER_CIK = "a9a8a7a6a5a4a3a2a1b0b1b2b3b4b5b6b7b8b9c0"
RID = "0123456789abcdef0123456789abcdef01234567"
BASE_URL = "https://m2.exosite.com"

PROPERTY_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


# The spec-driven builders users get in ``iotclients.testing`` (credentials drawn as real-looking CIKs).
_STRATEGIES = SchemaStrategies(SPEC)


def strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """JSON values valid under ``schema`` (the JSON Schema subset the spec uses)."""
    return _STRATEGIES.json_from(schema)


def value_args(method: str) -> list[dict[str, Any]]:
    """The params a caller passes (constants are filled in by the client)."""
    return [p for p in METHODS[method].get("params", []) if "const" not in p["schema"]]


def arguments(method: str) -> st.SearchStrategy[list[Any]]:
    """Values for every non-constant param, in spec order, drawn from the param schemas."""
    return st.tuples(*(strategy(p["schema"]) for p in value_args(method))).map(list)


def result(method: str) -> st.SearchStrategy[Any]:
    schema = METHODS[method]["result"]["schema"]
    if schema.get("type") == "null":
        return st.none()
    return strategy(schema)


def envelope_validator(method: str) -> Draft202012Validator:
    """Validates the ``arguments`` list of one call of ``method`` against the spec (tuple of params)."""
    params = METHODS[method].get("params", [])
    schema = {
        "type": "array",
        "prefixItems": [p["schema"] for p in params],
        "items": False,
        "components": SPEC["components"],
    }
    # The components ride along under the same pointer, so "#/components/schemas/X" resolves.
    return Draft202012Validator(schema)


def call_args(method: str, values: list[Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Positional and keyword arguments for the generated method, from values in spec order."""
    params = value_args(method)
    positional = [p for p in params if p.get("required") and "default" not in p["schema"]]
    keyword = [p for p in params if p not in positional]
    by_name = {p["name"]: v for p, v in zip(params, values, strict=True)}
    return tuple(by_name[p["name"]] for p in positional), {p["name"]: by_name[p["name"]] for p in keyword}


class Recorder:
    """A fake server: records every request and answers each call through ``answer(call)``.

    ``answer`` returns the reply entry (without the id). Entries go back shuffled, so matching by
    id (not by position) is what makes the client right.
    """

    def __init__(self, answer: Callable[[dict[str, Any]], dict[str, Any]], *, seed: int = 7) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []
        self.bodies: list[dict[str, Any]] = []
        self._random = random.Random(seed)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        body = json.loads(request.content)
        self.bodies.append(body)
        replies = [{"id": call["id"], **self.answer(call)} for call in body["calls"]]
        self._random.shuffle(replies)
        return httpx.Response(200, json=replies)

    @property
    def calls(self) -> list[dict[str, Any]]:
        return [call for body in self.bodies for call in body["calls"]]


def ok(result: Any = None) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def answer(_call: dict[str, Any]) -> dict[str, Any]:
        return {"status": "ok"} if result is None else {"status": "ok", "result": result}

    return answer
