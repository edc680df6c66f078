"""DashboardLineFilter (specs/oden.openapi.yaml: #/components/schemas/DashboardLineFilter)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DashboardLineFilter(Model):
    """DashboardLineFilter.

    A line to filter by, named by `id`, by `name`, or by both.

    Attributes:
        id (UUID, optional)
        name (str, optional)
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
