"""The IoT-TICKET sandbox's store: API clients and tokens, and one isolated store per organization."""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from iotclients_sandbox.iotticket.errors import Forbidden, NotFound
from iotclients_sandbox.iotticket.records import (
    ApiClient,
    Asset,
    Attribute,
    CommandLog,
    Credential,
    Device,
    Event,
    MLItem,
    OnnxModel,
    Organization,
    Template,
)
from iotclients_sandbox.iotticket.series import Series

__all__ = ["IoTTicketState", "OrgStore", "TokenGrant"]


@dataclass(slots=True)
class OrgStore:
    """Everything one organization owns; nothing here is reachable from another organization."""

    organization: Organization
    assets: dict[str, Asset] = field(default_factory=dict)
    attributes: dict[str, Attribute] = field(default_factory=dict)
    templates: dict[str, Template] = field(default_factory=dict)
    devices: dict[str, Device] = field(default_factory=dict)
    # Device telemetry by (device id, measurement name); Calculated attributes by attribute id.
    telemetry: dict[tuple[str, str], Series] = field(default_factory=dict)
    calculated: dict[str, Series] = field(default_factory=dict)
    # Timesignals by (device id, attribute identifier) then timesignal id: (timestamp, value).
    timesignals: dict[tuple[str, str], dict[str, tuple[int, dict[str, object]]]] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    commands: list[CommandLog] = field(default_factory=list)
    credentials: dict[str, Credential] = field(default_factory=dict)
    ml_models: dict[str, MLItem] = field(default_factory=dict)
    ml_services: dict[str, MLItem] = field(default_factory=dict)
    onnx_models: dict[str, OnnxModel] = field(default_factory=dict)

    def attributes_of(self, asset_id: str) -> list[Attribute]:
        return [attribute for attribute in self.attributes.values() if attribute.asset_id == asset_id]

    def children_of(self, asset_id: str | None) -> list[Asset]:
        return [asset for asset in self.assets.values() if asset.parent_id == asset_id]

    def asset(self, asset_id: str) -> Asset:
        found = self.assets.get(asset_id)
        if found is None:
            raise NotFound(f"no asset {asset_id!r} in organization {self.organization.id!r}")
        return found

    def attribute(self, attribute_id: str) -> Attribute:
        found = self.attributes.get(attribute_id)
        if found is None:
            raise NotFound(f"no attribute {attribute_id!r} in organization {self.organization.id!r}")
        return found

    def device(self, device_id: str) -> Device:
        found = self.devices.get(device_id)
        if found is None:
            raise NotFound(f"no device {device_id!r} in organization {self.organization.id!r}")
        return found

    def series_of(self, attribute: Attribute) -> Series:
        if attribute.type == "Calculated":
            return self.calculated.setdefault(attribute.id, Series())
        key = (attribute.device_id or "", attribute.identifier_name)
        return self.telemetry.setdefault(key, Series())

    def subtree(self, asset_id: str) -> list[str]:
        """The asset and all its descendants, breadth first."""
        order = [asset_id]
        for current in order:
            order.extend(child.id for child in self.children_of(current))
        return order


@dataclass(slots=True)
class TokenGrant:
    client_id: str
    expires_at: float


class IoTTicketState:
    """API clients, issued tokens and the organizations, plus id generation and the clock."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.clients: dict[str, ApiClient] = {}
        self.tokens: dict[str, TokenGrant] = {}
        self.orgs: dict[str, OrgStore] = {}
        self._ids = itertools.count(1)

    def new_id(self, prefix: str) -> str:
        return f"{prefix}-{next(self._ids):05d}"

    def now_ms(self) -> int:
        return int(self.clock() * 1000)

    def issue_token(self, client_id: str, ttl: float) -> str:
        token = secrets.token_urlsafe(32)
        self.tokens[token] = TokenGrant(client_id, self.clock() + ttl)
        return token

    def client_for_token(self, token: str) -> ApiClient | None:
        grant = self.tokens.get(token)
        if grant is None or grant.expires_at <= self.clock():
            self.tokens.pop(token, None)
            return None
        return self.clients.get(grant.client_id)

    def org_for(self, client: ApiClient, org_id: str) -> OrgStore:
        """The organization's store if ``client`` may use it: 404 when unknown, 403 when not its own."""
        store = self.orgs.get(org_id)
        if store is None:
            raise NotFound(f"no organization {org_id!r}")
        if org_id not in client.organizations:
            raise Forbidden(f"this client has no access to organization {org_id!r}")
        return store
