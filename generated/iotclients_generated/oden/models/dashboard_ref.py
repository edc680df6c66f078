"""DashboardRef (specs/oden.openapi.yaml: #/components/schemas/DashboardRef)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, Model, Unset


@define(kw_only=True, repr=False)
class DashboardRef(Model):
    """DashboardRef.

    The dashboard to execute.

    Attributes:
        id (UUID)
    """

    id: UUID
