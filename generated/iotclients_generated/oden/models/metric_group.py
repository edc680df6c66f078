"""MetricGroup (specs/oden.openapi.yaml: #/components/schemas/MetricGroup)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class MetricGroup(Model):
    """MetricGroup.

    A group of metrics, such as line speed, named by `id` or `name`.

    Attributes:
        name (str, optional)
        description (str, optional)
        id (UUID, optional)
        unit_kind_of_quantity (str, optional): The kind of quantity measured, for example length or temperature.
        match (Match, optional): How many matching entities are acceptable. `unique` answers 409 when
            more than one entity matches, `all` returns every match, `first` and
            `last` pick the oldest or newest match where that applies. When
            omitted the server uses `unique`.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    id: UUID | Unset = UNSET
    unit_kind_of_quantity: str | Unset = UNSET
    match: Match | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .match import Match  # noqa: E402
