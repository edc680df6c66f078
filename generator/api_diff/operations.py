"""OpenAPI operations: added, removed, renamed, deprecated; parameters, bodies, statuses and the
``x-iotclients-*`` behaviour (pagination, batching, idempotency) and security."""

from __future__ import annotations

from typing import Any

from ..specload import resolve_ref
from .changes import Impact
from .schemas import Emit, SchemaDiff, signature

_WHERE = "x-pointer"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in (document.get("paths") or {}).items():
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and "operationId" in operation:
                base = f"#/paths/{_escape(path)}"
                shared = _located(document, item.get("parameters"), f"{base}/parameters")
                own = _located(document, operation.get("parameters"), f"{base}/{method}/parameters")
                merged = {**operation, "parameters": shared + own}
                found[str(operation["operationId"])] = (path, method, merged)
    return found


def parameter_name(wire: str) -> str:
    """The keyword argument the parser makes of a parameter name."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(wire, "field_"))


def _located(document: dict[str, Any], params: Any, pointer: str) -> list[dict[str, Any]]:
    """Parameters with the pointer each is declared at (path-level ones are shared)."""
    return [{**resolve_ref(document, p), _WHERE: f"{pointer}/{i}"} for i, p in enumerate(params or [])]


class OperationDiff:
    def __init__(self, old: dict[str, Any], new: dict[str, Any], client: str, emit: Emit) -> None:
        self.old, self.new, self.client, self.emit = old, new, client, emit
        self.schemas = SchemaDiff(emit)

    def run(self) -> None:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        new_by_route = {(path, method): op_id for op_id, (path, method, _) in new_ops.items()}
        for op_id, (path, method, operation) in old_ops.items():
            pointer = f"#/paths/{_escape(path)}/{method}"
            python = f"{self.client}.{op_id}"
            touches = (f"@{op_id}", f"@_send_{op_id}")
            if op_id in new_ops:
                self._operation(op_id, operation, new_ops[op_id][2], pointer)
                continue
            moved_to = new_by_route.get((path, method))
            if moved_to and moved_to not in old_ops:
                detail = f"{method.upper()} {path}: {python} -> {self.client}.{moved_to}"
                self.emit(
                    "operation renamed", Impact.BREAKING_CALLERS, python, pointer, detail, touches=touches
                )
                self._operation(moved_to, operation, new_ops[moved_to][2], pointer)
            else:
                self.emit(
                    "operation removed",
                    Impact.BREAKING_CALLERS,
                    python,
                    pointer,
                    f"{method.upper()} {path}",
                    touches=touches,
                )
        renamed_targets = {new_by_route.get((p, m)) for i, (p, m, _) in old_ops.items() if i not in new_ops}
        for op_id, (path, method, _) in new_ops.items():
            if op_id not in old_ops and op_id not in renamed_targets:
                pointer = f"#/paths/{_escape(path)}/{method}"
                self.emit(
                    "operation added",
                    Impact.COMPATIBLE,
                    f"{self.client}.{op_id}",
                    pointer,
                    f"{method.upper()} {path}",
                )

    def _operation(self, op_id: str, old: dict[str, Any], new: dict[str, Any], pointer: str) -> None:
        python = f"{self.client}.{op_id}"
        if not old.get("deprecated") and new.get("deprecated"):
            self.emit("operation deprecated", Impact.COMPATIBLE, python, f"{pointer}/deprecated", "")
        self._parameters(python, old, new, pointer)
        self._body(python, old, new, pointer)
        self._responses(python, old, new, pointer)
        self._behaviour(python, old, new, pointer)

    def _parameters(self, python: str, old: dict[str, Any], new: dict[str, Any], pointer: str) -> None:
        before = {(p["in"], p["name"]): p for p in old["parameters"]}
        after = {(p["in"], p["name"]): p for p in new["parameters"]}
        for key, param in before.items():
            where = str(param[_WHERE])
            name = f"{python}({parameter_name(key[1])})"
            if key not in after:
                self.emit("parameter removed", Impact.BREAKING_CALLERS, name, where, f"{key[0]} {key[1]}")
                continue
            other = after[key]
            where = str(other[_WHERE])
            if not param.get("deprecated") and other.get("deprecated"):
                self.emit("parameter deprecated", Impact.COMPATIBLE, name, f"{where}/deprecated")
            if not param.get("required") and other.get("required"):
                self.emit(
                    "parameter now required", Impact.BREAKING_CALLERS, name, where, f"{key[0]} {key[1]}"
                )
            elif param.get("required") and not other.get("required"):
                self.emit("parameter now optional", Impact.COMPATIBLE, name, where, f"{key[0]} {key[1]}")
            self.schemas.schema(param.get("schema"), other.get("schema"), f"{where}/schema", name, "input")
        for key, param in after.items():
            if key not in before:
                where = str(param[_WHERE])
                name = f"{python}({parameter_name(key[1])})"
                required = bool(param.get("required"))
                impact = Impact.BREAKING_CALLERS if required else Impact.COMPATIBLE
                kind = "required parameter added" if required else "optional parameter added"
                self.emit(kind, impact, name, where, f"{key[0]} {key[1]}")

    def _body(self, python: str, old: dict[str, Any], new: dict[str, Any], pointer: str) -> None:
        before = resolve_ref(self.old, old.get("requestBody")) or {}
        after = resolve_ref(self.new, new.get("requestBody")) or {}
        where = f"{pointer}/requestBody"
        if bool(before) != bool(after):
            kind = "request body added" if after else "request body removed"
            self.emit(kind, Impact.BREAKING_CALLERS, python, where, "")
            return
        if not before:
            return
        if not before.get("required") and after.get("required"):
            self.emit("request body now required", Impact.BREAKING_CALLERS, python, where, "")
        old_media, new_media = before.get("content") or {}, after.get("content") or {}
        for media in old_media:
            if media not in new_media:
                self.emit(
                    "request media type removed", Impact.BREAKING_CALLERS, python, f"{where}/content", media
                )
        for media in new_media:
            if media not in old_media:
                self.emit("request media type added", Impact.COMPATIBLE, python, f"{where}/content", media)
            else:
                old_schema, new_schema = old_media[media].get("schema"), new_media[media].get("schema")
                self.schemas.schema(
                    old_schema,
                    new_schema,
                    f"{where}/content/{_escape(media)}/schema",
                    f"{python}(body)",
                    "input",
                )

    def _responses(self, python: str, old: dict[str, Any], new: dict[str, Any], pointer: str) -> None:
        before = {str(k): resolve_ref(self.old, v) for k, v in (old.get("responses") or {}).items()}
        after = {str(k): resolve_ref(self.new, v) for k, v in (new.get("responses") or {}).items()}
        for status, response in before.items():
            where = f"{pointer}/responses/{status}"
            success = status.startswith("2")
            if status not in after:
                impact = Impact.BREAKING_WIRE if success else Impact.COMPATIBLE
                self.emit("status removed", impact, python, where, status)
                continue
            old_content, new_content = response.get("content") or {}, after[status].get("content") or {}
            for media in old_content:
                if media not in new_content:
                    self.emit(
                        "response media type removed", Impact.BREAKING_WIRE, python, f"{where}/content", media
                    )
                    continue
                old_schema, new_schema = old_content[media].get("schema"), new_content[media].get("schema")
                if not success and signature(old_schema) != signature(new_schema):
                    detail = f"{signature(old_schema)} -> {signature(new_schema)}"
                    self.emit("error model changed", Impact.BREAKING_WIRE, python, f"{where}/content", detail)
                    continue
                self.schemas.schema(
                    old_schema,
                    new_schema,
                    f"{where}/content/{_escape(media)}/schema",
                    f"{python}() -> reply",
                    "output",
                )
            for media in new_content:
                if media not in old_content:
                    self.emit(
                        "response media type added", Impact.BREAKING_WIRE, python, f"{where}/content", media
                    )
        for status in after:
            if status not in before:
                self.emit(
                    "status added", Impact.BREAKING_WIRE, python, f"{pointer}/responses/{status}", status
                )

    def _behaviour(self, python: str, old: dict[str, Any], new: dict[str, Any], pointer: str) -> None:
        behaviour_changes(self.emit, python, pointer, old, new)
        before = old.get("security", self.old.get("security"))
        after = new.get("security", self.new.get("security"))
        if before != after:
            open_now = after in ([], [{}], None)
            impact = Impact.COMPATIBLE if open_now else Impact.BREAKING_WIRE
            self.emit("security changed", impact, python, f"{pointer}/security", f"{before!r} -> {after!r}")


def behaviour_changes(
    emit: Emit, python: str, pointer: str, old: dict[str, Any], new: dict[str, Any]
) -> None:
    """Pagination, batching and idempotency, as our ``x-iotclients-*`` extensions declare them."""
    key = "x-iotclients-pagination"
    if old.get(key) != new.get(key):
        emit(
            "pagination changed",
            Impact.BREAKING_CALLERS,
            python,
            f"{pointer}/{key}",
            f"{old.get(key)!r} -> {new.get(key)!r}",
        )
    key = "x-iotclients-batch"
    if old.get(key) != new.get(key):
        before = (old.get(key) or {}).get("max_items")
        after = (new.get(key) or {}).get("max_items")
        smaller = after is not None and (before is None or after < before)
        impact = Impact.BREAKING_CALLERS if smaller else Impact.COMPATIBLE
        emit("batching changed", impact, python, f"{pointer}/{key}", f"{old.get(key)!r} -> {new.get(key)!r}")
    key = "x-iotclients-idempotent"
    if bool(old.get(key)) != bool(new.get(key)):
        if new.get(key):
            emit(
                "now idempotent",
                Impact.COMPATIBLE,
                python,
                f"{pointer}/{key}",
                "retried on transient failures",
            )
        else:
            emit(
                "no longer idempotent", Impact.BREAKING_WIRE, python, f"{pointer}/{key}", "no longer retried"
            )
