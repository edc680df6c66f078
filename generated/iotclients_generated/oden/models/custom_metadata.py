"""CustomMetadata (specs/oden.openapi.yaml: #/components/schemas/CustomMetadata)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, OpenModel, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class CustomMetadata(OpenModel):
    """CustomMetadata.

    The metadata of an interval of a custom type: free-form keys, kept as
    additional properties.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    Attributes:
        metadata_type (CustomMetadataMetadataType, optional, read-only: set by the server, never sent)
    """

    # Set by the server: left out of every request body, even when a fetched model is sent back.
    __read_only__: ClassVar[frozenset[str]] = frozenset(["metadata_type"])

    metadata_type: CustomMetadataMetadataType | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .custom_metadata_metadata_type import CustomMetadataMetadataType  # noqa: E402
