"""Organizations, the asset tree, templates, attributes and devices."""

from __future__ import annotations

from typing import Any

from iotclients_sandbox.iotticket.call import Call
from iotclients_sandbox.iotticket.errors import BadRequest, Forbidden, NotFound
from iotclients_sandbox.iotticket.state import OrgStore
from iotclients_sandbox.iotticket.views import (
    asset_view,
    attribute_view,
    device_view,
    organization_details,
    organization_view,
)

__all__ = ["active_event_type", "get_organizations", "read_organization", "tree_handlers"]

_SEVERITY_OF_TYPE = {"Alarm": 3, "Warning": 2, "Notification": 1}


def get_organizations(call: Call) -> list[dict[str, Any]]:
    orgs = call.state.orgs
    return [organization_view(orgs[org_id].organization) for org_id in sorted(call.client.organizations)]


def read_organization(call: Call) -> dict[str, Any]:
    store = call.org
    if not call.client.subscription_owner:
        raise Forbidden("organization details are available to subscription owners only")
    used = {
        "assets": len(store.assets),
        "devices": len(store.devices),
        "analyticsItems": len(store.ml_models) + len(store.ml_services) + len(store.onnx_models),
    }
    return organization_details(store.organization, used)


def active_event_type(store: OrgStore, asset_id: str) -> str | None:
    """The most serious type among the asset's active events."""
    types = [e.type for e in store.events.values() if e.asset_id == asset_id and e.active]
    return max(types, key=lambda t: _SEVERITY_OF_TYPE[t]) if types else None


def list_assets(call: Call) -> list[dict[str, Any]]:
    store = call.org
    parent = call.query.get("parentId")
    root = call.flag("root")
    if parent is not None and root:
        raise BadRequest("parentId and root=true cannot be combined")
    if parent is not None:
        store.asset(parent)
    name = call.query.get("name")
    templates = call.flag("includeTemplates")
    event_types = call.flag("includeEventTypes")
    found: list[dict[str, Any]] = []
    # Parents come before children: a breadth-first walk from the roots.
    order = [asset.id for asset in store.children_of(None)]
    for asset_id in order:
        order.extend(child.id for child in store.children_of(asset_id))
    for asset_id in order:
        asset = store.assets[asset_id]
        if root and asset.parent_id is not None:
            continue
        if parent is not None and asset.parent_id != parent:
            continue
        if name is not None and asset.name != name:
            continue
        kind = active_event_type(store, asset.id) if event_types else None
        found.append(asset_view(asset, template=templates, event_type=kind))
    return found[: call.limit()]


def read_asset(call: Call) -> dict[str, Any]:
    return asset_view(call.org.asset(call.path["assetId"]))


def list_asset_children(call: Call) -> list[dict[str, Any]]:
    store = call.org
    asset = store.asset(call.path["assetId"])
    return [asset_view(child) for child in store.children_of(asset.id)]


def list_asset_attributes(call: Call) -> list[dict[str, Any]]:
    store = call.org
    asset = store.asset(call.path["assetId"])
    wanted = call.query.get("type")
    return [
        attribute_view(attribute)
        for attribute in store.attributes_of(asset.id)
        if wanted is None or attribute.type == wanted
    ]


def list_asset_templates(call: Call) -> list[dict[str, Any]]:
    name = call.query.get("name")
    return [
        {"id": template.id, "name": template.name}
        for template in call.org.templates.values()
        if name is None or template.name == name
    ]


def read_asset_template(call: Call) -> dict[str, Any]:
    template = call.org.templates.get(call.path["templateId"])
    if template is None:
        raise NotFound(f"no asset template {call.path['templateId']!r}")
    return {"id": template.id, "name": template.name, "attributes": [dict(a) for a in template.attributes]}


def list_devices(call: Call) -> list[dict[str, Any]]:
    store = call.org
    asset_id = call.query.get("assetId")
    if asset_id is not None:
        store.asset(asset_id)
    return [
        device_view(device)
        for device in store.devices.values()
        if asset_id is None or asset_id in device.asset_ids
    ]


def read_device(call: Call) -> dict[str, Any]:
    return device_view(call.org.device(call.path["deviceId"]))


def tree_handlers() -> dict[str, Any]:
    return {
        "get_organizations": get_organizations,
        "read_organization": read_organization,
        "list_assets": list_assets,
        "read_asset": read_asset,
        "list_asset_children": list_asset_children,
        "list_asset_attributes": list_asset_attributes,
        "list_asset_templates": list_asset_templates,
        "read_asset_template": read_asset_template,
        "list_devices": list_devices,
        "read_device": read_device,
    }
