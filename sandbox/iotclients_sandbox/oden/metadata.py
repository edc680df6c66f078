"""Interval metadata as the server stores it, with the side effects the API documents.

For RUN intervals a named product is created when missing and mapped to the line, and a
``target`` upserts the target of the run's metric group, product and line. STATE reasons
and categories are completed from their catalogues (the id wins over the name). BATCH
metadata may point at its RUN.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from iotclients_sandbox.oden.catalog import Catalog
from iotclients_sandbox.oden.errors import BadParameter, NotFound
from iotclients_sandbox.oden.matching import obj, required_obj, text
from iotclients_sandbox.oden.products import Products
from iotclients_sandbox.oden.records import IntervalType, Line, Product, StateCategory, StateReason
from iotclients_sandbox.oden.state import OdenState
from iotclients_sandbox.oden.views import interval_ref_view, product_view, target_view

__all__ = ["MetadataNormalizer"]


class MetadataNormalizer:
    def __init__(self, state: OdenState, catalog: Catalog, products: Products) -> None:
        self.state = state
        self.catalog = catalog
        self.products = products

    def normalize(
        self,
        interval_type: IntervalType,
        line: Line,
        metadata: Mapping[str, Any],
        name: str,
        current: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        # metadata_type is read-only: the server derives it from the interval type.
        data = {key: value for key, value in metadata.items() if key != "metadata_type"}
        if interval_type.builtin and interval_type.name == "RUN":
            self._run(data, line, name, current or {})
        elif interval_type.builtin and interval_type.name == "STATE":
            self._state(data, name)
        elif interval_type.builtin and interval_type.name == "BATCH":
            self._batch(data, name)
        return data

    def _run(self, data: dict[str, Any], line: Line, name: str, current: Mapping[str, Any]) -> None:
        product: Product | None = None
        product_ref = obj(data, "product")
        if product_ref is not None:
            product = self.products.ensure_product(product_ref, f"{name}.product")
            data["product"] = product_view(product)
        else:
            current_product = obj(current, "product")
            current_id = text(current_product, "id")
            product = self.state.products.get(current_id) if current_id else None
        if product is not None:
            self.products.ensure_mapping(product, line)
        target = obj(data, "target")
        if target is None:
            return
        if product is None:
            raise BadParameter(f"{name}.product", "a run target needs the run's product")
        group_ref = required_obj(target, "metric_group", f"{name}.target.metric_group")
        group = self.catalog.resolve_metric_group(group_ref, f"{name}.target.metric_group")
        stored = self.products.upsert_target(group, product, line, target)
        data["target"] = target_view(self.state, stored)

    def _state(self, data: dict[str, Any], name: str) -> None:
        category = obj(data, "category")
        if category is not None:
            data["category"] = _complete(category, self.state.state_categories, f"{name}.category")
        reason = obj(data, "reason")
        if reason is not None:
            data["reason"] = _complete(reason, self.state.state_reasons, f"{name}.reason")

    def _batch(self, data: dict[str, Any], name: str) -> None:
        run_ref = obj(data, "run")
        run_id = text(run_ref, "id")
        if run_id is None:
            return
        run = self.state.intervals.get(run_id)
        if run is None or self.state.interval_types[run.type_id].name != "RUN":
            raise NotFound(f"no RUN interval with id {run_id!r}", name=f"{name}.run.id")
        data["run"] = interval_ref_view(self.state, run)


def _complete(
    ref: Mapping[str, Any], catalogue: Mapping[int, StateCategory] | Mapping[int, StateReason], name: str
) -> dict[str, Any]:
    entry_id = ref.get("id")
    if isinstance(entry_id, int) and not isinstance(entry_id, bool):
        entry = catalogue.get(entry_id)
        if entry is None:
            raise BadParameter(f"{name}.id", f"unknown id {entry_id}")
        return {"id": entry.id, "name": entry.name}
    entry_name = text(ref, "name")
    for candidate in catalogue.values():
        if candidate.name == entry_name:
            return {"id": candidate.id, "name": candidate.name}
    return dict(ref)
