"""RunMetadata (specs/oden.openapi.yaml: #/components/schemas/RunMetadata)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, OpenModel, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class RunMetadata(OpenModel):
    """RunMetadata.

    The metadata of a `RUN` interval: its product (created and mapped to
    the line when missing) and target.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    Attributes:
        metadata_type (RunMetadataMetadataType, optional, read-only: set by the server, never sent)
        product (Product, optional): A product, named by `id` or `name`.
        target (Target, optional): The target value and specification limits of a metric group for a
            product on a line.
    """

    # Set by the server: left out of every request body, even when a fetched model is sent back.
    __read_only__: ClassVar[frozenset[str]] = frozenset(["metadata_type"])

    metadata_type: RunMetadataMetadataType | Unset = UNSET
    product: Product | Unset = UNSET
    target: Target | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .product import Product  # noqa: E402
from .run_metadata_metadata_type import RunMetadataMetadataType  # noqa: E402
from .target import Target  # noqa: E402
