"""One validated management request as the services see it: who, which organization, what."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from iotclients_sandbox.iotticket.records import ApiClient
from iotclients_sandbox.iotticket.series import parse_ms
from iotclients_sandbox.iotticket.state import IoTTicketState, OrgStore

__all__ = ["MAX_LIMIT", "Call"]

MAX_LIMIT = 10_000
"""The server's cap on list lengths and on values per attribute."""


@dataclass(frozen=True, slots=True)
class Call:
    state: IoTTicketState
    client: ApiClient
    path: Mapping[str, str]
    query: Mapping[str, str]
    body: Any

    @property
    def org(self) -> OrgStore:
        """The organization of the path, checked against the client's access (403/404)."""
        return self.state.org_for(self.client, self.path["orgId"])

    def flag(self, name: str, default: bool = False) -> bool:
        raw = self.query.get(name)
        return default if raw is None else raw.lower() == "true"

    def limit(self) -> int:
        raw = self.query.get("limit")
        return MAX_LIMIT if raw is None else min(int(raw), MAX_LIMIT)

    def time(self, name: str) -> int | None:
        raw = self.query.get(name)
        return None if raw is None else parse_ms(raw, name)

    def ids(self, name: str) -> list[str] | None:
        raw = self.query.get(name)
        return None if raw is None else [part for part in raw.split(",") if part]
