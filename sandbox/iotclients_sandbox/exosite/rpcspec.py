"""Checking calls against the OpenRPC spec: arity, and every argument against its param schema.

The sandbox reads ``specs/exosite.openrpc.yaml`` itself (never the generated client), so a bug in
generated code cannot hide in the contract tests. Schemas are compiled once with the framework's
checks: valid arguments (the normal case) never reach ``jsonschema``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from iotclients_sandbox._schema_checks import SchemaCheck, compile_check

__all__ = ["MethodSpec", "RpcSpec"]

_BASE = "urn:iotclients:exosite.openrpc.yaml"


@dataclass(frozen=True)
class MethodSpec:
    name: str
    procedure: str
    params: tuple[str, ...]
    required: int
    """How many leading params must be given (the rest may be left out)."""
    checks: tuple[SchemaCheck, ...]


class RpcSpec:
    def __init__(self, document: Mapping[str, Any]) -> None:
        registry: Registry[Any] = Registry().with_resource(
            _BASE, Resource.from_contents(dict(document), default_specification=DRAFT202012)
        )
        self.document = document
        self.methods: dict[str, MethodSpec] = {}
        for index, method in enumerate(document["methods"]):
            params = method.get("params") or []
            required = sum(1 for p in params if p.get("required") or "default" in (p.get("schema") or {}))
            checks = tuple(
                compile_check({"$ref": f"{_BASE}#/methods/{index}/params/{i}/schema"}, registry)
                for i in range(len(params))
            )
            self.methods[method["name"]] = MethodSpec(
                method["name"],
                method.get("x-iotclients-procedure", method["name"]),
                tuple(p["name"] for p in params),
                required,
                checks,
            )
        self.procedures = frozenset(m.procedure for m in self.methods.values())

    def check(self, method: str, args: list[Any]) -> str | None:
        """``None`` when the arguments fit, else a message naming the first bad argument."""
        spec = self.methods[method]
        if not spec.required <= len(args) <= len(spec.params):
            return f"{method} takes {spec.required} to {len(spec.params)} arguments, got {len(args)}"
        for name, check, value in zip(spec.params, spec.checks, args, strict=False):
            issue = next(iter(check.issues(value, "arguments", prefix=name)), None)
            if issue is not None:
                return f"{issue.name}: {issue.message}"
        return None
