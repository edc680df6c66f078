"""DashboardStatesFilter (specs/oden.openapi.yaml: #/components/schemas/DashboardStatesFilter)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DashboardStatesFilter(Model):
    """DashboardStatesFilter.

    The states to filter by.

    Attributes:
        state_types (list[str], optional)
        state_category_and_reasons (list[DashboardStateCategoryAndReason], optional)
    """

    state_types: list[str] | Unset = UNSET
    state_category_and_reasons: list[DashboardStateCategoryAndReason] | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .dashboard_state_category_and_reason import DashboardStateCategoryAndReason  # noqa: E402
