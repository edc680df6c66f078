"""Parameters keep their schema's facts through generation: typed annotations, a schema for the
runtime to convert and check values by, and a clear refusal of styles the runtime cannot send."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest

from generator.parameters import ParameterError, annotation, parameter_facts
from generator.vendors import VENDORS

OPENAPI_VENDORS = sorted(name for name, vendor in VENDORS.items() if vendor.kind == "openapi")


def _operations(vendor: str) -> list[Any]:
    api = importlib.import_module(f"iotclients_generated.{vendor}.api")
    found = []
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        op = getattr(importlib.import_module(info.name), "OPERATION", None)
        if op is not None:
            found.append(op)
    return found


def _expected_word(schema: dict[str, Any]) -> str | None:
    """A word the annotation must contain for the schema's type, where the type says one."""
    if "enum" in schema:
        return None  # an enum class of its own name
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "string" and fmt in ("uuid", "date-time", "date"):
        return {"uuid": "UUID", "date-time": "datetime.datetime", "date": "datetime.date"}[fmt]
    return {"integer": "int", "number": "float", "boolean": "bool", "array": "list["}.get(str(kind))


@pytest.mark.parametrize("vendor", OPENAPI_VENDORS)
def test_every_parameter_is_annotated_with_its_schema_type(vendor: str) -> None:
    client = importlib.import_module(f"iotclients_generated.{vendor}.client")
    sync_base = getattr(client, VENDORS[vendor].sync_base)
    seen = 0
    for op in _operations(vendor):
        method = getattr(sync_base, op.name, None) or getattr(sync_base, f"_send_{op.name}")
        signature = inspect.signature(method)
        for param in op.params:
            assert param.schema is not None, f"{op.name}.{param.argument} carries no schema"
            declared = str(signature.parameters[param.argument].annotation)
            assert declared != "Any"
            word = _expected_word(dict(param.schema))
            if word is not None:
                assert word in declared, f"{op.name}.{param.argument}: {declared} for {param.schema}"
            seen += 1
    assert seen > 0


def _document(style: str, location: str = "path") -> dict[str, Any]:
    return {
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "get_thing",
                    "parameters": [
                        {
                            "name": "id",
                            "in": location,
                            "required": True,
                            "style": style,
                            "schema": {"type": "array"},
                        }
                    ],
                }
            }
        }
    }


class _Prop:
    def __init__(self, name: str) -> None:
        self.name = name
        self.python_name = name

    def get_type_string(self, no_optional: bool = False) -> str:
        return "str"


class _Endpoint:
    def __init__(self, location: str) -> None:
        for where in ("path", "query", "header", "cookie"):
            setattr(self, f"{where}_parameters", [_Prop("id")] if where == location else [])


@pytest.mark.parametrize(
    ("style", "location"), [("matrix", "path"), ("label", "path"), ("deepObject", "header")]
)
def test_styles_the_runtime_cannot_send_are_refused_by_name(style: str, location: str) -> None:
    document = _document(style, location)
    operation = document["paths"]["/things/{id}"]["get"]
    with pytest.raises(ParameterError, match=rf"get_thing: parameter 'id' \({location}\): style '{style}'"):
        parameter_facts(document, "/things/{id}", operation, _Endpoint(location), set())


def test_annotations_follow_formats_enums_and_items() -> None:
    document: dict[str, Any] = {"components": {"schemas": {"Order": {"type": "string", "enum": ["a", "b"]}}}}
    cases = {
        "UUID": {"type": "string", "format": "uuid"},
        "datetime.datetime": {"type": ["string", "null"], "format": "date-time"},  # None: not sent
        "list[datetime.date]": {"type": "array", "items": {"type": "string", "format": "date"}},
        "Literal['x', 'y']": {"type": "string", "enum": ["x", "y"]},
        "Order": {"$ref": "#/components/schemas/Order"},
        "int": {"type": "integer", "minimum": 1},
        "Mapping[str, Any]": {"type": "object", "properties": {"a": {"type": "string"}}},
    }
    for expected, schema in cases.items():
        assert annotation(document, schema, {"Order"}) == expected
