"""QualityTest (specs/oden.openapi.yaml: #/components/schemas/QualityTest)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class QualityTest(Model):
    """QualityTest.

    A quality test of a `RUN` or `BATCH` interval.

    Attributes:
        id (UUID, optional)
        raw_data (QualityTestRawData, optional): The recorded results of a quality test, keyed as its quality schema says.
        timestamp (AwareDatetime, optional)
        interval (IntervalRef, optional): A reference to an interval from another entity. Nothing is required;
            send what the operation needs to find the interval (usually `id`,
            `type` and `line`).
        quality_schema (QualitySchema, optional): The schema that the results of a quality test follow.
        match (Match, optional): How many matching entities are acceptable. `unique` answers 409 when
            more than one entity matches, `all` returns every match, `first` and
            `last` pick the oldest or newest match where that applies. When
            omitted the server uses `unique`.
    """

    id: UUID | Unset = UNSET
    raw_data: QualityTestRawData | Unset = UNSET
    timestamp: AwareDatetime | Unset = UNSET
    interval: IntervalRef | Unset = UNSET
    quality_schema: QualitySchema | Unset = UNSET
    match: Match | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .interval_ref import IntervalRef  # noqa: E402
from .match import Match  # noqa: E402
from .quality_schema import QualitySchema  # noqa: E402
from .quality_test_raw_data import QualityTestRawData  # noqa: E402
