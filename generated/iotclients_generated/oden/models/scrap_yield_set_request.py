"""ScrapYieldSetRequest (specs/oden.openapi.yaml: #/components/schemas/ScrapYieldSetRequest)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ScrapYieldSetRequest(Model):
    """ScrapYieldSetRequest.

    The body of scrap_yield/set. With `data.id` the record is updated, otherwise one is created.

    Attributes:
        data (ScrapYieldData): One scrap and yield record of an interval.
        interval (IntervalRef): A reference to an interval from another entity. Nothing is required;
            send what the operation needs to find the interval (usually `id`,
            `type` and `line`).
    """

    data: ScrapYieldData
    interval: IntervalRef


# Imported after the class so that models referring to each other resolve without cycles.
from .interval_ref import IntervalRef  # noqa: E402
from .scrap_yield_data import ScrapYieldData  # noqa: E402
