"""BulkUpdateIntervalsResponse (specs/oden.openapi.yaml: #/components/schemas/BulkUpdateIntervalsResponse)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class BulkUpdateIntervalsResponse(Model):
    """BulkUpdateIntervalsResponse.

    The outcome of a bulk update, which may succeed in part.

    Attributes:
        num_updated (int, optional)
        updated_intervals (list[Interval], optional)
        num_failed (int, optional)
        failed_intervals (list[FailedInterval], optional)
    """

    num_updated: int | Unset = UNSET
    updated_intervals: list[Interval] | Unset = UNSET
    num_failed: int | Unset = UNSET
    failed_intervals: list[FailedInterval] | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .failed_interval import FailedInterval  # noqa: E402
from .interval import Interval  # noqa: E402
