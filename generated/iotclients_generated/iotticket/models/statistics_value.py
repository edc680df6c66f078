"""StatisticsValue (specs/iotticket.openapi.yaml: #/components/schemas/StatisticsValue)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class StatisticsValue(Model):
    """StatisticsValue.

    Attributes:
        stattime (AwareDatetime): The start of the bin.
        count (int)
        sum (float)
        avg (float | None, optional)
        min (float | None, optional)
        max (float | None, optional)
    """

    stattime: AwareDatetime
    count: int
    sum: float
    avg: float | None | Unset = UNSET
    min: float | None | Unset = UNSET
    max: float | None | Unset = UNSET
