"""DashboardExecuteRange (specs/oden.openapi.yaml: #/components/schemas/DashboardExecuteRange)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DashboardExecuteRange(Model):
    """DashboardExecuteRange.

    The time range of a dashboard execution: either absolute (`start`
    and `end`) or relative (`anchor` and `offset`), not both.

    Attributes:
        start (AwareDatetime, optional)
        end (AwareDatetime, optional)
        anchor (str, optional): The anchor of a relative range, for example `now`.
        offset (str, optional): The offset from the anchor, for example `-7D`.
        timezone (str, optional): The IANA time zone of the range.
    """

    start: AwareDatetime | Unset = UNSET
    end: AwareDatetime | Unset = UNSET
    anchor: str | Unset = UNSET
    offset: str | Unset = UNSET
    timezone: str | Unset = UNSET
