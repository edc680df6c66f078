"""BulkIntervalItem (specs/oden.openapi.yaml: #/components/schemas/BulkIntervalItem)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class BulkIntervalItem(Model):
    """BulkIntervalItem.

    One interval of a bulk create or update. The interval's `line` and
    `type` are given once in the enclosing request, not here. Updates
    need `id`.

    Attributes:
        id (str, optional)
        name (str, optional)
        start_time (AwareDatetime, optional)
        end_time (AwareDatetime, optional)
        metadata (IntervalMetadata, optional): The metadata of an interval. Which fields apply depends on the
            interval type: `RUN` uses `product` and `target`, `BATCH` uses
            `run`, `STATE` uses `reason`, `category` and `comment`, and custom
            types carry free-form keys, which are kept as additional properties.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    start_time: AwareDatetime | Unset = UNSET
    end_time: AwareDatetime | Unset = UNSET
    metadata: IntervalMetadata | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .interval_metadata import IntervalMetadata  # noqa: E402
