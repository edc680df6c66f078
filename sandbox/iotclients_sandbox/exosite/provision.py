"""Provisioning state and rules: vendors, models, serial numbers, activation, content (no HTTP here).

Every operation returns ``Answer(status, body, content_type)`` or raises ``ProvisionError`` with
the status and plain-text reason the API answers with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from iotclients_sandbox.exosite.tree import Resource, Tree, new_key

__all__ = ["Answer", "ProvisionError", "ProvisionState"]

DEMO_VENDOR = "demovendor"
DEMO_MODEL = "demo-model"
DEMO_VENDOR_TOKEN = "7e57ab1e7e57ab1e7e57ab1e7e57ab1e7e57ab1e"  # noqa: S105  (the sandbox demo token)


class ProvisionError(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"


DONE = Answer(205)


@dataclass
class Serial:
    sn: str
    extra: str = ""
    status: str = "unused"
    rid: str | None = None
    log: list[tuple[int, str, str]] = field(default_factory=list)


@dataclass
class Content:
    id: str
    meta: str
    protected: bool
    updated: int
    blob: bytes = b""
    content_type: str = "application/octet-stream"


@dataclass
class Model:
    name: str
    vendor: str
    rid: str | None
    code: str | None
    options: list[str]
    serials: dict[str, Serial] = field(default_factory=dict)
    content: dict[str, Content] = field(default_factory=dict)


@dataclass
class Vendor:
    name: str
    owner: str
    token: str


def _csv(lines: list[str], content_type: str = "text/csv; charset=utf-8") -> Answer:
    return Answer(200, "".join(line + "\n" for line in lines).encode(), content_type)


class ProvisionState:
    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        self.vendors: dict[str, Vendor] = {}
        self.models: dict[tuple[str, str], Model] = {}

    def seed(self, root: Resource, device: str) -> None:
        self.vendors[DEMO_VENDOR] = Vendor(DEMO_VENDOR, root.rid, DEMO_VENDOR_TOKEN)
        model = Model(DEMO_MODEL, DEMO_VENDOR, device, None, [])
        model.serials = {sn: Serial(sn) for sn in ("SN-0001", "SN-0002", "SN-0003")}
        self.models[(DEMO_VENDOR, DEMO_MODEL)] = model

    # -- who is calling ---------------------------------------------------------------------------

    def vendor_for(self, cik: str | None, token: str | None) -> Vendor:
        if token:
            for vendor in self.vendors.values():
                if vendor.token == token:
                    return vendor
            raise ProvisionError(401, "invalid vendor token")
        client = self._client(cik)
        for vendor in self.vendors.values():
            if vendor.owner == client:
                return vendor
        raise ProvisionError(401, "no vendor is registered for this key")

    def _client(self, cik: str | None) -> str:
        rid = self.tree.by_cik.get(cik or "")
        if rid is None:
            raise ProvisionError(401, "invalid key")
        return rid

    def model(self, vendor: Vendor, name: str) -> Model:
        found = self.models.get((vendor.name, name))
        if found is None:
            raise ProvisionError(404, "no such model")
        return found

    # -- vendors ----------------------------------------------------------------------------------

    def vendor_show(self, cik: str | None, token: str | None) -> Answer:
        try:
            return Answer(200, self.vendor_for(cik, token).name.encode())
        except ProvisionError as error:
            if error.reason == "no vendor is registered for this key":
                raise ProvisionError(404, error.reason) from None
            raise

    def vendor_register(self, cik: str | None, token: str | None, form: dict[str, Any]) -> Answer:
        name = form["vendor"]
        if form.get("delete") == "true":
            vendor = self.vendor_for(cik, token)
            if vendor.name != name:
                raise ProvisionError(400, "that vendor is not yours")
            del self.vendors[name]
            self.models = {k: m for k, m in self.models.items() if k[0] != name}
            return DONE
        client = self._client(cik)
        if name in self.vendors or any(v.owner == client for v in self.vendors.values()):
            raise ProvisionError(409, "the vendor exists, or this client has one")
        self.vendors[name] = Vendor(name, client, new_key())
        return DONE

    # -- models -----------------------------------------------------------------------------------

    def model_list(self, vendor: Vendor) -> Answer:
        return _csv(sorted(m.name for k, m in self.models.items() if k[0] == vendor.name))

    def model_create(self, vendor: Vendor, form: dict[str, Any]) -> Answer:
        if (vendor.name, form["model"]) in self.models:
            raise ProvisionError(409, "the model exists")
        rid, code = self._template(vendor, form)
        self.models[(vendor.name, form["model"])] = Model(
            form["model"], vendor.name, rid, code, list(form.get("options[]", []))
        )
        return DONE

    def _template(self, vendor: Vendor, form: dict[str, Any]) -> tuple[str | None, str | None]:
        if ("rid" in form) == ("code" in form):
            raise ProvisionError(400, "give exactly one of rid and code")
        if "code" in form:
            share = self.tree.shares.get(form["code"])
            if share is None:
                raise ProvisionError(400, "no such share code")
            return share.rid, form["code"]
        rid = form["rid"]
        if rid not in self.tree.resources or not self.tree.within(rid, vendor.owner):
            raise ProvisionError(400, "the template client is not the vendor's")
        return rid, None

    def model_info(self, vendor: Vendor, name: str) -> Answer:
        model = self.model(vendor, name)
        from urllib.parse import urlencode

        fields = [("code", model.code)] if model.code else [("rid", model.rid or "")]
        fields += [("options[]", option) for option in model.options]
        return Answer(200, urlencode(fields).encode())

    def model_update(self, vendor: Vendor, name: str, form: dict[str, Any]) -> Answer:
        model = self.model(vendor, name)
        model.rid, model.code = self._template(vendor, form)
        model.options = list(form.get("options[]", []))
        return DONE

    def model_remove(self, vendor: Vendor, name: str) -> Answer:
        self.model(vendor, name)
        del self.models[(vendor.name, name)]
        return DONE
