"""ScrapYieldData (specs/oden.openapi.yaml: #/components/schemas/ScrapYieldData)."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default
from iotclients.core.unions import OneOf


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ScrapYieldData(Model):
    """ScrapYieldData.

    One scrap and yield record of an interval.

    Attributes:
        raw_data (ScrapYieldRawData | str, optional): The recorded values: an object, or a string holding the same
            JSON object (the form of Oden's schema). Responses give an object.
        id (UUID, optional)
        schema (ScrapYieldSchema, optional): How the scrap and yield records of a factory are converted and measured.
        timestamp (AwareDatetime | None, optional)
        match (Match, optional): How many matching entities are acceptable. `unique` answers 409 when
            more than one entity matches, `all` returns every match, `first` and
            `last` pick the oldest or newest match where that applies. When
            omitted the server uses `unique`.
    """

    raw_data: Annotated[ScrapYieldRawData | str, OneOf("oneOf")] | Unset = UNSET
    id: UUID | Unset = UNSET
    schema: ScrapYieldSchema | Unset = UNSET
    timestamp: AwareDatetime | None | Unset = UNSET
    match: Match | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .match import Match  # noqa: E402
from .scrap_yield_raw_data import ScrapYieldRawData  # noqa: E402
from .scrap_yield_schema import ScrapYieldSchema  # noqa: E402
