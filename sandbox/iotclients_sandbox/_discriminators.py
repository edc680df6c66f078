"""OpenAPI discriminators, spelled in plain JSON Schema so that ``jsonschema`` and the compiled
pre-check (``_fast_schema``) both honour them.

JSON Schema treats ``discriminator`` as an annotation, so ``oneOf: [Cat, Dog]`` refuses a cat that
a dog's schema would also accept (an extra key is no reason to fail an open object), even though
``petType: cat`` says which one it is. OpenAPI's reading, which clients rely on, is: an object that
carries the discriminator property is checked against the member its value maps to (explicitly
in ``mapping``, or by component name), and an unmapped value is refused; an object without it is
checked as the plain ``oneOf``/``anyOf``.

The rewrite keeps that reading inside JSON Schema:

    anyOf:
      - {type: object, required: [petType], properties: {petType: {const: cat}}, $ref: Cat}
      - {type: object, required: [petType], properties: {petType: {const: dog}}, $ref: Dog}
      - {not: {type: object, required: [petType]}, oneOf: [Cat, Dog]}

The alternatives exclude one another, so ``anyOf`` and ``oneOf`` agree on them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jsonschema.exceptions import ValidationError

__all__ = ["MARK", "applicable_error", "with_discriminators"]

_COMPONENT_PREFIX = "#/components/schemas/"
MARK = "x-iotclients-discriminator"
"""Set on a rewritten union (ignored by validators): its property and the values it maps."""


def with_discriminators(document: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` in which every union with a discriminator is rewritten (see above)."""
    rewritten = _walk(document)
    assert isinstance(rewritten, dict)
    return rewritten


def _walk(node: Any) -> Any:
    if isinstance(node, list):
        return [_walk(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    copied = {key: _walk(value) for key, value in node.items()}
    discriminator = copied.get("discriminator")
    kind = "oneOf" if "oneOf" in copied else "anyOf" if "anyOf" in copied else None
    if kind is None or not isinstance(discriminator, Mapping) or not discriminator.get("propertyName"):
        return copied
    return _rewritten(copied, kind, str(discriminator["propertyName"]), discriminator.get("mapping") or {})


def _rewritten(schema: dict[str, Any], kind: str, prop: str, mapping: Mapping[str, Any]) -> dict[str, Any]:
    members = schema.pop(kind)
    # A mapping value is a reference or, as OpenAPI also allows, a bare component name.
    targets: dict[str, str] = {
        str(value): str(ref) if "#" in str(ref) else _COMPONENT_PREFIX + str(ref)
        for value, ref in mapping.items()
    }
    for member in members:
        ref = member.get("$ref") if isinstance(member, Mapping) else None
        if isinstance(ref, str) and ref not in targets.values() and ref.startswith(_COMPONENT_PREFIX):
            targets[ref[len(_COMPONENT_PREFIX) :]] = ref  # implicit: the component name is the value
    tagged = {"type": "object", "required": [prop]}
    alternatives: list[dict[str, Any]] = [
        {**tagged, "properties": {prop: {"const": value}}, "$ref": ref} for value, ref in targets.items()
    ]
    alternatives.append({"not": tagged, kind: members})
    schema["anyOf"] = alternatives
    schema[MARK] = {"propertyName": prop, "values": list(targets)}
    return schema


def applicable_error(error: ValidationError) -> ValidationError | None:
    """For a failed rewritten union, the failure of the alternative that applies to the value.

    An object naming a mapped member reports that member's failure; one naming no member reports
    the unknown value; anything else reports the plain union's failure. ``None`` for other errors.
    """
    mark = error.schema.get(MARK) if isinstance(error.schema, Mapping) else None
    if error.validator != "anyOf" or not isinstance(mark, Mapping):
        return None
    prop, values = str(mark["propertyName"]), [str(v) for v in mark["values"]]
    instance = error.instance
    if isinstance(instance, Mapping) and prop in instance:
        value = instance[prop]
        if not isinstance(value, str) or value not in values:
            return ValidationError(
                f"{value!r} is not one of {values!r}",
                validator="enum",
                validator_value=values,
                instance=value,
                path=[*error.absolute_path, prop],
                schema_path=[*error.absolute_schema_path, MARK],
            )
        index = values.index(value)
    else:
        index = len(values)  # the plain union
    own = [e for e in error.context if e.relative_schema_path and e.relative_schema_path[0] == index]
    return own[0] if len(own) == 1 else _best(own)


def _best(errors: list[ValidationError]) -> ValidationError | None:
    from jsonschema.exceptions import best_match

    return best_match(errors) if errors else None
