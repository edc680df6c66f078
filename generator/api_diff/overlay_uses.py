"""The generated names each overlay module uses, read with ``ast`` (never imported).

A class counts as used when it appears as a bare name, an imported name or an attribute
(``models.Line``). A field (``line.timezone``) counts only in a module that also names its model,
so that ``.id`` on some other object is not mistaken for ``Line.id``. An operation (``@name``)
counts when the facade calls it on itself (``self.recordbatch``, ``super().read``), overrides it
(``def read``) or names it in a string (plans that yield ``Step("list_assets", ...)``), so a
file object's ``.read()`` is not mistaken for the ``read`` procedure.
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
    methods: frozenset[str]  # called on self/super() or defined here

    def touches(self, target: str) -> bool:
        """``target`` is ``name`` (an operation, ``_send_<op>``, a class) or ``Model.attribute``."""
        if target.startswith("@"):
            return target[1:] in self.methods
        owner, _, attribute = target.partition(".")
        if attribute:
            return (owner in self.names or owner in self.attributes) and attribute in self.attributes
        return owner in self.names or owner in self.attributes


def _uses(path: Path) -> Uses:
    names: set[str] = set()
    attributes: set[str] = set()
    methods: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isidentifier():
            methods.add(node.value)
        elif isinstance(node, ast.Attribute):
            attributes.add(node.attr)
            if _on_self(node.value):
                methods.add(node.attr)
        elif isinstance(node, ast.alias):
            names.add(node.asname or node.name.rsplit(".", 1)[-1])
            names.add(node.name.rsplit(".", 1)[-1])
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
            methods.add(node.name)  # an override of a generated method uses its name too
    return Uses(str(path.relative_to(ROOT)), frozenset(names), frozenset(attributes), frozenset(methods))


def _on_self(value: ast.expr) -> bool:
    if isinstance(value, ast.Name):
        return value.id in {"self", "cls"}
    return isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "super"


def overlay_uses(vendor: Vendor, root: Path = ROOT / "overlays") -> list[Uses]:
    """Every module of the overlay package behind ``vendor``'s facade."""
    package = root.joinpath(*vendor.facade_module.split("."))
    if not package.is_dir():
        return []
    return [_uses(path) for path in sorted(package.rglob("*.py"))]
