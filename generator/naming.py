"""Python names for spec names, shared by the lint and the templates."""

from __future__ import annotations

import keyword


def snake(name: str) -> str:
    """``orgId`` -> ``org_id``, by the parser's own rule so names agree everywhere."""
    from openapi_python_client import strings

    return str(strings.snake_case(name))


def attribute_name(wire: str) -> str:
    """The Python attribute for a JSON key: the key itself when it is already snake_case.

    A PHP-style list field (``sn[]``, sent once per element) is named without its brackets.
    """
    wire = wire.removesuffix("[]")
    if wire.isidentifier() and wire == wire.lower() and not keyword.iskeyword(wire):
        return wire
    name = snake(wire)
    return name + "_" if keyword.iskeyword(name) else name


def attribute_names(wires: list[str]) -> dict[str, str]:
    """Wire name -> attribute for the properties of one schema.

    ``sn[]`` beside a plain ``sn`` becomes ``sn_list`` so that both stay reachable.
    """
    plain = {attribute_name(w) for w in wires if not w.endswith("[]")}
    names: dict[str, str] = {}
    for wire in wires:
        name = attribute_name(wire)
        if wire.endswith("[]") and name in plain:
            name += "_list"
        names[wire] = name
    return names
