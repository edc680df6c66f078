"""Reading a parameter back from a request as its ``in``, ``style`` and ``explode`` say.

Arrays arrive as repeated keys or joined by the style's delimiter, objects as ``deepObject``
keys (``filter[color]=red``), as their own keys, or as ``k,v`` pairs; cookies in the ``Cookie``
header. The result has the parameter's shape (a list, a dict or a string) for the schema check.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

__all__ = ["MISSING", "read_parameter"]

MISSING: Final = object()
_DELIMITERS: Final = {"form": ",", "simple": ",", "pipeDelimited": "|", "spaceDelimited": " "}


def _kinds(schema: Mapping[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {str(kind)}


def _pairs(text: str, exploded: bool) -> dict[str, str]:
    """``k,v,k2,v2`` (or ``k=v,k2=v2`` when exploded) as a dict."""
    parts = text.split(",")
    if exploded:
        return dict(part.partition("=")[::2] for part in parts)
    return dict(zip(parts[::2], parts[1::2], strict=False))


def cookies_of(header: str | None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for part in (header or "").split(";"):
        name, sep, value = part.strip().partition("=")
        if sep:
            found.setdefault(name, []).append(value)
    return found


def read_parameter(
    parameter: Mapping[str, Any],
    schema: Mapping[str, Any],
    path_params: Mapping[str, str],
    query: Mapping[str, Sequence[str]],
    headers: Mapping[str, str],
) -> Any:
    """The parameter's value as sent (strings in its shape), or ``MISSING``.

    ``headers`` are keyed in lower case.
    """
    name = str(parameter.get("name", ""))
    where = str(parameter.get("in", "query"))
    default_style = "form" if where in ("query", "cookie") else "simple"
    style = str(parameter.get("style") or default_style)
    explode = bool(parameter.get("explode", style == "form"))
    kinds = _kinds(schema)
    if where == "query":
        return _from_query(name, style=style, explode=explode, kinds=kinds, schema=schema, query=query)
    if where == "cookie":
        values = cookies_of(headers.get("cookie")).get(name)
        if not values:
            return MISSING
        return _joined(values, kinds, explode) if len(values) == 1 else values
    text = path_params.get(name) if where == "path" else headers.get(name.lower())
    if text is None:
        return MISSING
    return _joined([text], kinds, explode)


def _joined(values: Sequence[str], kinds: set[str], explode: bool, delimiter: str = ",") -> Any:
    text = values[-1]
    if "array" in kinds:
        return text.split(delimiter) if text else []
    if "object" in kinds:
        return _pairs(text, explode)
    return text


def _from_query(
    name: str,
    *,
    style: str,
    explode: bool,
    kinds: set[str],
    schema: Mapping[str, Any],
    query: Mapping[str, Sequence[str]],
) -> Any:
    if "object" in kinds and style == "deepObject":
        prefix = name + "["
        found = {key[len(prefix) : -1]: values[-1] for key, values in query.items() if key.startswith(prefix)}
        return found or MISSING
    if "object" in kinds and explode:
        properties = schema.get("properties") or {}
        found = {key: query[key][-1] for key in properties if query.get(key)}
        return found or MISSING
    values = query.get(name)
    if not values:
        return MISSING
    if "array" in kinds and explode:
        return list(values)
    return _joined(values, kinds, explode, _DELIMITERS.get(style, ","))
