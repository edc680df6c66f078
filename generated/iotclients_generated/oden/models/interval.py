"""Interval (specs/oden.openapi.yaml: #/components/schemas/Interval)."""

from __future__ import annotations

from typing import Annotated

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default
from iotclients.core.unions import OneOf


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Interval(Model):
    """Interval.

    An interval of a given type on a line: a run, a batch, a state or a
    custom interval. Used as the body of interval search, set, update
    and delete, and in their responses.

    Attributes:
        type (IntervalType): An interval type: one of the built-in `RUN`, `BATCH` and `STATE`, or
            a custom type with a free-text name such as `operator id`.
        line (Line): A production line, named by `id`, or by `name` (or `secondary_name`)
            together with its `factory`.
        id (str, optional): The interval id, a plain string such as `1809d88adf0` (not a UUID).
        name (str, optional)
        start_time (AwareDatetime, optional)
        end_time (AwareDatetime, optional)
        metadata (BatchMetadata | CustomMetadata | RunMetadata | StateMetadata, optional): The metadata of an interval; which kind applies depends on the
            interval type. The server sets `metadata_type` in responses; requests
            may leave it out.
        match (Match, optional): How many matching entities are acceptable. `unique` answers 409 when
            more than one entity matches, `all` returns every match, `first` and
            `last` pick the oldest or newest match where that applies. When
            omitted the server uses `unique`.
    """

    type: IntervalType
    line: Line
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    start_time: AwareDatetime | Unset = UNSET
    end_time: AwareDatetime | Unset = UNSET
    metadata: (
        Annotated[
            BatchMetadata | RunMetadata | StateMetadata | CustomMetadata,
            OneOf(
                "oneOf",
                discriminator="metadata_type",
                mapping={
                    "batch": "BatchMetadata",
                    "custom": "CustomMetadata",
                    "run": "RunMetadata",
                    "state": "StateMetadata",
                },
            ),
        ]
        | Unset
    ) = UNSET
    match: Match | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .batch_metadata import BatchMetadata  # noqa: E402
from .custom_metadata import CustomMetadata  # noqa: E402
from .interval_type import IntervalType  # noqa: E402
from .line import Line  # noqa: E402
from .match import Match  # noqa: E402
from .run_metadata import RunMetadata  # noqa: E402
from .state_metadata import StateMetadata  # noqa: E402
