"""ProductMapping (specs/oden.openapi.yaml: #/components/schemas/ProductMapping)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ProductMapping(Model):
    """ProductMapping.

    The mapping of a product to a line.

    Attributes:
        product (Product, optional): A product, named by `id` or `name`.
        line (Line, optional): A production line, named by `id`, or by `name` (or `secondary_name`)
            together with its `factory`.
        match (Match, optional): How many matching entities are acceptable. `unique` answers 409 when
            more than one entity matches, `all` returns every match, `first` and
            `last` pick the oldest or newest match where that applies. When
            omitted the server uses `unique`.
    """

    product: Product | Unset = UNSET
    line: Line | Unset = UNSET
    match: Match | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .line import Line  # noqa: E402
from .match import Match  # noqa: E402
from .product import Product  # noqa: E402
