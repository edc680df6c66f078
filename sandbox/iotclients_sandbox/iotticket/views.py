"""How stored records are written in response bodies (camelCase, only declared fields)."""

from __future__ import annotations

from typing import Any

from iotclients_sandbox.iotticket.records import (
    Asset,
    Attribute,
    CommandLog,
    Credential,
    Device,
    Event,
    MLItem,
    OnnxModel,
    Organization,
)
from iotclients_sandbox.iotticket.series import format_ms

__all__ = [
    "asset_view",
    "attribute_view",
    "command_view",
    "credential_view",
    "device_view",
    "event_view",
    "ml_model_detail",
    "ml_model_summary",
    "ml_service_detail",
    "onnx_detail",
    "organization_details",
    "organization_view",
]


def organization_view(org: Organization) -> dict[str, Any]:
    return {"id": org.id, "name": org.name, "description": org.description}


def organization_details(org: Organization, used: dict[str, int]) -> dict[str, Any]:
    stamp = format_ms(org.created)
    return {
        **organization_view(org),
        "enable": True,
        "contactPerson": org.contact_person,
        "accountManager": org.account_manager,
        "limits": dict(org.limits),
        "usedLimits": used,
        "createdBy": "sandbox",
        "modifiedBy": "sandbox",
        "created": stamp,
        "lastModified": stamp,
    }


def asset_view(asset: Asset, *, template: bool = False, event_type: str | None = None) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": asset.id,
        "name": asset.name,
        "parentId": asset.parent_id,
        "description": asset.description,
    }
    if template:
        view["templateId"] = asset.template_id
    if event_type is not None:
        view["activeEventType"] = event_type
    return view


def attribute_view(attribute: Attribute) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": attribute.id,
        "name": attribute.name,
        "identifierName": attribute.identifier_name,
        "assetId": attribute.asset_id,
        "type": attribute.type,
        "unit": attribute.unit,
    }
    if attribute.data_type is not None:
        view["dataType"] = attribute.data_type
    if attribute.device_id is not None:
        view["deviceId"] = attribute.device_id
    if attribute.type in ("Number", "String") and attribute.value is not None:
        view["value"] = attribute.value
    return view


def device_view(device: Device) -> dict[str, Any]:
    return {
        "id": device.id,
        "name": device.name,
        "description": device.description,
        "manufacturer": device.manufacturer,
        "type": device.type,
        "assetIds": list(device.asset_ids),
        "createdAt": format_ms(device.created_at),
    }


def event_view(event: Event, asset_name: str, *, history: bool) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": event.id,
        "assetId": event.asset_id,
        "assetName": asset_name,
        "eventId": event.event_id,
        "message": event.message,
        "groupName": event.group_name,
        "type": event.type,
        "severity": event.severity,
        "active": event.active,
        "startTime": format_ms(event.start_time),
        "acknowledged": event.acknowledged_at is not None,
        "acknowledgedAt": None if event.acknowledged_at is None else format_ms(event.acknowledged_at),
        "acknowledgedBy": event.acknowledged_by,
    }
    if history:
        view["endTime"] = None if event.end_time is None else format_ms(event.end_time)
    return view


def command_view(log: CommandLog, attribute: Attribute) -> dict[str, Any]:
    view: dict[str, Any] = {
        "attributeId": attribute.id,
        "attributeName": attribute.name,
        "identifierName": attribute.identifier_name,
        "assetId": attribute.asset_id,
        "timestamp": format_ms(log.timestamp),
        "status": log.status,
    }
    if log.payload is not None:
        view["payload"] = log.payload
    if log.desired_value is not None:
        view["desiredValue"] = log.desired_value
    return view


def credential_view(credential: Credential, org: Organization) -> dict[str, Any]:
    stamp = format_ms(credential.created_at)
    return {
        "id": credential.id,
        "name": credential.name,
        "description": credential.description,
        "grantType": credential.grant_type,
        "accessTokenUrl": credential.access_token_url,
        "scope": credential.scope,
        "clientId": credential.client_id,
        "organization": org.id,
        "subscription": org.subscription,
        "updatedBy": "sandbox",
        "createdBy": "sandbox",
        "updatedAt": stamp,
        "createdAt": stamp,
    }


def _audit(org: Organization, created: int, updated: int) -> dict[str, Any]:
    return {
        "organization": org.id,
        "subscription": org.subscription,
        "updatedBy": "sandbox",
        "createdBy": "sandbox",
        "updatedAt": format_ms(updated),
        "createdAt": format_ms(created),
    }


def ml_model_summary(model: MLItem, org: Organization) -> dict[str, Any]:
    return {
        "id": model.id,
        "name": model.fields["name"],
        "jobId": model.fields.get("jobId"),
        "organization": org.id,
        "subscription": org.subscription,
    }


def ml_model_detail(model: MLItem, org: Organization) -> dict[str, Any]:
    fields = model.fields
    return {
        "id": model.id,
        "name": fields["name"],
        "description": fields.get("description"),
        "helpText": fields.get("helpText"),
        "triggerUrl": fields["triggerUrl"],
        "method": fields["method"],
        "jobId": fields.get("jobId"),
        "clientId": fields.get("clientId"),
        "token": None,
        **_audit(org, model.created_at, model.updated_at),
        "inputs": list(fields.get("inputs", [])),
        "outputs": list(fields.get("outputs", [])),
        "headers": dict(fields.get("headers", {})),
        "inUse": model.in_use,
    }


_SERVICE_BASICS = ("name", "description", "helpText", "triggerUrl", "method")


def ml_service_detail(service: MLItem, org: Organization, *, basic: bool) -> dict[str, Any]:
    """The detail view; ``basic`` (the list view) fills only the basic fields, the rest null."""
    fields = service.fields
    view: dict[str, Any] = {"id": service.id, **{key: fields.get(key) for key in _SERVICE_BASICS}}
    view["organization"] = org.id
    view["subscription"] = org.subscription
    if basic:
        return view
    view.update(
        {
            "requestContainsTimestamps": fields.get("requestContainsTimestamps"),
            "responseContainsTimestamps": fields.get("responseContainsTimestamps"),
            "headers": dict(fields.get("headers", {})),
            "inputSchema": dict(fields.get("inputSchema", {})),
            "outputSchema": dict(fields.get("outputSchema", {})),
            **_audit(org, service.created_at, service.updated_at),
            "inUse": service.in_use,
        }
    )
    return view


def onnx_detail(model: OnnxModel, org: Organization) -> dict[str, Any]:
    return {
        "id": model.id,
        "name": model.name,
        "description": model.description,
        "helpText": model.help_text,
        "inputs": [{"name": "input", "dataType": "tensor(float)"}],
        "outputs": [{"name": "output", "dataType": "tensor(float)"}],
        **_audit(org, model.created_at, model.updated_at),
        "inUse": model.in_use,
    }
