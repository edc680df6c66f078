"""Find and load the API description files the sandboxes validate against.

An installed wheel carries the specs as package data (``iotclients_sandbox/specs``);
a source checkout keeps them in the repository's top-level ``specs/`` folder.
Package data wins so an installed sandbox never reads a stray checkout.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["SpecNotFoundError", "load_spec", "spec_path"]

_PACKAGE_SPECS = Path(__file__).resolve().parent / "specs"
_CHECKOUT_SPECS = Path(__file__).resolve().parents[2] / "specs"

_cache: dict[Path, Mapping[str, Any]] = {}
_cache_lock = threading.Lock()


class SpecNotFoundError(FileNotFoundError):
    """No spec file of that name ships with the package or sits in the checkout."""


def spec_path(name: str) -> Path:
    """Return the path of the spec file ``name`` (e.g. ``"oden.openapi.yaml"``)."""
    if Path(name).name != name:
        # Only bare file names: the lookup must never wander outside the spec folders.
        raise ValueError(f"spec name must be a bare file name, got {name!r}")
    for folder in (_PACKAGE_SPECS, _CHECKOUT_SPECS):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise SpecNotFoundError(f"spec {name!r} found neither in {_PACKAGE_SPECS} nor in {_CHECKOUT_SPECS}")


def load_spec(name_or_path: str | Path) -> Mapping[str, Any]:
    """Parse a spec (by bare name or by path) with the safe YAML loader; parsed once per process.

    The returned mapping is shared between callers and must be treated as read-only.
    """
    path = Path(name_or_path) if isinstance(name_or_path, Path) else spec_path(name_or_path)
    path = path.resolve()
    with _cache_lock:
        cached = _cache.get(path)
    if cached is not None:
        return cached
    document = _parse_yaml(path)
    with _cache_lock:
        return _cache.setdefault(path, document)


def _parse_yaml(path: Path) -> Mapping[str, Any]:
    # Imported here so that importing the package stays cheap for callers that never load a spec.
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    with path.open("rb") as stream:
        document = yaml.load(stream)
    if not isinstance(document, dict):
        raise ValueError(f"{path} does not hold a YAML mapping at its top level")
    return document
