"""Response headers the spec declares, for the templates: their names and Python types.

They reach the caller through ``client.with_raw_response.<operation>(...)``, whose
``declared_headers`` is a ``TypedDict`` per operation (the spec's header names as keys), holding
the headers of the success responses converted to their types.
"""

from __future__ import annotations

from typing import Any

from .specload import resolve_ref

__all__ = ["declared_headers"]

_SCALARS = {"integer": "int", "number": "float", "boolean": "bool", "string": "str"}
_FORMATS = {"date-time": "datetime.datetime", "date": "datetime.date", "uuid": "uuid.UUID"}


def declared_headers(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    """Per success status, its headers as ``(name, type)``; over all of them, each header once
    with whether every success response promises it."""
    by_status: dict[int, list[dict[str, Any]]] = {}
    promised: dict[str, list[bool]] = {}
    types: dict[str, str] = {}
    successes = [
        (int(str(status)), resolve_ref(document, response))
        for status, response in (operation.get("responses") or {}).items()
        if str(status).isdigit() and 200 <= int(str(status)) < 300
    ]
    for status, response in successes:
        headers = sorted((response.get("headers") or {}).items())
        for name, declared in headers:
            header = resolve_ref(document, declared)
            annotation = _annotation(resolve_ref(document, header.get("schema") or {}))
            required = header.get("required") is True
            by_status.setdefault(status, []).append(
                {"name": name, "annotation": annotation, "required": required}
            )
            types.setdefault(name, annotation)
            promised.setdefault(name, []).append(required)
    names = sorted(types)
    return {
        "reply_headers": dict(sorted(by_status.items())),
        "headers": [
            {
                "name": name,
                "annotation": types[name],
                # Required only where every success response declares it required.
                "required": len(promised[name]) == len(successes) and all(promised[name]),
            }
            for name in names
        ],
        "header_modules": sorted({t.split(".")[0] for t in types.values() if "." in t}),
    }


def _annotation(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if kind == "array":
        return f"list[{_annotation(schema.get('items') or {})}]"
    if kind == "string" and schema.get("format") in _FORMATS:
        return _FORMATS[schema["format"]]
    return _SCALARS.get(str(kind), "str")
