"""BulkDeleteIntervalsResponse (specs/oden.openapi.yaml: #/components/schemas/BulkDeleteIntervalsResponse)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class BulkDeleteIntervalsResponse(Model):
    """BulkDeleteIntervalsResponse.

    The outcome of a bulk delete.

    Attributes:
        num_deleted (int, optional)
        failed_intervals (list[str], optional): The ids of the intervals found but not deleted.
    """

    num_deleted: int | Unset = UNSET
    failed_intervals: list[str] | Unset = UNSET
