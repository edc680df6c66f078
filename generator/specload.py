"""Reading specs: ruamel.yaml into plain dicts and lists, keeping where each node is in the file.

The YAML is read once in round-trip mode, whose nodes carry their line and column; the document
handed on is made of plain ``dict``/``list``/``str``/``int``/... (what the parser and the
templates expect), and the positions are kept beside it, keyed by JSON pointer, for diagnostics.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .diagnostics import escape


class SpecLoadError(ValueError):
    """The file is not a YAML mapping we can read; ``line``/``column`` are 1-based."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class DanglingRefError(ValueError):
    """A ``$ref`` names nothing in the document (or something we do not follow)."""

    def __init__(self, ref: object, reason: str) -> None:
        super().__init__(f"$ref {ref!r} {reason}")
        self.ref = ref
        self.reason = reason


@dataclass(frozen=True)
class LoadedSpec:
    document: dict[str, Any]
    positions: dict[str, tuple[int, int]]  # JSON pointer -> 1-based (line, column)


def _plain(node: Any, where: str, positions: dict[str, tuple[int, int]]) -> Any:
    """``node`` as plain Python data; records the position of every key and item under ``where``."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedMap):
        result: dict[Any, Any] = {}
        for key in node:
            path = f"{where}/{escape(key)}"
            line, column = node.lc.key(key)
            positions[path] = (line + 1, column + 1)
            plain_key = _plain(key, path, {})
            result[plain_key] = _plain(node[key], path, positions)
        return result
    if isinstance(node, CommentedSeq):
        items = []
        for index, item in enumerate(node):
            path = f"{where}/{index}"
            line, column = node.lc.item(index)
            positions[path] = (line + 1, column + 1)
            items.append(_plain(item, path, positions))
        return items
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, str):
        return str(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, datetime.datetime):
        return datetime.datetime.fromisoformat(node.isoformat())
    if isinstance(node, datetime.date):
        return datetime.date(node.year, node.month, node.day)
    return str(getattr(node, "value", node))  # a tagged scalar: its text


def _parse(text: str) -> tuple[Any, dict[str, tuple[int, int]]]:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        raw = YAML(typ="rt", pure=True).load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        raise SpecLoadError(f"not readable as YAML: {what}", line, column) from None
    except YAMLError as exc:
        raise SpecLoadError(f"not readable as YAML: {' '.join(str(exc).split())}") from None
    positions: dict[str, tuple[int, int]] = {"#": (1, 1)}
    return _plain(raw, "#", positions), positions


@cache
def _load(path: Path, mtime_ns: int) -> LoadedSpec:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecLoadError(f"cannot be read: {exc}") from None
    document, positions = _parse(text)
    if not isinstance(document, dict):
        raise SpecLoadError("a spec must be a mapping at the top level")
    return LoadedSpec(document, positions)


def load_spec_with_positions(path: Path) -> LoadedSpec:
    """The document (shared: copy before changing it) and where each of its nodes is."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise SpecLoadError(f"cannot be read: {exc}") from None
    return _load(path, mtime)


def load_spec(path: Path) -> dict[str, Any]:
    return load_spec_with_positions(path).document


def ref_target(document: dict[str, Any], ref: object) -> Any:
    """The node a local ``$ref`` (``#/components/...``) names, or ``DanglingRefError``."""
    if not isinstance(ref, str) or not ref.startswith("#/"):
        raise DanglingRefError(ref, "is not a local reference (#/...)")
    target: Any = document
    for part in ref[2:].split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        if isinstance(target, dict) and key in target:
            target = target[key]
        elif isinstance(target, list) and key.isdigit() and int(key) < len(target):
            target = target[int(key)]
        else:
            raise DanglingRefError(ref, "points to nothing in this document")
    return target


def resolve_ref(document: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` chains (``#/components/...``) to the node they name."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise DanglingRefError(ref, "is part of a cycle of references")
        seen.add(ref)
        node = ref_target(document, ref)
    return node
