"""Products, their mappings to lines, their attributes, and targets."""

from __future__ import annotations

from typing import Any

from iotclients_sandbox.oden.catalog import Catalog, describe_ref
from iotclients_sandbox.oden.errors import BadParameter, NotFound
from iotclients_sandbox.oden.matching import (
    Body,
    Match,
    flag,
    match_of,
    number,
    obj,
    required_obj,
    select,
    text,
)
from iotclients_sandbox.oden.records import Line, MetricGroup, Product, ProductAttribute, Target
from iotclients_sandbox.oden.state import OdenState
from iotclients_sandbox.oden.views import line_view, product_attribute_view, product_view, target_view

__all__ = ["Products"]


class Products:
    def __init__(self, state: OdenState, catalog: Catalog) -> None:
        self.state = state
        self.catalog = catalog

    # -- products -----------------------------------------------------------------------------

    def find_products(self, ref: Body) -> list[Product]:
        """Live (not soft-deleted) products named by ``ref``."""
        product_id = text(ref, "id")
        if product_id is not None:
            found = self.state.products.get(product_id)
            return [found] if found is not None and not found.deleted else []
        candidates = [product for product in self.state.products.values() if not product.deleted]
        name = text(ref, "name")
        if name is not None:
            candidates = [product for product in candidates if product.name == name]
        return candidates

    def resolve_product(self, ref: Body, name: str = "product") -> Product:
        found = self.find_products(ref)
        missing = f"product {describe_ref(ref)} not found"
        return select(found, Match.UNIQUE, "product", missing=missing, name=name)[0]

    def ensure_product(self, ref: Body, name: str = "product") -> Product:
        """The product named by ``ref``, created when it is named by a name nobody has yet."""
        if text(ref, "id") is None and text(ref, "name") is not None:
            found = self.find_products(ref)
            if not found:
                return self._create_product(str(ref["name"]))
        return self.resolve_product(ref, name)

    def _create_product(self, name: str) -> Product:
        product = Product(self.state.new_uuid(), name)
        self.state.products[product.id] = product
        return product

    def search_products(self, body: Body) -> list[dict[str, Any]]:
        found = select(self.find_products(body), match_of(body), "product", missing=None)
        return [product_view(product) for product in found]

    def set_product(self, body: Body) -> None:
        name = text(body, "name")
        if name is None:
            raise BadParameter("name", "name is required to create or rename a product")
        product_id = text(body, "id")
        clash = [product for product in self.find_products({"name": name}) if product.id != product_id]
        if product_id is None:
            if not clash:
                self._create_product(name)
            return
        product = self.state.products.get(product_id)
        if product is None or product.deleted:
            raise NotFound(f"product id={product_id!r} not found", name="id")
        if clash:
            raise BadParameter("name", f"another product is already named {name!r}")
        product.name = name

    def delete_product(self, body: Body) -> None:
        found = select(self.find_products(body), match_of(body), "product", missing="no product matches")
        for product in found:
            product.deleted = True

    # -- product mappings ---------------------------------------------------------------------

    def ensure_mapping(self, product: Product, line: Line) -> None:
        self.state.product_mappings.setdefault((product.id, line.id), None)

    def search_product_mappings(self, body: Body) -> list[dict[str, Any]]:
        pairs = list(self.state.product_mappings)
        product_ref = obj(body, "product")
        if product_ref is not None:
            product_ids = {product.id for product in self.find_products(product_ref)}
            pairs = [pair for pair in pairs if pair[0] in product_ids]
        line_ref = obj(body, "line")
        if line_ref is not None:
            line_ids = {line.id for line in self.catalog.find_lines(line_ref)}
            pairs = [pair for pair in pairs if pair[1] in line_ids]
        pairs = [pair for pair in pairs if not self.state.products[pair[0]].deleted]
        found = select(pairs, match_of(body), "product_mapping", missing=None)
        return [
            {
                "product": product_view(self.state.products[product_id]),
                "line": line_view(self.state, self.state.lines[line_id]),
            }
            for product_id, line_id in found
        ]

    def set_product_mapping(self, body: Body) -> None:
        line = self.catalog.resolve_line(required_obj(body, "line"))
        product = self.ensure_product(required_obj(body, "product"))
        self.ensure_mapping(product, line)

    # -- product attributes -------------------------------------------------------------------

    def find_attributes(self, body: Body) -> list[ProductAttribute]:
        # Precedence of the API: id, then product, then display_name.
        attributes = list(self.state.product_attributes.values())
        attribute_id = text(body, "id")
        product_ref = obj(body, "product")
        display_name = text(body, "display_name")
        if attribute_id is not None:
            attributes = [attribute for attribute in attributes if attribute.id == attribute_id]
        elif product_ref is not None:
            product_ids = {product.id for product in self.find_products(product_ref)}
            attributes = [attribute for attribute in attributes if attribute.product_id in product_ids]
        elif display_name is not None:
            attributes = [attribute for attribute in attributes if attribute.display_name == display_name]
        machine_name = text(body, "name")
        if machine_name is not None and attribute_id is None:
            attributes = [attribute for attribute in attributes if attribute.name == machine_name]
        return [
            attribute for attribute in attributes if not self.state.products[attribute.product_id].deleted
        ]

    def search_product_attributes(self, body: Body) -> list[dict[str, Any]]:
        found = select(self.find_attributes(body), match_of(body), "product_attribute", missing=None)
        return [product_attribute_view(self.state, attribute) for attribute in found]

    def set_product_attribute(self, body: Body) -> list[dict[str, Any]]:
        product = self.resolve_product(required_obj(body, "product"))
        attribute_id = text(body, "id")
        attribute: ProductAttribute | None = None
        if attribute_id is not None:
            attribute = self.state.product_attributes.get(attribute_id)
            if attribute is None or attribute.product_id != product.id:
                raise NotFound(f"attribute id={attribute_id!r} not found on this product", name="id")
        else:
            machine_name = text(body, "name")
            if machine_name is None:
                raise BadParameter("name", "name (or id) is required to set a product attribute")
            attribute = next(
                (
                    existing
                    for existing in self.state.product_attributes.values()
                    if existing.product_id == product.id and existing.name == machine_name
                ),
                None,
            )
            if attribute is None:
                attribute = ProductAttribute(
                    self.state.new_uuid(),
                    product.id,
                    machine_name,
                    text(body, "display_name") or machine_name,
                )
                self.state.product_attributes[attribute.id] = attribute
        if text(body, "display_name") is not None:
            attribute.display_name = str(body["display_name"])
        if "value" in body:
            attribute.value = text(body, "value")
        attribute.rule_based = flag(body, "rule_based", attribute.rule_based)
        return [product_attribute_view(self.state, attribute)]

    # -- targets ------------------------------------------------------------------------------

    def find_targets(self, body: Body) -> list[Target]:
        targets = list(self.state.targets.values())
        line_ref = obj(body, "line")
        if line_ref is not None:
            line = self.catalog.resolve_line(line_ref)
            targets = [target for target in targets if target.line_id == line.id]
        group_ref = obj(body, "metric_group")
        if group_ref is not None:
            group = self.catalog.resolve_metric_group(group_ref)
            targets = [target for target in targets if target.metric_group_id == group.id]
        product_ref = obj(body, "product")
        if product_ref is not None:
            product = self.resolve_product(product_ref)
            targets = [target for target in targets if target.product_id == product.id]
        return [target for target in targets if not self.state.products[target.product_id].deleted]

    def search_targets(self, body: Body) -> list[dict[str, Any]]:
        found = select(self.find_targets(body), match_of(body), "target", missing="no target matches")
        return [target_view(self.state, target) for target in found]

    def set_target(self, body: Body) -> dict[str, Any]:
        group = self.catalog.resolve_metric_group(required_obj(body, "metric_group"))
        line = self.catalog.resolve_line(required_obj(body, "line"))
        product = self.ensure_product(required_obj(body, "product"))
        target = self.upsert_target(group, product, line, body)
        return target_view(self.state, target)

    def upsert_target(self, group: MetricGroup, product: Product, line: Line, values: Body) -> Target:
        """Create or update the target keyed by metric group + product + line (mapping included)."""
        self.ensure_mapping(product, line)
        key = (group.id, product.id, line.id)
        target = self.state.targets.get(key)
        if target is None:
            target = Target(group.id, product.id, line.id)
            self.state.targets[key] = target
        for field_name in ("target_value", "lsl", "usl"):
            if field_name in values:
                setattr(target, field_name, number(values, field_name))
        return target
