"""IntervalMetadata (specs/oden.openapi.yaml: #/components/schemas/IntervalMetadata): one of BatchMetadata, RunMetadata, StateMetadata, CustomMetadata, told apart by ``metadata_type``."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from iotclients.core.unions import OneOf

from .batch_metadata import BatchMetadata
from .custom_metadata import CustomMetadata
from .run_metadata import RunMetadata
from .state_metadata import StateMetadata

IntervalMetadata: TypeAlias = Annotated[
    BatchMetadata | RunMetadata | StateMetadata | CustomMetadata,
    OneOf(
        "oneOf",
        discriminator="metadata_type",
        mapping={
            "batch": "BatchMetadata",
            "custom": "CustomMetadata",
            "run": "RunMetadata",
            "state": "StateMetadata",
        },
    ),
]
