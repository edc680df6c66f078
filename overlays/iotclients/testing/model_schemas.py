"""Where a generated model's schema lives: the spec file and the JSON pointer its module names.

Every generated model module opens with a docstring naming its source, e.g.
``Factory (specs/oden.openapi.yaml: #/components/schemas/Factory).``; OpenRPC models share one
module whose docstring names the spec, and their schemas are the components of the same name.
"""

from __future__ import annotations

import enum
import re
import sys
from dataclasses import dataclass
from typing import Any, Final

__all__ = ["ModelSchema", "model_schema"]

_SOURCE: Final = re.compile(r"specs/(?P<file>[\w.-]+\.ya?ml)(?::\s*(?P<pointer>#/[^\s)]+))?")


@dataclass(frozen=True)
class ModelSchema:
    spec_file: str
    pointer: str


def model_schema(model: type[Any]) -> ModelSchema:
    """The spec file and pointer of ``model``'s schema; ``ValueError`` for anything else."""
    module = sys.modules.get(model.__module__)
    doc = (module.__doc__ or "") if module is not None else ""
    if not model.__module__.startswith("iotclients_generated.") or "an inline schema" in doc:
        raise ValueError(
            f"{model.__qualname__} is not a generated model with a named schema in a spec "
            "(models of inline schemas and hand-written classes have none)"
        )
    found = _SOURCE.search(doc)
    if found is None:
        raise ValueError(f"{model.__qualname__}: its module does not name the spec it comes from")
    pointer = found["pointer"] or f"#/components/schemas/{model.__name__}"
    return ModelSchema(found["file"], pointer)


def is_enum(model: type[Any]) -> bool:
    return isinstance(model, type) and issubclass(model, enum.Enum)
