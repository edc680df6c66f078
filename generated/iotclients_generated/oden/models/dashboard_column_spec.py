"""DashboardColumnSpec (specs/oden.openapi.yaml: #/components/schemas/DashboardColumnSpec)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DashboardColumnSpec(Model):
    """DashboardColumnSpec.

    A column of a module result.

    Attributes:
        name (str)
        type (DashboardColumnSpecType)
    """

    name: str
    type: DashboardColumnSpecType


# Imported after the class so that models referring to each other resolve without cycles.
from .dashboard_column_spec_type import DashboardColumnSpecType  # noqa: E402
