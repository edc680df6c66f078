"""Compare two versions of one vendor's spec, and tie breaking changes to the overlays they break."""

from __future__ import annotations

from typing import Any

from ..vendors import Vendor
from .changes import Change, Impact
from .methods import MethodDiff
from .models import compare_models
from .operations import OperationDiff
from .overlay_uses import Uses
from .schemas import Emit


def client_name(vendor: Vendor) -> str:
    """The facade class users call, e.g. ``OdenClient`` for ``GeneratedOdenClient``."""
    return vendor.sync_base.removeprefix("Generated")


def compare_vendor(
    vendor: Vendor, old: dict[str, Any] | None, new: dict[str, Any] | None, overlays: list[Uses] | None = None
) -> list[Change]:
    changes: list[Change] = []
    overlays = overlays or []

    def emit(
        kind: str,
        impact: Impact,
        python: str,
        pointer: str,
        detail: str = "",
        *,
        touches: tuple[str, ...] = (),
    ) -> None:
        broken: tuple[str, ...] = ()
        if impact is Impact.BREAKING_CALLERS and touches:
            broken = tuple(u.path for u in overlays if any(u.touches(t) for t in touches))
        changes.append(Change(vendor.name, kind, impact, python, pointer, detail, broken))

    before, after = old or {}, new or {}
    kind = "openrpc" if "openrpc" in after or "openrpc" in before else "openapi"
    differ = MethodDiff if kind == "openrpc" else OperationDiff
    differ(before, after, client_name(vendor), emit).run()
    compare_models(before, after, kind, emit)
    _security_schemes(before, after, client_name(vendor), emit)
    return changes


def _security_schemes(old: dict[str, Any], new: dict[str, Any], client: str, emit: Emit) -> None:
    """A scheme that changes how credentials are sent changes every call that uses it."""
    before = (old.get("components") or {}).get("securitySchemes") or {}
    after = (new.get("components") or {}).get("securitySchemes") or {}
    for name in sorted(set(before) | set(after)):
        pointer = f"#/components/securitySchemes/{name}"
        if name not in after:
            emit("security scheme removed", Impact.BREAKING_WIRE, client, pointer, name)
        elif name not in before:
            emit("security scheme added", Impact.COMPATIBLE, client, pointer, name)
        elif _wire_part(before[name]) != _wire_part(after[name]):
            emit("security scheme changed", Impact.BREAKING_WIRE, client, pointer, name)


def _wire_part(scheme: Any) -> Any:
    """A scheme without its prose: rewording a description changes nothing on the wire."""
    if not isinstance(scheme, dict):
        return scheme
    return {k: v for k, v in scheme.items() if k not in {"description", "summary"}}
