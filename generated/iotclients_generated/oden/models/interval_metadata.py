"""IntervalMetadata (specs/oden.openapi.yaml: #/components/schemas/IntervalMetadata)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, OpenModel, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class IntervalMetadata(OpenModel):
    """IntervalMetadata.

    The metadata of an interval. Which fields apply depends on the
    interval type: `RUN` uses `product` and `target`, `BATCH` uses
    `run`, `STATE` uses `reason`, `category` and `comment`, and custom
    types carry free-form keys, which are kept as additional properties.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    Attributes:
        metadata_type (IntervalMetadataMetadataType, optional, read-only: set by the server, never sent): The kind of metadata. Set by the server in responses; requests
            never need it.
        product (Product, optional): A product, named by `id` or `name`.
        target (Target, optional): The target value and specification limits of a metric group for a
            product on a line.
        run (IntervalRef, optional): A reference to an interval from another entity. Nothing is required;
            send what the operation needs to find the interval (usually `id`,
            `type` and `line`).
        reason (StateReason, optional): The reason for a state, for example `Equipment Failure`. The `id`
            takes precedence over the `name`.
        comment (str, optional)
        category (StateCategory, optional): A category of state, for example `Planned Downtime`. The `id` takes
            precedence over the `name`.
    """

    # Set by the server: left out of every request body, even when a fetched model is sent back.
    __read_only__: ClassVar[frozenset[str]] = frozenset(["metadata_type"])

    metadata_type: IntervalMetadataMetadataType | Unset = UNSET
    product: Product | Unset = UNSET
    target: Target | Unset = UNSET
    run: IntervalRef | Unset = UNSET
    reason: StateReason | Unset = UNSET
    comment: str | Unset = UNSET
    category: StateCategory | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .interval_metadata_metadata_type import IntervalMetadataMetadataType  # noqa: E402
from .interval_ref import IntervalRef  # noqa: E402
from .product import Product  # noqa: E402
from .state_category import StateCategory  # noqa: E402
from .state_reason import StateReason  # noqa: E402
from .target import Target  # noqa: E402
