"""IntervalType (specs/oden.openapi.yaml: #/components/schemas/IntervalType)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class IntervalType(Model):
    """IntervalType.

    An interval type: one of the built-in `RUN`, `BATCH` and `STATE`, or
    a custom type with a free-text name such as `operator id`.

    Attributes:
        id (UUID, optional)
        name (str, optional)
        match (Match, optional): How many matching entities are acceptable. `unique` answers 409 when
            more than one entity matches, `all` returns every match, `first` and
            `last` pick the oldest or newest match where that applies. When
            omitted the server uses `unique`.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    match: Match | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .match import Match  # noqa: E402
