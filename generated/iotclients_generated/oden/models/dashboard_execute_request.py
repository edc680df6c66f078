"""DashboardExecuteRequest (specs/oden.openapi.yaml: #/components/schemas/DashboardExecuteRequest)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DashboardExecuteRequest(Model):
    """DashboardExecuteRequest.

    The body of dashboard/execute.

    Attributes:
        dashboard (DashboardRef): The dashboard to execute.
        range (DashboardExecuteRange, optional): The time range of a dashboard execution: either absolute (`start`
            and `end`) or relative (`anchor` and `offset`), not both.
        filters (DashboardExecuteFilters, optional): Optional filters applied to every module of the dashboard.
    """

    dashboard: DashboardRef
    range: DashboardExecuteRange | Unset = UNSET
    filters: DashboardExecuteFilters | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .dashboard_execute_filters import DashboardExecuteFilters  # noqa: E402
from .dashboard_execute_range import DashboardExecuteRange  # noqa: E402
from .dashboard_ref import DashboardRef  # noqa: E402
