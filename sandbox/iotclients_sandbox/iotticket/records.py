"""What the IoT-TICKET sandbox stores, one organization at a time (plain slotted dataclasses).

Times are epoch milliseconds (UTC) throughout; the HTTP layer formats them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ApiClient",
    "Asset",
    "Attribute",
    "CommandLog",
    "Credential",
    "Device",
    "Event",
    "MLItem",
    "OnnxModel",
    "Organization",
    "Template",
]


@dataclass(slots=True)
class ApiClient:
    """An OAuth2 client: its secret, the organizations it may use and whether it owns the subscription."""

    client_id: str
    secret: str
    organizations: frozenset[str]
    subscription_owner: bool = False


@dataclass(slots=True)
class Organization:
    id: str
    name: str
    description: str | None
    subscription: str
    contact_person: str | None = None
    account_manager: str | None = None
    limits: dict[str, int] = field(default_factory=dict)
    created: int = 0


@dataclass(slots=True)
class Template:
    id: str
    name: str
    attributes: list[dict[str, Any]]


@dataclass(slots=True)
class Asset:
    id: str
    name: str
    parent_id: str | None
    description: str | None = None
    template_id: str | None = None


@dataclass(slots=True)
class Attribute:
    """An asset attribute. TelemetryData and TimeSignal attributes read what ``device_id`` sent
    under ``identifier_name``; Calculated ones hold their own series; Number and String hold
    ``value``; Command ones have a payload type (Dynamic or Templated)."""

    id: str
    name: str
    identifier_name: str
    asset_id: str
    type: str
    unit: str | None = None
    data_type: str | None = None
    device_id: str | None = None
    value: Any = None
    payload_type: str | None = None


@dataclass(slots=True)
class Device:
    id: str
    name: str
    password: str
    description: str | None = None
    manufacturer: str | None = None
    type: str | None = None
    asset_ids: list[str] = field(default_factory=list)
    created_at: int = 0


@dataclass(slots=True)
class Event:
    id: str
    asset_id: str
    event_id: str
    message: str
    group_name: str | None
    type: str
    severity: str
    start_time: int
    end_time: int | None = None
    acknowledged_at: int | None = None
    acknowledged_by: str | None = None

    @property
    def active(self) -> bool:
        return self.end_time is None


@dataclass(slots=True)
class CommandLog:
    id: str
    attribute_id: str
    timestamp: int
    status: str
    payload: Any = None
    desired_value: Any = None


@dataclass(slots=True)
class Credential:
    id: str
    name: str
    description: str | None
    grant_type: str
    access_token_url: str
    scope: str | None
    client_id: str
    created_at: int


@dataclass(slots=True)
class MLItem:
    """An ML model or ML service: its wire fields as registered, and whether an asset uses it."""

    id: str
    fields: dict[str, Any]
    created_at: int
    updated_at: int
    in_use: bool = False
    level: str = "organization"


@dataclass(slots=True)
class OnnxModel:
    id: str
    name: str
    description: str | None
    help_text: str | None
    size: int
    created_at: int
    updated_at: int
    in_use: bool = False
    level: str = "organization"
