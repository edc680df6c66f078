"""Which components travel to the server, which come back, and which do both."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..spec_walk import iter_refs
from .schemas import component_name


def _refs(node: Any) -> Iterator[str]:
    """The schema components ``node`` refers to."""
    for ref in iter_refs(node):
        if ref.startswith("#/components/schemas/"):
            yield component_name(ref)


def _closure(document: dict[str, Any], roots: Any) -> set[str]:
    schemas = (document.get("components") or {}).get("schemas") or {}
    seen: set[str] = set()
    todo = list(_refs(roots))
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]))
    return seen


def _inputs_outputs(document: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    inputs: list[Any] = []
    outputs: list[Any] = []
    components = document.get("components") or {}
    if "methods" in document:  # OpenRPC
        for method in document["methods"]:
            inputs.append(method.get("params"))
            outputs.append(method.get("result"))
            outputs.append(method.get("errors"))
        return inputs, outputs
    for item in (document.get("paths") or {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            inputs += [operation.get("parameters"), operation.get("requestBody"), item.get("parameters")]
            outputs.append(operation.get("responses"))
    # Shared request bodies and responses are reached through $refs to their own sections.
    inputs = [_expand(document, node, components) for node in inputs]
    outputs = [_expand(document, node, components) for node in outputs]
    return inputs, outputs


def _expand(document: dict[str, Any], node: Any, components: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if (
            isinstance(ref, str)
            and ref.startswith("#/components/")
            and not ref.startswith("#/components/schemas/")
        ):
            _, _, section, name = ref.split("/", 3)
            return _expand(document, (components.get(section) or {}).get(name), components)
        return {k: _expand(document, v, components) for k, v in node.items()}
    if isinstance(node, list):
        return [_expand(document, v, components) for v in node]
    return node


def directions(document: dict[str, Any]) -> dict[str, str]:
    """Component name -> ``input``, ``output`` or ``both`` (``both`` when unreached: be careful)."""
    inputs, outputs = _inputs_outputs(document)
    sent, received = _closure(document, inputs), _closure(document, outputs)
    schemas = (document.get("components") or {}).get("schemas") or {}
    result = {}
    for name in schemas:
        if name in sent and name not in received:
            result[name] = "input"
        elif name in received and name not in sent:
            result[name] = "output"
        else:
            result[name] = "both"
    return result
