"""IntervalBulkUpdate (specs/oden.openapi.yaml: #/components/schemas/IntervalBulkUpdate)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class IntervalBulkUpdate(Model):
    """IntervalBulkUpdate.

    The body of intervals/update: up to 2500 intervals of one type on one
    line, each named by `id`.

    Attributes:
        type (IntervalType, optional): An interval type: one of the built-in `RUN`, `BATCH` and `STATE`, or
            a custom type with a free-text name such as `operator id`.
        line (Line, optional): A production line, named by `id`, or by `name` (or `secondary_name`)
            together with its `factory`.
        intervals (list[BulkIntervalItem], optional)
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {"intervals": {"max_length": 2500, "type": "array"}}

    type: IntervalType | Unset = UNSET
    line: Line | Unset = UNSET
    intervals: list[BulkIntervalItem] | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .bulk_interval_item import BulkIntervalItem  # noqa: E402
from .interval_type import IntervalType  # noqa: E402
from .line import Line  # noqa: E402
