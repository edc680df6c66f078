"""Credentials and the analytics registries: ML models, ML services and ONNX models.

Names are unique per organization across each registry (409). An item used by an asset cannot
be deleted, and its inputs and outputs (schemas for services) cannot change while in use (409).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from iotclients_sandbox.iotticket.call import Call
from iotclients_sandbox.iotticket.errors import BadRequest, Conflict, NotFound
from iotclients_sandbox.iotticket.records import MLItem, OnnxModel
from iotclients_sandbox.iotticket.state import OrgStore
from iotclients_sandbox.iotticket.views import (
    credential_view,
    ml_model_detail,
    ml_model_summary,
    ml_service_detail,
    onnx_detail,
)

__all__ = ["analytics_handlers", "register_onnx"]


def list_credentials(call: Call) -> list[dict[str, Any]]:
    store = call.org
    filters = {
        "id": call.query.get("id"),
        "name": call.query.get("name"),
        "client_id": call.query.get("clientId"),
        "scope": call.query.get("scope"),
    }
    return [
        credential_view(credential, store.organization)
        for credential in store.credentials.values()
        if all(wanted is None or getattr(credential, key) == wanted for key, wanted in filters.items())
    ]


def _items(store: OrgStore) -> list[dict[str, Any]]:
    items = [
        {"id": m.id, "name": m.fields["name"], "level": m.level, "type": "MLModel"}
        for m in store.ml_models.values()
    ]
    items += [
        {"id": s.id, "name": s.fields["name"], "level": s.level, "type": "MLService"}
        for s in store.ml_services.values()
    ]
    items += [
        {"id": o.id, "name": o.name, "level": o.level, "type": "OnnxModel"}
        for o in store.onnx_models.values()
    ]
    return items


def list_analytics_items(call: Call) -> list[dict[str, Any]]:
    return _items(call.org)


def count_analytics_items(call: Call) -> dict[str, int]:
    return {"count": len(_items(call.org))}


def _name_taken(store: OrgStore, name: str, registry: str, exclude: str | None = None) -> None:
    names = {
        "ml_models": {m.id: m.fields["name"] for m in store.ml_models.values()},
        "ml_services": {s.id: s.fields["name"] for s in store.ml_services.values()},
        "onnx_models": {o.id: o.name for o in store.onnx_models.values()},
    }[registry]
    if any(taken == name and item_id != exclude for item_id, taken in names.items()):
        raise Conflict(f"the name {name!r} is already registered")


def _check_auth_fields(body: Mapping[str, Any]) -> None:
    if "headers" not in body and not ("clientId" in body and "scope" in body):
        raise BadRequest("send clientId with scope, or headers")


def _found(registry: Mapping[str, Any], item_id: str, what: str) -> Any:
    item = registry.get(item_id)
    if item is None:
        raise NotFound(f"no {what} {item_id!r}")
    return item


@dataclass(frozen=True)
class _Registry:
    """What differs between the ML model and ML service registries."""

    attribute: str  # the OrgStore dict
    id_param: str
    prefix: str
    what: str
    locked: tuple[str, str]  # fields that cannot change while an asset uses the item


_MODELS = _Registry("ml_models", "modelId", "mlm", "ML model", ("inputs", "outputs"))
_SERVICES = _Registry("ml_services", "serviceId", "mls", "ML service", ("inputSchema", "outputSchema"))


def _create(call: Call, registry: _Registry) -> dict[str, str]:
    store = call.org
    body = dict(call.body)
    _check_auth_fields(body)
    _name_taken(store, body["name"], registry.attribute)
    now = call.state.now_ms()
    item = MLItem(call.state.new_id(registry.prefix), body, now, now)
    getattr(store, registry.attribute)[item.id] = item
    return {"id": item.id}


def _replace(call: Call, registry: _Registry) -> None:
    store = call.org
    item: MLItem = _found(getattr(store, registry.attribute), call.path[registry.id_param], registry.what)
    body = dict(call.body)
    if item.in_use and any(key in body for key in registry.locked):
        raise Conflict(
            f"{' and '.join(registry.locked)} cannot change while an asset uses the {registry.what}"
        )
    _name_taken(store, body["name"], registry.attribute, exclude=item.id)
    item.fields = {**item.fields, **body}
    item.updated_at = call.state.now_ms()


def _remove(call: Call, registry: _Registry) -> None:
    items = getattr(call.org, registry.attribute)
    item: MLItem = _found(items, call.path[registry.id_param], registry.what)
    if item.in_use:
        raise Conflict(f"{registry.what} {item.id!r} is used by an asset and cannot be deleted")
    del items[item.id]


def list_ml_models(call: Call) -> list[dict[str, Any]]:
    store = call.org
    return [ml_model_summary(model, store.organization) for model in store.ml_models.values()]


def read_ml_model(call: Call) -> dict[str, Any]:
    store = call.org
    return ml_model_detail(_found(store.ml_models, call.path["modelId"], "ML model"), store.organization)


def list_ml_services(call: Call) -> list[dict[str, Any]]:
    store = call.org
    return [ml_service_detail(s, store.organization, basic=True) for s in store.ml_services.values()]


def read_ml_service(call: Call) -> dict[str, Any]:
    store = call.org
    service = _found(store.ml_services, call.path["serviceId"], "ML service")
    return ml_service_detail(service, store.organization, basic=False)


def list_onnx_models(call: Call) -> list[dict[str, Any]]:
    return [item for item in _items(call.org) if item["type"] == "OnnxModel"]


def register_onnx(call: Call, fields: Mapping[str, str], file_name: str, size: int) -> dict[str, str]:
    """``create_onnx_model`` from a parsed multipart body (the HTTP layer parses the form)."""
    store = call.org
    name = fields.get("name", "")
    if not name or len(name) > 255:
        raise BadRequest("name: required, 1 to 255 characters")
    if not file_name.lower().endswith(".onnx"):
        raise BadRequest(f"file: {file_name!r} is not an .onnx file")
    if size == 0:
        raise BadRequest("file: the file is empty")
    _name_taken(store, name, "onnx_models")
    now = call.state.now_ms()
    model = OnnxModel(
        call.state.new_id("onnx"), name, fields.get("description"), fields.get("helpText"), size, now, now
    )
    store.onnx_models[model.id] = model
    return {"id": model.id}


def read_onnx_model(call: Call) -> dict[str, Any]:
    store = call.org
    return onnx_detail(_found(store.onnx_models, call.path["modelId"], "ONNX model"), store.organization)


def patch_onnx_model(call: Call) -> None:
    store = call.org
    model: OnnxModel = _found(store.onnx_models, call.path["modelId"], "ONNX model")
    body = call.body
    _name_taken(store, body["name"], "onnx_models", exclude=model.id)
    model.name = body["name"]
    model.description = body.get("description", model.description)
    model.help_text = body.get("helpText", model.help_text)
    model.updated_at = call.state.now_ms()


def remove_onnx_model(call: Call) -> None:
    store = call.org
    model: OnnxModel = _found(store.onnx_models, call.path["modelId"], "ONNX model")
    if model.in_use:
        raise Conflict(f"ONNX model {model.id!r} is used by an asset and cannot be deleted")
    del store.onnx_models[model.id]


def analytics_handlers() -> dict[str, Any]:
    return {
        "list_credentials": list_credentials,
        "list_analytics_items": list_analytics_items,
        "count_analytics_items": count_analytics_items,
        "list_ml_models": list_ml_models,
        "create_ml_model": lambda call: _create(call, _MODELS),
        "read_ml_model": read_ml_model,
        "replace_ml_model": lambda call: _replace(call, _MODELS),
        "remove_ml_model": lambda call: _remove(call, _MODELS),
        "list_ml_services": list_ml_services,
        "create_ml_service": lambda call: _create(call, _SERVICES),
        "read_ml_service": read_ml_service,
        "replace_ml_service": lambda call: _replace(call, _SERVICES),
        "remove_ml_service": lambda call: _remove(call, _SERVICES),
        "list_onnx_models": list_onnx_models,
        "read_onnx_model": read_onnx_model,
        "patch_onnx_model": patch_onnx_model,
        "remove_onnx_model": remove_onnx_model,
    }
