"""DashboardExecuteResult (specs/oden.openapi.yaml: #/components/schemas/DashboardExecuteResult)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DashboardExecuteResult(Model):
    """DashboardExecuteResult.

    The result of one dashboard module.

    Attributes:
        module_id (UUID)
        module_name (str)
        module_type (str): A label for the kind of module, for example `table`.
        range (DashboardResultRange, optional): The resolved time window a module ran over.
        filters_applied (DashboardFiltersApplied, optional): The filters the module applied, as reported by the server.
        columns (list[DashboardColumnSpec] | None, optional)
        rows (list[DashboardRow] | None, optional)
        error (None | str, optional): Set when this module failed; the other modules are unaffected.
    """

    module_id: UUID
    module_name: str
    module_type: str
    range: DashboardResultRange | Unset = UNSET
    filters_applied: DashboardFiltersApplied | Unset = UNSET
    columns: list[DashboardColumnSpec] | None | Unset = UNSET
    rows: list[DashboardRow] | None | Unset = UNSET
    error: None | str | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .dashboard_column_spec import DashboardColumnSpec  # noqa: E402
from .dashboard_filters_applied import DashboardFiltersApplied  # noqa: E402
from .dashboard_result_range import DashboardResultRange  # noqa: E402
from .dashboard_row import DashboardRow  # noqa: E402
