"""DashboardCustomIntervalFilter (specs/oden.openapi.yaml: #/components/schemas/DashboardCustomIntervalFilter)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DashboardCustomIntervalFilter(Model):
    """DashboardCustomIntervalFilter.

    Keeps data inside intervals of a custom type whose value contains a text.

    Attributes:
        type (str): The name of the custom interval type.
        value_contains (str)
    """

    type: str
    value_contains: str
