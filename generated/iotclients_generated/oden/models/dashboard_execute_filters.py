"""DashboardExecuteFilters (specs/oden.openapi.yaml: #/components/schemas/DashboardExecuteFilters)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DashboardExecuteFilters(Model):
    """DashboardExecuteFilters.

    Optional filters applied to every module of the dashboard.

    Attributes:
        lines (list[DashboardLineFilter], optional)
        shifts (list[int], optional)
        product_ids (list[UUID], optional)
        product_attribute_value_ids (list[UUID], optional)
        scrap_categories (list[UUID], optional)
        states (DashboardStatesFilter, optional): The states to filter by.
        custom_intervals (list[DashboardCustomIntervalFilter], optional)
    """

    lines: list[DashboardLineFilter] | Unset = UNSET
    shifts: list[int] | Unset = UNSET
    product_ids: list[UUID] | Unset = UNSET
    product_attribute_value_ids: list[UUID] | Unset = UNSET
    scrap_categories: list[UUID] | Unset = UNSET
    states: DashboardStatesFilter | Unset = UNSET
    custom_intervals: list[DashboardCustomIntervalFilter] | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .dashboard_custom_interval_filter import DashboardCustomIntervalFilter  # noqa: E402
from .dashboard_line_filter import DashboardLineFilter  # noqa: E402
from .dashboard_states_filter import DashboardStatesFilter  # noqa: E402
