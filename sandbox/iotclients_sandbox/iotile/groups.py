"""Data blocks (archived device data, ``b--`` slugs) and fleets (groups of devices, ``g--``)."""

from __future__ import annotations

from typing import Any

from iotclients_sandbox.iotile.calls import Call, IOTileError, Reply, paginate_list
from iotclients_sandbox.iotile.records import DataBlock, Device, Fleet, device_slug
from iotclients_sandbox.iotile.state import IOTileState
from iotclients_sandbox.iotile.views import datablock_view, fleet_view

__all__ = ["Groups"]


def _flag(call: Call, name: str) -> bool | None:
    text = call.arg(name)
    return None if text is None else text.lower() in ("true", "1")


class Groups:
    def __init__(self, state: IOTileState) -> None:
        self.state = state

    def _device(self, ref: object, field: str) -> Device:
        device = self.state.device_by_slug(str(ref))
        if device is None:
            raise IOTileError(400, {field: [f"Device {ref} not found."]})
        return device

    # -- data blocks ---------------------------------------------------------------------------

    def _block(self, call: Call) -> DataBlock:
        block = self.state.datablocks.get(call.path["slug"].lower())
        if block is None:
            raise IOTileError.detail(404, "Not found.")
        return block

    def list_datablocks(self, call: Call) -> Reply:
        call.require_user()
        blocks = list(self.state.datablocks.values())
        if call.arg("org") is not None:
            blocks = [b for b in blocks if b.org == call.arg("org")]
        if call.arg("device") is not None:
            device = self.state.device_by_slug(str(call.arg("device")))
            blocks = [b for b in blocks if device is not None and b.device_id == device.id]
        text = (call.arg("q") or "").lower()
        blocks = [b for b in blocks if text in b.title.lower() or text in b.description.lower()]
        return Reply(200, paginate_list(call, blocks, datablock_view))

    def list_org_archives(self, call: Call) -> Reply:
        org = self.state.orgs.get(call.path["slug"])
        if org is None or call.require_user().username not in org.members:
            raise IOTileError.detail(404, "Not found.")
        blocks = [b for b in self.state.datablocks.values() if b.org == org.slug]
        return Reply(200, paginate_list(call, blocks, datablock_view))

    def create_datablock(self, call: Call) -> Reply:
        user = call.require_user()
        body = call.body or {}
        device = self._device(body["device"], "device")
        number = 1 + max(
            (b.block for b in self.state.datablocks.values() if b.device_id == device.id), default=0
        )
        block = DataBlock(
            id=self.state.next_id(),
            block=number,
            device_id=device.id,
            title=str(body["title"]),
            org=device.org,
            created_by=user.username,
            description=str(body.get("description", "")),
        )
        self.state.datablocks[block.slug] = block
        return Reply(201, datablock_view(block))

    def get_datablock(self, call: Call) -> Reply:
        return Reply(200, datablock_view(self._block(call)))

    def partial_update_datablock(self, call: Call) -> Reply:
        block = self._block(call)
        body: dict[str, Any] = call.body or {}
        block.title = str(body.get("title", block.title))
        block.description = str(body.get("description", block.description))
        return Reply(200, datablock_view(block))

    def delete_datablock(self, call: Call) -> Reply:
        del self.state.datablocks[self._block(call).slug]
        return Reply(204)

    # -- fleets --------------------------------------------------------------------------------

    def _fleet(self, call: Call) -> Fleet:
        fleet = self.state.fleets.get(call.path["slug"].lower())
        if fleet is None:
            raise IOTileError.detail(404, "Not found.")
        return fleet

    def list_fleets(self, call: Call) -> Reply:
        call.require_user()
        fleets = list(self.state.fleets.values())
        if call.arg("org") is not None:
            fleets = [f for f in fleets if f.org == call.arg("org")]
        if call.arg("device") is not None:
            device = self.state.device_by_slug(str(call.arg("device")))
            fleets = [f for f in fleets if device is not None and device.id in f.members]
        network = _flag(call, "is_network")
        if network is not None:
            fleets = [f for f in fleets if f.is_network == network]
        return Reply(200, paginate_list(call, fleets, fleet_view))

    def create_fleet(self, call: Call) -> Reply:
        user = call.require_user()
        body = call.body or {}
        if str(body["org"]) not in self.state.orgs:
            raise IOTileError(400, {"org": [f"Object with slug={body['org']} does not exist."]})
        fleet = Fleet(
            id=1 + max((f.id for f in self.state.fleets.values()), default=0),
            name=str(body["name"]),
            org=str(body["org"]),
            created_by=user.username,
            description=str(body.get("description", "")),
            is_network=bool(body.get("is_network", False)),
        )
        self.state.fleets[fleet.slug] = fleet
        return Reply(201, fleet_view(fleet))

    def get_fleet(self, call: Call) -> Reply:
        return Reply(200, fleet_view(self._fleet(call)))

    def partial_update_fleet(self, call: Call) -> Reply:
        fleet = self._fleet(call)
        body: dict[str, Any] = call.body or {}
        fleet.name = str(body.get("name", fleet.name))
        fleet.description = str(body.get("description", fleet.description))
        fleet.is_network = bool(body.get("is_network", fleet.is_network))
        return Reply(200, fleet_view(fleet))

    def delete_fleet(self, call: Call) -> Reply:
        del self.state.fleets[self._fleet(call).slug]
        return Reply(204)

    def list_fleet_devices(self, call: Call) -> Reply:
        fleet = self._fleet(call)
        members = [
            {"device": device_slug(device_id), "always_on": flags[0], "is_access_point": flags[1]}
            for device_id, flags in fleet.members.items()
        ]
        return Reply(200, paginate_list(call, members, lambda member: member))

    def register_fleet_device(self, call: Call) -> Reply:
        fleet = self._fleet(call)
        body = call.body or {}
        device = self._device(body["device"], "device")
        flags = (bool(body.get("always_on", True)), bool(body.get("is_access_point", False)))
        fleet.members[device.id] = flags
        return Reply(201, {"device": device.slug, "always_on": flags[0], "is_access_point": flags[1]})
