"""The generated names each overlay module uses, read with ``ast`` (never imported).

A name counts as used when it appears as a bare name, an imported name or an attribute
(``self._send_search_lines``, ``models.Line``, ``line.timezone``). A field counts only in a
module that also names its model, so that ``.id`` on some other object is not mistaken for
``Line.id``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from ..vendors import ROOT, Vendor


@dataclass(frozen=True)
class Uses:
    path: str  # relative to the repository root
    names: frozenset[str]
    attributes: frozenset[str]

    def touches(self, target: str) -> bool:
        """``target`` is ``name`` (an operation, ``_send_<op>``, a class) or ``Model.attribute``."""
        owner, _, attribute = target.partition(".")
        if attribute:
            return (owner in self.names or owner in self.attributes) and attribute in self.attributes
        return owner in self.names or owner in self.attributes


def _uses(path: Path) -> Uses:
    names: set[str] = set()
    attributes: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            attributes.add(node.attr)
        elif isinstance(node, ast.alias):
            names.add(node.asname or node.name.rsplit(".", 1)[-1])
            names.add(node.name.rsplit(".", 1)[-1])
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)  # an override of a generated method uses its name too
    return Uses(str(path.relative_to(ROOT)), frozenset(names), frozenset(attributes))


def overlay_uses(vendor: Vendor, root: Path = ROOT / "overlays") -> list[Uses]:
    """Every module of the overlay package behind ``vendor``'s facade."""
    package = root.joinpath(*vendor.facade_module.split("."))
    if not package.is_dir():
        return []
    return [_uses(path) for path in sorted(package.rglob("*.py"))]
