"""IntervalTypeSet (specs/oden.openapi.yaml: #/components/schemas/IntervalTypeSet)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class IntervalTypeSet(Model):
    """IntervalTypeSet.

    The body of interval_type/set. Without `id` a custom type named
    `name` is created; with `id` that type is updated and `name` must be
    left out.

    Attributes:
        id (UUID, optional)
        name (str, optional)
        metadata_schema (str, optional): A JSON Schema for the metadata of intervals of this type, as a
            string holding JSON. When left out the stored schema is kept.
        tags (list[str] | None, optional): The tags of the type. Missing or null leaves the tags unchanged,
            an empty array clears them and an array replaces them.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    metadata_schema: str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
