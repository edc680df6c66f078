"""Plans of the seed's ML model, ML service and ONNX model methods.

The seed takes dicts with snake_case keys (``help_text``, ``trigger_url``); the wire is camelCase.
Names are looked up on the client (list, then exactly one match).
"""

from __future__ import annotations

import os
import pathlib
from typing import TYPE_CHECKING, Any

from iotclients.core.errors import InvalidArgumentError

from ._runner import Plan, Step
from .checks import exactly_one, snake_to_camel
from .plans_catalog import one_by_name
from .resolve import Session

if TYPE_CHECKING:
    from iotclients_generated.iotticket.models import Count, MLModelDetail, MLServiceDetail, OnnxModelDetail


__all__ = [
    "delete_item",
    "items_count",
    "model_details",
    "onnx_details",
    "register",
    "register_onnx",
    "service_details",
    "update_item",
    "update_onnx",
]

# Per kind: the list, read, create, replace and remove operations and the body argument names.
_KIND = {
    "model": (
        "list_ml_models",
        "read_ml_model",
        "create_ml_model",
        "replace_ml_model",
        "remove_ml_model",
        "model_id",
        "ml_model_create",
        "ml_model_update",
    ),
    "service": (
        "list_ml_services",
        "read_ml_service",
        "create_ml_service",
        "replace_ml_service",
        "remove_ml_service",
        "service_id",
        "ml_service_create",
        "ml_service_update",
    ),
    "onnx": ("list_onnx_models", "read_onnx_model", "", "", "remove_onnx_model", "model_id", "", ""),
}


def _id_of(session: Session, kind: str, name: Any, item_id: Any, names: tuple[str, str]) -> Plan[str]:
    exactly_one(**{names[0]: name, names[1]: item_id})
    if item_id is not None:
        return str(item_id)
    listed = yield Step(_KIND[kind][0], org_id=session.organization_id)
    return str(one_by_name(list(listed), name, names[0], f"ML {kind}" if kind != "onnx" else "ONNX model").id)


_ARGUMENTS = {
    "model": ("model_name", "model_id"),
    "onnx": ("model_name", "model_id"),
    "service": ("service_name", "service_id"),
}
"""The seed's name and id arguments of each kind's details and delete methods."""


def _details(session: Session, kind: str, name: Any, item_id: Any) -> Plan[Any]:
    found = yield from _id_of(session, kind, name, item_id, _ARGUMENTS[kind])
    detail = yield Step(_KIND[kind][1], org_id=session.organization_id, **{_KIND[kind][5]: found})
    return detail


def model_details(session: Session, name: Any, item_id: Any) -> Plan[MLModelDetail]:
    detail: MLModelDetail = yield from _details(session, "model", name, item_id)
    return detail


def onnx_details(session: Session, name: Any, item_id: Any) -> Plan[OnnxModelDetail]:
    detail: OnnxModelDetail = yield from _details(session, "onnx", name, item_id)
    return detail


def service_details(session: Session, name: Any, item_id: Any) -> Plan[MLServiceDetail]:
    detail: MLServiceDetail = yield from _details(session, "service", name, item_id)
    return detail


def delete_item(session: Session, kind: str, name: Any, item_id: Any) -> Plan[bool]:
    found = yield from _id_of(session, kind, name, item_id, _ARGUMENTS[kind])
    yield Step(_KIND[kind][4], org_id=session.organization_id, **{_KIND[kind][5]: found})
    return True


def items_count(session: Session) -> Plan[int]:
    counted: Count = yield Step("count_analytics_items", org_id=session.organization_id)
    return int(counted.count)


def register(session: Session, kind: str, spec: Any, argument: str) -> Plan[str]:
    body = snake_to_camel(spec, argument)
    if "headers" not in body and not ("clientId" in body and "scope" in body):
        raise InvalidArgumentError(argument, "must hold client_id with scope, or headers")
    created = yield Step(_KIND[kind][2], org_id=session.organization_id, **{_KIND[kind][6]: body})
    return str(created.id)


def update_item(
    session: Session, kind: str, spec: Any, argument: str, *, name: Any = None, item_id: Any = None
) -> Plan[bool]:
    body = snake_to_camel(spec, argument)
    body.pop("id", None)
    if kind == "model":  # the seed's update_model takes the model alone: its id, or its unique name
        item_id = spec.get("id") if isinstance(spec, dict) else None
        name = None if item_id is not None else body.get("name")
        if name is None and item_id is None:
            raise InvalidArgumentError(argument, "must hold 'id' or the model's 'name'")
        names = ("model['name']", "model['id']")
    else:
        names = ("service_name", "service_id")
    found = yield from _id_of(session, kind, name, item_id, names)
    yield Step(
        _KIND[kind][3], org_id=session.organization_id, **{_KIND[kind][5]: found, _KIND[kind][7]: body}
    )
    return True


def register_onnx(
    session: Session, name: Any, file_location: Any, description: Any, help_text: Any
) -> Plan[str]:
    if not isinstance(name, str) or not name or len(name) > 255:
        raise InvalidArgumentError("name", "must be a non-empty string of at most 255 characters")
    if not isinstance(file_location, str | os.PathLike) or not str(file_location):
        raise InvalidArgumentError("file_location", "must be the path of an .onnx file")
    path = pathlib.Path(file_location)
    try:
        found = path.is_file()
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte
        found = False
    if not found:
        raise FileNotFoundError(f"file_location: no file at {str(path)[:200]!r}")
    if path.suffix.lower() != ".onnx":
        raise InvalidArgumentError("file_location", f"must be an .onnx file, got {path.name!r}")
    upload: dict[str, Any] = {"name": name, "file": path}
    if description is not None:
        upload["description"] = str(description)
    if help_text is not None:
        upload["helpText"] = str(help_text)
    created = yield Step("create_onnx_model", org_id=session.organization_id, onnx_model_upload=upload)
    return str(created.id)


def update_onnx(session: Session, payload: Any, model_id: Any) -> Plan[bool]:
    body = snake_to_camel(payload, "payload")
    if not isinstance(body.get("name"), str) or not body["name"]:
        raise InvalidArgumentError("payload", "must hold a non-empty 'name'")
    unknown = sorted(set(body) - {"name", "description", "helpText"})
    if unknown:
        raise InvalidArgumentError(
            "payload", f"unknown keys {unknown}; allowed: name, description, help_text"
        )
    body = {key: str(value) for key, value in body.items()}
    found = model_id
    if found is None:
        found = yield from _id_of(session, "onnx", body["name"], None, ("payload['name']", "model_id"))
    yield Step("patch_onnx_model", org_id=session.organization_id, model_id=found, onnx_model_patch=body)
    return True
