"""DashboardRef (specs/oden.openapi.yaml: #/components/schemas/DashboardRef)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DashboardRef(Model):
    """DashboardRef.

    The dashboard to execute.

    Attributes:
        id (UUID)
    """

    id: UUID
