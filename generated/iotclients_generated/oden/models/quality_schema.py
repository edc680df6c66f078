"""QualitySchema (specs/oden.openapi.yaml: #/components/schemas/QualitySchema)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class QualitySchema(Model):
    """QualitySchema.

    The schema that the results of a quality test follow.

    Attributes:
        id (str, optional): The schema id, an integer written as a string, for example `"23"`.
        factory (Factory, optional): A factory, named by `id` or `name`.
        schema (str, optional): The schema itself, as a string holding JSON.
        description (str, optional)
        match (Match, optional): How many matching entities are acceptable. `unique` answers 409 when
            more than one entity matches, `all` returns every match, `first` and
            `last` pick the oldest or newest match where that applies. When
            omitted the server uses `unique`.
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {"id": {"pattern": "^[0-9]+$", "type": "string"}}

    id: str | Unset = UNSET
    factory: Factory | Unset = UNSET
    schema: str | Unset = UNSET
    description: str | Unset = UNSET
    match: Match | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .factory import Factory  # noqa: E402
from .match import Match  # noqa: E402
