"""DashboardResultRange (specs/oden.openapi.yaml: #/components/schemas/DashboardResultRange)."""

from __future__ import annotations

import datetime

from attrs import define
from iotclients.core.model import UNSET, Model, Unset


@define(kw_only=True, repr=False)
class DashboardResultRange(Model):
    """DashboardResultRange.

    The resolved time window a module ran over.

    Attributes:
        start (datetime.datetime, optional)
        end (datetime.datetime, optional)
    """

    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | Unset = UNSET
