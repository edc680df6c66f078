"""Active and historical asset events, command logs, commands and control commands."""

from __future__ import annotations

from typing import Any

from iotclients_sandbox.iotticket.call import Call
from iotclients_sandbox.iotticket.errors import BadRequest
from iotclients_sandbox.iotticket.records import Attribute, CommandLog, Event
from iotclients_sandbox.iotticket.state import OrgStore
from iotclients_sandbox.iotticket.views import command_view, event_view

__all__ = ["activity_handlers"]


def _events(call: Call, *, active_only: bool) -> list[Event]:
    store = call.org
    asset_ids = call.ids("assetIds")
    if asset_ids is not None:
        for asset_id in asset_ids:
            store.asset(asset_id)
    wanted_type = call.query.get("type")
    start, end = call.time("start"), None if active_only else call.time("end")
    acknowledged = call.flag("acknowledged", True)
    only_acknowledged = False if active_only else call.flag("onlyAcknowledged")
    if only_acknowledged and not acknowledged:
        raise BadRequest("onlyAcknowledged=true with acknowledged=false would always be empty")
    found = []
    for event in store.events.values():
        if active_only and not event.active:
            continue
        if asset_ids is not None and event.asset_id not in asset_ids:
            continue
        if wanted_type is not None and event.type != wanted_type:
            continue
        if (start is not None and event.start_time < start) or (end is not None and event.start_time > end):
            continue
        is_acknowledged = event.acknowledged_at is not None
        if (is_acknowledged and not acknowledged) or (only_acknowledged and not is_acknowledged):
            continue
        found.append(event)
    found.sort(key=lambda e: (-e.start_time, e.id))
    return found[: call.limit()]


def list_event_history(call: Call) -> list[dict[str, Any]]:
    store = call.org
    return [
        event_view(e, store.assets[e.asset_id].name, history=True) for e in _events(call, active_only=False)
    ]


def list_active_events(call: Call) -> list[dict[str, Any]]:
    store = call.org
    return [
        event_view(e, store.assets[e.asset_id].name, history=False) for e in _events(call, active_only=True)
    ]


def count_active_events(call: Call) -> dict[str, int]:
    return {"count": sum(1 for event in call.org.events.values() if event.active)}


def list_latest_commands(call: Call) -> list[dict[str, Any]]:
    store = call.org
    asset = store.asset(call.path["assetId"])
    identifier = call.query.get("identifierName")
    latest: dict[str, CommandLog] = {}
    for log in store.commands:  # in sending order, so the last one seen is the latest
        attribute = store.attributes[log.attribute_id]
        if attribute.asset_id != asset.id or (
            identifier is not None and attribute.identifier_name != identifier
        ):
            continue
        latest[attribute.id] = log
    return [command_view(log, store.attributes[attribute_id]) for attribute_id, log in latest.items()]


def _command_attribute(store: OrgStore, attribute_id: str) -> Attribute:
    attribute = store.attribute(attribute_id)
    if attribute.type != "Command":
        raise BadRequest(f"attribute {attribute_id!r} is {attribute.type}, not a Command attribute")
    return attribute


def _targets(store: OrgStore, attribute: Attribute, aggregated: bool) -> list[Attribute]:
    if not aggregated:
        return [attribute]
    # The same command on every sub-asset: Command attributes with the same identifier name.
    below = set(store.subtree(attribute.asset_id))
    return [
        other
        for other in store.attributes.values()
        if other.type == "Command"
        and other.identifier_name == attribute.identifier_name
        and other.asset_id in below
    ]


def create_command(call: Call) -> dict[str, str]:
    store = call.org
    attribute = _command_attribute(store, call.path["attributeId"])
    body = call.body
    has_payload, has_variables = "payload" in body, "templateVariables" in body
    if has_payload == has_variables:
        raise BadRequest("send exactly one of payload and templateVariables")
    if has_payload and attribute.payload_type == "Templated":
        raise BadRequest(f"attribute {attribute.id!r} has a Templated payload; send templateVariables")
    if has_variables and attribute.payload_type == "Dynamic":
        raise BadRequest(f"attribute {attribute.id!r} has a Dynamic payload; send payload")
    payload = body["payload"] if has_payload else dict(body["templateVariables"])
    command_id = call.state.new_id("cmd")
    for target in _targets(store, attribute, bool(body.get("aggregated", False))):
        store.commands.append(CommandLog(command_id, target.id, call.state.now_ms(), "Sent", payload=payload))
    return {"commandId": command_id}


def create_control_command(call: Call) -> dict[str, str]:
    store = call.org
    attribute = _command_attribute(store, call.path["attributeId"])
    status = "Pending" if call.body.get("skipFirstCommand", False) else "Sent"
    command_id = call.state.new_id("cmd")
    log = CommandLog(
        command_id, attribute.id, call.state.now_ms(), status, desired_value=call.body["desiredValue"]
    )
    store.commands.append(log)
    return {"commandId": command_id}


def activity_handlers() -> dict[str, Any]:
    return {
        "list_event_history": list_event_history,
        "list_active_events": list_active_events,
        "count_active_events": count_active_events,
        "list_latest_commands": list_latest_commands,
        "create_command": create_command,
        "create_control_command": create_control_command,
    }
