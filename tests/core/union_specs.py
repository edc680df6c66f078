"""The union probe spec, and a copy of it extended with interval metadata shaped as Oden publishes it.

Oden's published spec types ``Interval.metadata`` as a ``oneOf`` of batch, run, state and custom
metadata told apart by a ``metadata_type`` discriminator; every branch is open
(``additionalProperties: true``), has only optional fields and a read-only single-value enum for
its ``metadata_type``; batch metadata refers back to an interval (recursion through the union).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

PROBE = Path(__file__).parents[1] / "generator" / "specs" / "unions.openapi.yaml"


def _metadata(tag: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": True,
        "properties": {"metadata_type": {"type": "string", "enum": [tag], "readOnly": True}, **properties},
    }


_REF = "#/components/schemas/"

ODEN_COMPONENTS: dict[str, Any] = {
    "Product": {"type": "object", "properties": {"name": {"type": "string"}}},
    "Target": {"type": "object", "properties": {"target_value": {"type": "number"}}},
    "StateReason": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}},
    "Interval": {
        "type": "object",
        "required": ["line", "type"],
        "properties": {
            "id": {"type": "string"},
            "line": {"type": "string"},
            "type": {"type": "string"},
            "metadata": {"$ref": _REF + "IntervalMetadata"},
        },
    },
    "BatchMetadata": _metadata("batch", {"run": {"$ref": _REF + "Interval"}}),
    "RunMetadata": _metadata(
        "run", {"product": {"$ref": _REF + "Product"}, "target": {"$ref": _REF + "Target"}}
    ),
    "StateMetadata": _metadata(
        "state", {"reason": {"$ref": _REF + "StateReason"}, "comment": {"type": "string"}}
    ),
    "CustomMetadata": _metadata("custom", {}),
    "IntervalMetadata": {
        "oneOf": [
            {"$ref": _REF + "BatchMetadata"},
            {"$ref": _REF + "RunMetadata"},
            {"$ref": _REF + "StateMetadata"},
            {"$ref": _REF + "CustomMetadata"},
        ],
        "discriminator": {
            "propertyName": "metadata_type",
            "mapping": {
                "batch": _REF + "BatchMetadata",
                "run": _REF + "RunMetadata",
                "state": _REF + "StateMetadata",
                "custom": _REF + "CustomMetadata",
            },
        },
    },
}

ODEN_PATHS: dict[str, Any] = {
    "/interval/set": {
        "post": {
            "operationId": "set_interval",
            "tags": ["intervals"],
            "x-iotclients-idempotent": False,
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": _REF + "Interval"},
                        "example": {"line": "L1", "type": "RUN", "metadata": {"product": {"name": "X"}}},
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "The intervals set.",
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"$ref": _REF + "Interval"}}
                        }
                    },
                }
            },
        }
    }
}


def oden_shaped_probe(directory: Path) -> Path:
    """A copy of the probe spec with Oden's interval metadata added, written into ``directory``."""
    document = yaml.safe_load(PROBE.read_text(encoding="utf-8"))
    document["components"]["schemas"].update(ODEN_COMPONENTS)
    document["paths"].update(ODEN_PATHS)
    path = directory / "unions_oden.openapi.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path
