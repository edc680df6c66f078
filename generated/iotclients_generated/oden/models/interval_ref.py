"""IntervalRef (specs/oden.openapi.yaml: #/components/schemas/IntervalRef)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class IntervalRef(Model):
    """IntervalRef.

    A reference to an interval from another entity. Nothing is required;
    send what the operation needs to find the interval (usually `id`,
    `type` and `line`).

    Attributes:
        id (str, optional): The interval id, a plain string such as `1809d88adf0`.
        type (IntervalType, optional): An interval type: one of the built-in `RUN`, `BATCH` and `STATE`, or
            a custom type with a free-text name such as `operator id`.
        name (str, optional)
        line (Line, optional): A production line, named by `id`, or by `name` (or `secondary_name`)
            together with its `factory`.
        start_time (AwareDatetime, optional)
        end_time (AwareDatetime, optional)
    """

    id: str | Unset = UNSET
    type: IntervalType | Unset = UNSET
    name: str | Unset = UNSET
    line: Line | Unset = UNSET
    start_time: AwareDatetime | Unset = UNSET
    end_time: AwareDatetime | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .interval_type import IntervalType  # noqa: E402
from .line import Line  # noqa: E402
