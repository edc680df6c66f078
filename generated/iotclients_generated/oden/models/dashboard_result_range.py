"""DashboardResultRange (specs/oden.openapi.yaml: #/components/schemas/DashboardResultRange)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DashboardResultRange(Model):
    """DashboardResultRange.

    The resolved time window a module ran over.

    Attributes:
        start (AwareDatetime, optional)
        end (AwareDatetime, optional)
    """

    start: AwareDatetime | Unset = UNSET
    end: AwareDatetime | Unset = UNSET
