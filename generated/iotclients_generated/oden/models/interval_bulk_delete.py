"""IntervalBulkDelete (specs/oden.openapi.yaml: #/components/schemas/IntervalBulkDelete)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class IntervalBulkDelete(Model):
    """IntervalBulkDelete.

    The body of intervals/delete: the intervals of one type on one line
    between `start_time` and `end_time` (at most 15,000 intervals and at
    most 30 days).

    Attributes:
        type (IntervalType, optional): An interval type: one of the built-in `RUN`, `BATCH` and `STATE`, or
            a custom type with a free-text name such as `operator id`.
        line (Line, optional): A production line, named by `id`, or by `name` (or `secondary_name`)
            together with its `factory`.
        start_time (AwareDatetime, optional)
        end_time (AwareDatetime, optional)
        hard_delete (bool, optional): Whether the intervals are deleted permanently.
    """

    type: IntervalType | Unset = UNSET
    line: Line | Unset = UNSET
    start_time: AwareDatetime | Unset = UNSET
    end_time: AwareDatetime | Unset = UNSET
    hard_delete: bool | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .interval_type import IntervalType  # noqa: E402
from .line import Line  # noqa: E402
