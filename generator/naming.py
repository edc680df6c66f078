"""Python names for spec names, shared by the lint and the templates."""

from __future__ import annotations

import keyword


def snake(name: str) -> str:
    """``orgId`` -> ``org_id``, by the parser's own rule so names agree everywhere."""
    from openapi_python_client import strings

    return str(strings.snake_case(name))


def attribute_name(wire: str) -> str:
    """The Python attribute for a JSON key: the key itself when it is already snake_case."""
    if wire.isidentifier() and wire == wire.lower() and not keyword.iskeyword(wire):
        return wire
    name = snake(wire)
    return name + "_" if keyword.iskeyword(name) else name
