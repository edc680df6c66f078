"""ProductAttribute (specs/oden.openapi.yaml: #/components/schemas/ProductAttribute)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ProductAttribute(Model):
    """ProductAttribute.

    An attribute of a product and its value.

    Attributes:
        id (UUID, optional)
        name (str, optional): The machine name of the attribute, for example `cable_color`.
        display_name (str, optional): The name shown to people, for example `Cable Color`.
        value (str, optional)
        product (Product, optional): A product, named by `id` or `name`.
        rule_based (bool, optional): Whether the value is derived by a rule.
        match (Match, optional): How many matching entities are acceptable. `unique` answers 409 when
            more than one entity matches, `all` returns every match, `first` and
            `last` pick the oldest or newest match where that applies. When
            omitted the server uses `unique`.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    value: str | Unset = UNSET
    product: Product | Unset = UNSET
    rule_based: bool | Unset = UNSET
    match: Match | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .match import Match  # noqa: E402
from .product import Product  # noqa: E402
