"""The vendors we generate, and where their spec and output live (registry: ``specs/vendors.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
REGISTRY = SPECS / "vendors.yaml"
GENERATED = ROOT / "generated" / "iotclients_generated"
TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class Vendor:
    name: str
    spec: str  # a file name under specs/, or a path
    kind: str  # "openapi" | "openrpc"
    facade_module: str
    sync_base: str
    async_base: str
    house: bool = True  # written to our rules; False: a vendor's spec as published, rules inferred

    @property
    def spec_path(self) -> Path:
        return SPECS / self.spec

    @property
    def display_path(self) -> str:
        """The spec's path as a reader finds it from the project root."""
        path = self.spec_path.resolve()
        return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)

    def registry_entry(self) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "spec": self.spec,
            "kind": self.kind,
            "facade": self.facade_module,
            "sync_base": self.sync_base,
            "async_base": self.async_base,
        }
        if not self.house:
            entry["house"] = False
        return entry


def read_registry(path: Path = REGISTRY) -> dict[str, Vendor]:
    from ruamel.yaml import YAML

    entries: dict[str, Any] = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8")) or {}
    return {
        str(name): Vendor(
            name=str(name),
            spec=str(entry["spec"]),
            kind=str(entry["kind"]),
            facade_module=str(entry["facade"]),
            sync_base=str(entry["sync_base"]),
            async_base=str(entry["async_base"]),
            house=bool(entry.get("house", True)),
        )
        for name, entry in entries.items()
    }


VENDORS: dict[str, Vendor] = read_registry()
