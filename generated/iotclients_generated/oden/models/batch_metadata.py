"""BatchMetadata (specs/oden.openapi.yaml: #/components/schemas/BatchMetadata)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, OpenModel, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class BatchMetadata(OpenModel):
    """BatchMetadata.

    The metadata of a `BATCH` interval, which may point at its run.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    Attributes:
        metadata_type (BatchMetadataMetadataType, optional, read-only: set by the server, never sent)
        run (IntervalRef, optional): A reference to an interval from another entity. Nothing is required;
            send what the operation needs to find the interval (usually `id`,
            `type` and `line`).
    """

    # Set by the server: left out of every request body, even when a fetched model is sent back.
    __read_only__: ClassVar[frozenset[str]] = frozenset(["metadata_type"])

    metadata_type: BatchMetadataMetadataType | Unset = UNSET
    run: IntervalRef | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .batch_metadata_metadata_type import BatchMetadataMetadataType  # noqa: E402
from .interval_ref import IntervalRef  # noqa: E402
