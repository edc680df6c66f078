"""How stored entities are written in response bodies (only fields the spec declares)."""

from __future__ import annotations

from typing import Any

from iotclients_sandbox.oden.records import (
    Factory,
    Interval,
    IntervalType,
    Line,
    MetricGroup,
    Product,
    ProductAttribute,
    QualitySchema,
    QualityTest,
    ScrapYieldRecord,
    ScrapYieldSchema,
    Target,
    Unit,
    WorkOrder,
)
from iotclients_sandbox.oden.state import OdenState
from iotclients_sandbox.oden.timefmt import format_time

__all__ = [
    "METADATA_TYPES",
    "factory_view",
    "interval_ref_view",
    "interval_type_view",
    "interval_view",
    "line_view",
    "metric_group_view",
    "product_attribute_view",
    "product_view",
    "quality_schema_view",
    "quality_test_view",
    "scrap_yield_schema_view",
    "scrap_yield_view",
    "target_view",
    "unit_view",
    "work_order_view",
]

METADATA_TYPES = {"RUN": "run", "BATCH": "batch", "STATE": "state"}
"""The ``metadata_type`` the server reports per built-in type; custom types report ``custom``."""


def factory_view(factory: Factory) -> dict[str, Any]:
    return {
        "id": factory.id,
        "name": factory.name,
        "secondary_name": factory.secondary_name,
        "timezone": factory.timezone,
    }


def line_view(state: OdenState, line: Line) -> dict[str, Any]:
    view: dict[str, Any] = {"id": line.id, "name": line.name}
    if line.secondary_name is not None:
        view["secondary_name"] = line.secondary_name
    view["factory"] = factory_view(state.factories[line.factory_id])
    return view


def metric_group_view(group: MetricGroup) -> dict[str, Any]:
    return {
        "id": group.id,
        "name": group.name,
        "description": group.description,
        "unit_kind_of_quantity": group.unit_kind_of_quantity,
    }


def product_view(product: Product) -> dict[str, Any]:
    return {"id": product.id, "name": product.name}


def product_attribute_view(state: OdenState, attribute: ProductAttribute) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": attribute.id,
        "name": attribute.name,
        "display_name": attribute.display_name,
        "product": product_view(state.products[attribute.product_id]),
        "rule_based": attribute.rule_based,
    }
    if attribute.value is not None:
        view["value"] = attribute.value
    return view


def target_view(state: OdenState, target: Target) -> dict[str, Any]:
    view: dict[str, Any] = {
        "metric_group": metric_group_view(state.metric_groups[target.metric_group_id]),
        "product": product_view(state.products[target.product_id]),
        "line": line_view(state, state.lines[target.line_id]),
    }
    for key in ("target_value", "lsl", "usl"):
        value = getattr(target, key)
        if value is not None:
            view[key] = value
    return view


def interval_type_view(interval_type: IntervalType) -> dict[str, Any]:
    return {"id": interval_type.id, "name": interval_type.name}


def interval_view(state: OdenState, interval: Interval) -> dict[str, Any]:
    interval_type = state.interval_types[interval.type_id]
    view: dict[str, Any] = {
        "id": interval.id,
        "type": interval_type_view(interval_type),
        "line": line_view(state, state.lines[interval.line_id]),
    }
    if interval.name is not None:
        view["name"] = interval.name
    if interval.start_time is not None:
        view["start_time"] = format_time(interval.start_time)
    if interval.end_time is not None:
        view["end_time"] = format_time(interval.end_time)
    metadata = dict(interval.metadata)
    metadata["metadata_type"] = METADATA_TYPES.get(interval_type.name, "custom")
    view["metadata"] = metadata
    return view


def unit_view(unit: Unit) -> dict[str, Any]:
    return {
        "id": unit.id,
        "symbol": unit.symbol,
        "name": unit.name,
        "kind_of_quantity": unit.kind_of_quantity,
    }


def scrap_yield_schema_view(state: OdenState, schema: ScrapYieldSchema) -> dict[str, Any]:
    return {
        "id": schema.id,
        "factory": factory_view(state.factories[schema.factory_id]),
        "scrap_conversion_factor": schema.scrap_conversion_factor,
        "yield_conversion_factor": schema.yield_conversion_factor,
        "scrap_unit": unit_view(schema.scrap_unit),
        "yield_unit": unit_view(schema.yield_unit),
    }


def scrap_yield_view(state: OdenState, record: ScrapYieldRecord) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": record.id,
        "raw_data": dict(record.raw_data),
        "timestamp": format_time(record.timestamp) if record.timestamp is not None else None,
    }
    if record.schema_id is not None and record.schema_id in state.scrap_yield_schemas:
        view["schema"] = scrap_yield_schema_view(state, state.scrap_yield_schemas[record.schema_id])
    return view


def quality_schema_view(state: OdenState, schema: QualitySchema) -> dict[str, Any]:
    return {
        "id": schema.id,
        "factory": factory_view(state.factories[schema.factory_id]),
        "schema": schema.schema,
        "description": schema.description,
    }


def interval_ref_view(state: OdenState, interval: Interval) -> dict[str, Any]:
    """The short form used where another entity points at an interval."""
    view: dict[str, Any] = {
        "id": interval.id,
        "type": interval_type_view(state.interval_types[interval.type_id]),
        "line": line_view(state, state.lines[interval.line_id]),
    }
    if interval.name is not None:
        view["name"] = interval.name
    return view


def quality_test_view(state: OdenState, test: QualityTest) -> dict[str, Any]:
    view: dict[str, Any] = {"id": test.id, "raw_data": dict(test.raw_data)}
    if test.timestamp is not None:
        view["timestamp"] = format_time(test.timestamp)
    interval = state.intervals.get(test.interval_id)
    if interval is not None:
        view["interval"] = interval_ref_view(state, interval)
    if test.schema_id is not None and test.schema_id in state.quality_schemas:
        view["quality_schema"] = quality_schema_view(state, state.quality_schemas[test.schema_id])
    return view


def work_order_view(state: OdenState, order: WorkOrder) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": order.id,
        "name": order.name,
        "external_id": order.external_id,
        "line": line_view(state, state.lines[order.line_id]),
        "started_at": format_time(order.started_at),
    }
    if order.description is not None:
        view["description"] = order.description
    if order.completed_at is not None:
        view["completed_at"] = format_time(order.completed_at)
    if order.metadata is not None:
        view["metadata"] = dict(order.metadata)
    return view
