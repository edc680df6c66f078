"""DashboardStateCategoryAndReason (specs/oden.openapi.yaml: #/components/schemas/DashboardStateCategoryAndReason)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DashboardStateCategoryAndReason(Model):
    """DashboardStateCategoryAndReason.

    A state category, optionally narrowed to one reason.

    Attributes:
        state_category (int)
        state_reason (str, optional)
    """

    state_category: int
    state_reason: str | Unset = UNSET
