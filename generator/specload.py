"""Reading specs: ruamel.yaml (safe) into plain dicts and lists."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML


@cache
def _load(path: Path, mtime_ns: int) -> Any:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def load_spec(path: Path) -> dict[str, Any]:
    document = _load(path, path.stat().st_mtime_ns)
    if not isinstance(document, dict):
        raise ValueError(f"{path}: a spec must be a mapping at the top level")
    return document


def resolve_ref(document: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` chains (``#/components/...``) to the node they name."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            raise ValueError(f"unsupported or cyclic $ref: {ref!r}")
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node
