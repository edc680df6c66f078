"""Serial numbers, activation and content of the Provisioning sandbox (continues ``provision.py``)."""

from __future__ import annotations

import csv
import io
from typing import Any

from iotclients_sandbox.exosite.manage import copy_tree, limit_of
from iotclients_sandbox.exosite.provision import (
    DONE,
    Answer,
    Content,
    ProvisionError,
    ProvisionState,
    Serial,
    Vendor,
    _csv,
)
from iotclients_sandbox.exosite.tree import new_key

__all__ = ["Devices"]


class Devices:
    def __init__(self, state: ProvisionState) -> None:
        self.state = state
        self.tree = state.tree

    # -- serial numbers ---------------------------------------------------------------------------

    def serialnumber_list(self, vendor: Vendor, name: str, query: dict[str, str]) -> Answer:
        model = self.state.model(vendor, name)
        offset = int(query.get("offset", 0))
        limit = min(max(int(query.get("limit", 1000)), 5), 1000)
        with_status = query.get("status") == "true"
        lines = []
        for serial in list(model.serials.values())[offset : offset + limit]:
            # The docs leave the column blank for serial numbers not yet instantiated.
            status = "" if serial.status == "unused" else serial.status
            parts = [serial.sn, status] if with_status else [serial.sn]
            lines.append(",".join([*parts, serial.rid or "", serial.extra]))
        return _csv(lines)

    def serialnumber_batch(
        self, vendor: Vendor, name: str, form: dict[str, Any] | None, text: str | None
    ) -> Answer:
        model = self.state.model(vendor, name)
        if text is not None:
            rows = [row for row in csv.reader(io.StringIO(text)) if row]
            return self._add(model.serials, [(row[0], row[1] if len(row) > 1 else "") for row in rows])
        assert form is not None
        if form.get("add") == "true":
            if "sn" in form:
                return self._add(model.serials, [(form["sn"], form.get("extra", ""))])
            return self._add(model.serials, [(sn, "") for sn in form.get("sn[]", [])])
        if form.get("remove") == "true" or form.get("delete") == "true":
            for sn in form.get("sn[]", []) + ([form["sn"]] if "sn" in form else []):
                model.serials.pop(sn, None)
            return DONE
        raise ProvisionError(400, "say add=true or remove=true")

    @staticmethod
    def _add(serials: dict[str, Serial], new: list[tuple[str, str]]) -> Answer:
        if not new:
            raise ProvisionError(400, "no serial numbers given")
        if any(sn in serials for sn, _ in new):
            raise ProvisionError(409, "a serial number exists")
        for sn, extra in new:
            serials[sn] = Serial(sn, extra)
        return DONE

    def _serial(self, vendor: Vendor, name: str, sn: str) -> Serial:
        serial = self.state.model(vendor, name).serials.get(sn)
        if serial is None:
            raise ProvisionError(404, "no such serial number")
        return serial

    def serialnumber_info(self, vendor: Vendor, name: str, sn: str, query: dict[str, str]) -> Answer:
        serial = self._serial(vendor, name, sn)
        if query.get("show") == "log":
            return _csv([f"{ts},{info},{entry}" for ts, info, entry in serial.log])
        if serial.status == "unused":
            return Answer(204)
        return _csv([f"{serial.status},{serial.rid or ''},{serial.extra}"])

    def serialnumber_update(self, vendor: Vendor, name: str, sn: str, form: dict[str, Any]) -> Answer:
        model = self.state.model(vendor, name)
        serial = self._serial(vendor, name, sn)
        if form.get("disable") == "true":
            if serial.rid is not None and serial.rid in self.tree.resources:
                self.tree.resources[serial.rid].status = "expired"
            serial.status = "disabled"
            return DONE
        if form.get("enable") != "true":
            raise ProvisionError(400, "say enable=true or disable=true")
        if "oldsn" in form:
            old = self._serial(vendor, name, form["oldsn"])
            serial.rid, old.rid = old.rid, None
            serial.status, old.status = old.status, "unused"
            return DONE
        if "owner" in form:
            return self._enable(model.rid, serial, form["owner"], vendor)
        if serial.rid is None or serial.rid not in self.tree.resources:
            raise ProvisionError(409, "the serial number has no client to re-enable")
        self._new_cik(serial.rid)
        serial.status = "enabled"
        return DONE

    def _enable(self, template: str | None, serial: Serial, owner_rid: str, vendor: Vendor) -> Answer:
        owner = self.tree.resources.get(owner_rid)
        if owner is None or owner.type != "client" or not self.tree.within(owner_rid, vendor.owner):
            raise ProvisionError(400, "the owner is not a client of the vendor")
        if serial.status != "unused":
            raise ProvisionError(409, "the serial number is enabled already")
        clients = sum(1 for c in owner.children if self.tree.resources[c].type == "client")
        if (
            template is None
            or template not in self.tree.resources
            or clients >= limit_of(self.tree, owner, "client")
        ):
            raise ProvisionError(409, "the owner lacks the resources for a new client")
        device = copy_tree(self.tree, self.tree.resources[template], owner_rid, True, False)
        device.status = "notactivated"
        serial.rid, serial.status = device.rid, "enabled"
        return Answer(200, device.rid.encode())

    def _new_cik(self, rid: str) -> str:
        client = self.tree.resources[rid]
        if client.cik is not None:
            self.tree.by_cik.pop(client.cik, None)
        client.cik = new_key()
        client.status = "notactivated"
        self.tree.by_cik[client.cik] = rid
        return client.cik

    def serialnumber_remove(self, vendor: Vendor, name: str, sn: str) -> Answer:
        self._serial(vendor, name, sn)
        del self.state.models[(vendor.name, name)].serials[sn]
        return DONE

    def activate(self, form: dict[str, Any], conninfo: str) -> Answer:
        model = self.state.models.get((form["vendor"], form["model"]))
        serial = model.serials.get(form["sn"]) if model is not None else None
        if serial is None:
            raise ProvisionError(404, "no such vendor, model or serial number")
        if serial.status != "enabled" or serial.rid not in self.tree.resources:
            raise ProvisionError(409, "the serial number is not enabled for activation")
        client = self.tree.resources[serial.rid]
        client.status = "activated"
        serial.status = "activated"
        serial.log.append((self.tree.now(), conninfo, "activated"))
        assert client.cik is not None
        return Answer(200, client.cik.encode())

    # -- content ----------------------------------------------------------------------------------

    def content_list(self, vendor: Vendor, name: str) -> Answer:
        return _csv(sorted(self.state.model(vendor, name).content))

    def content_create(self, vendor: Vendor, name: str, form: dict[str, Any]) -> Answer:
        model = self.state.model(vendor, name)
        if form["id"] in model.content:
            raise ProvisionError(409, "the content id exists")
        model.content[form["id"]] = Content(
            form["id"], form["meta"], form.get("protected") == "true", self.tree.now()
        )
        return DONE

    def _content(self, vendor: Vendor, name: str, content_id: str) -> Content:
        found = self.state.model(vendor, name).content.get(content_id)
        if found is None:
            raise ProvisionError(404, "no such content")
        return found

    def content_info(self, vendor: Vendor, name: str, content_id: str) -> Answer:
        item = self._content(vendor, name, content_id)
        protected = "true" if item.protected else "false"
        return _csv([f"{item.content_type},{len(item.blob)},{item.updated},{item.meta},{protected}"])

    def content_upload(
        self, vendor: Vendor, name: str, content_id: str, blob: bytes, content_type: str
    ) -> Answer:
        item = self._content(vendor, name, content_id)
        item.blob, item.content_type, item.updated = (
            blob,
            content_type or "application/octet-stream",
            self.tree.now(),
        )
        return DONE

    def content_remove(self, vendor: Vendor, name: str, content_id: str) -> Answer:
        self._content(vendor, name, content_id)
        del self.state.models[(vendor.name, name)].content[content_id]
        return DONE

    def content_download(self, cik: str | None, query: dict[str, str]) -> Answer:
        device = self.tree.by_cik.get(cik or "")
        if device is None:
            raise ProvisionError(401, "invalid key")
        model = self.state.models.get((query["vendor"], query["model"]))
        if model is None or not any(
            s.rid == device and s.status == "activated" for s in model.serials.values()
        ):
            raise ProvisionError(403, "the device is not of this vendor and model")
        item = model.content.get(query["id"])
        if item is None:
            raise ProvisionError(404, "no such content")
        if query.get("info") == "true":
            return _csv([f"{item.content_type},{len(item.blob)},{item.updated},{item.meta}"])
        return Answer(200, item.blob, item.content_type)
