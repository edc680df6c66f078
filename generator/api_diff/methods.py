"""OpenRPC procedures: added, removed, renamed, deprecated; params, results and errors."""

from __future__ import annotations

from typing import Any

from ..specload import resolve_ref
from .changes import Impact
from .operations import behaviour_changes
from .schemas import Emit, SchemaDiff


def _methods(document: dict[str, Any]) -> dict[str, tuple[int, dict[str, Any]]]:
    return {str(m["name"]): (i, m) for i, m in enumerate(document.get("methods") or [])}


def _procedure(method: dict[str, Any]) -> str:
    return str(method.get("x-iotclients-procedure", method["name"]))


class MethodDiff:
    def __init__(self, old: dict[str, Any], new: dict[str, Any], client: str, emit: Emit) -> None:
        self.old, self.new, self.client, self.emit = old, new, client, emit
        self.schemas = SchemaDiff(emit)

    def run(self) -> None:
        self._envelope()
        old_methods, new_methods = _methods(self.old), _methods(self.new)
        new_by_procedure = {_procedure(m): name for name, (_, m) in new_methods.items()}
        renamed_to: set[str] = set()
        for name, (index, method) in old_methods.items():
            pointer = f"#/methods/{index}"
            python = f"{self.client}.{name}"
            touches = (f"@{name}", f"@_send_{name}")
            if name in new_methods:
                self._method(name, method, new_methods[name][1], f"#/methods/{new_methods[name][0]}")
                continue
            target = new_by_procedure.get(_procedure(method))
            if target and target not in old_methods:
                renamed_to.add(target)
                detail = f"procedure {_procedure(method)!r}: {python} -> {self.client}.{target}"
                self.emit(
                    "procedure renamed", Impact.BREAKING_CALLERS, python, pointer, detail, touches=touches
                )
                self._method(target, method, new_methods[target][1], f"#/methods/{new_methods[target][0]}")
            else:
                detail = f"procedure {_procedure(method)!r}"
                self.emit(
                    "procedure removed", Impact.BREAKING_CALLERS, python, pointer, detail, touches=touches
                )
        for name, (index, method) in new_methods.items():
            if name not in old_methods and name not in renamed_to:
                detail = f"procedure {_procedure(method)!r}"
                self.emit(
                    "procedure added",
                    Impact.COMPATIBLE,
                    f"{self.client}.{name}",
                    f"#/methods/{index}",
                    detail,
                )

    def _envelope(self) -> None:
        """The request envelope: batching limits, statuses, auth and paths apply to every call."""
        key = "x-iotclients-envelope"
        before, after = self.old.get(key) or {}, self.new.get(key) or {}
        for field in sorted(set(before) | set(after)):
            if before.get(field) == after.get(field):
                continue
            kind = "batching changed" if field.startswith("max_") else f"envelope {field} changed"
            detail = f"{before.get(field)!r} -> {after.get(field)!r}"
            self.emit(kind, Impact.BREAKING_WIRE, self.client, f"#/{key}/{field}", detail)

    def _method(self, name: str, old: dict[str, Any], new: dict[str, Any], pointer: str) -> None:
        python = f"{self.client}.{name}"
        if not old.get("deprecated") and new.get("deprecated"):
            self.emit("procedure deprecated", Impact.COMPATIBLE, python, f"{pointer}/deprecated", "")
        self._params(python, old, new, pointer)
        old_result = (old.get("result") or {}).get("schema")
        new_result = (new.get("result") or {}).get("schema")
        self.schemas.schema(
            old_result, new_result, f"{pointer}/result/schema", f"{python}() -> result", "output"
        )
        before = {str(resolve_ref(self.old, e).get("message")) for e in old.get("errors") or []}
        after = {str(resolve_ref(self.new, e).get("message")) for e in new.get("errors") or []}
        for status in sorted(after - before):
            self.emit("error added", Impact.BREAKING_WIRE, python, f"{pointer}/errors", status)
        for status in sorted(before - after):
            self.emit("error removed", Impact.COMPATIBLE, python, f"{pointer}/errors", status)
        behaviour_changes(self.emit, python, pointer, old, new)

    def _params(self, python: str, old: dict[str, Any], new: dict[str, Any], pointer: str) -> None:
        before = {str(p["name"]): p for p in old.get("params") or []}
        after = {str(p["name"]): (i, p) for i, p in enumerate(new.get("params") or [])}
        for name, param in before.items():
            call = f"{python}({name})"
            if name not in after:
                self.emit("param removed", Impact.BREAKING_CALLERS, call, f"{pointer}/params", name)
                continue
            index, other = after[name]
            where = f"{pointer}/params/{index}"
            if not param.get("required") and other.get("required"):
                self.emit("param now required", Impact.BREAKING_CALLERS, call, where, name)
            elif param.get("required") and not other.get("required"):
                self.emit("param now optional", Impact.COMPATIBLE, call, where, name)
            self.schemas.schema(param.get("schema"), other.get("schema"), f"{where}/schema", call, "input")
        for name, (index, param) in after.items():
            if name not in before:
                required = bool(param.get("required")) and "default" not in (param.get("schema") or {})
                impact = Impact.BREAKING_CALLERS if required else Impact.COMPATIBLE
                kind = "required param added" if required else "optional param added"
                self.emit(kind, impact, f"{python}({name})", f"{pointer}/params/{index}", name)
