"""Line (specs/oden.openapi.yaml: #/components/schemas/Line)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Line(Model):
    """Line.

    A production line, named by `id`, or by `name` (or `secondary_name`)
    together with its `factory`.

    Attributes:
        id (UUID, optional)
        name (str, optional)
        secondary_name (str, optional): An alternative name of the line.
        factory (Factory, optional): A factory, named by `id` or `name`.
        match (Match, optional): How many matching entities are acceptable. `unique` answers 409 when
            more than one entity matches, `all` returns every match, `first` and
            `last` pick the oldest or newest match where that applies. When
            omitted the server uses `unique`.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    secondary_name: str | Unset = UNSET
    factory: Factory | Unset = UNSET
    match: Match | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .factory import Factory  # noqa: E402
from .match import Match  # noqa: E402
