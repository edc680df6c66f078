"""StateMetadata (specs/oden.openapi.yaml: #/components/schemas/StateMetadata)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, OpenModel, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class StateMetadata(OpenModel):
    """StateMetadata.

    The metadata of a `STATE` interval.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    Attributes:
        metadata_type (StateMetadataMetadataType, optional, read-only: set by the server, never sent)
        reason (StateReason, optional): The reason for a state, for example `Equipment Failure`. The `id`
            takes precedence over the `name`.
        comment (str, optional)
        category (StateCategory, optional): A category of state, for example `Planned Downtime`. The `id` takes
            precedence over the `name`.
    """

    # Set by the server: left out of every request body, even when a fetched model is sent back.
    __read_only__: ClassVar[frozenset[str]] = frozenset(["metadata_type"])

    metadata_type: StateMetadataMetadataType | Unset = UNSET
    reason: StateReason | Unset = UNSET
    comment: str | Unset = UNSET
    category: StateCategory | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .state_category import StateCategory  # noqa: E402
from .state_metadata_metadata_type import StateMetadataMetadataType  # noqa: E402
from .state_reason import StateReason  # noqa: E402
