"""The demo data every fresh Oden sandbox starts with.

Ids are fixed, so documentation and tests can name them. Where the spec's request examples
use an id (line ``2fc8b5e5-...``, run ``1809d88adf0``, product ``6b1f4a0e-...`` and so on),
the demo entity carries that very id, so the examples work against a fresh sandbox.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Final

from iotclients_sandbox.oden.interval_types import BUILTIN_TYPES
from iotclients_sandbox.oden.intervals import Intervals, IntervalValues
from iotclients_sandbox.oden.records import (
    Dashboard,
    DashboardModule,
    Factory,
    IntervalType,
    Line,
    MetricGroup,
    Product,
    ProductAttribute,
    QualitySchema,
    QualityTest,
    ScrapYieldRecord,
    ScrapYieldSchema,
    StateCategory,
    StateReason,
    Target,
    Unit,
    WorkOrder,
)
from iotclients_sandbox.oden.state import OdenState
from iotclients_sandbox.oden.timefmt import parse_time

__all__ = [
    "DASHBOARD_ID",
    "DEMO_API_KEY",
    "EXAMPLE_PRODUCT_ID",
    "FACTORY_A_ID",
    "FACTORY_B_ID",
    "LINE_01_ID",
    "OPERATOR_ID_TYPE_ID",
    "QUALITY_SCHEMA_ID",
    "QUALITY_TEST_IDS",
    "READ_ONLY_API_KEY",
    "RUN_INTERVAL_ID",
    "SCRAP_YIELD_RECORD_ID",
    "WORK_ORDER_ID",
    "demo_id",
    "populate",
]

DEMO_API_KEY: Final = "oden-demo-key"
READ_ONLY_API_KEY: Final = "oden-readonly-key"
"""Valid, but every set/update/delete answers 403 with it."""

_NAMESPACE: Final = uuid.UUID("6f0d9c3e-2b1a-5c47-9e8d-0a1b2c3d4e5f")


def demo_id(kind: str, name: str) -> str:
    """The fixed id of a demo entity without an id of its own in the spec's examples."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{name}"))


FACTORY_A_ID: Final = demo_id("factory", "Factory A")
FACTORY_B_ID: Final = demo_id("factory", "Factory B")
LINE_01_ID: Final = "2fc8b5e5-fb88-48a7-9c35-4a763206608c"
EXAMPLE_PRODUCT_ID: Final = "6b1f4a0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
OPERATOR_ID_TYPE_ID: Final = "0f6c7d1e-2a3b-4c5d-8e9f-a0b1c2d3e4f5"
RUN_INTERVAL_ID: Final = "1809d88adf0"
SCRAP_YIELD_RECORD_ID: Final = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"
QUALITY_SCHEMA_ID: Final = "23"
QUALITY_TEST_IDS: Final = ("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a")
DASHBOARD_ID: Final = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
WORK_ORDER_ID: Final = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"


def _at(text: str) -> datetime:
    return parse_time(text, "seed")


def populate(state: OdenState, intervals: Intervals) -> None:
    """Fill an empty store with the demo factories, lines, products, intervals and the rest."""
    _machine_groups(state)
    _products(state)
    _interval_types(state)
    _intervals(state, intervals)
    _quality(state)
    _work_orders_and_dashboards(state)


def _machine_groups(state: OdenState) -> None:
    factory_a = Factory(FACTORY_A_ID, "Factory A", "America/New_York", secondary_name="Plant 1")
    factory_b = Factory(FACTORY_B_ID, "Factory B", "Europe/Berlin")
    state.factories = {factory.id: factory for factory in (factory_a, factory_b)}
    lines = [
        Line(LINE_01_ID, "Line 01", factory_a.id, secondary_name="Extruder 1"),
        Line(demo_id("line", "Factory A/Line 02"), "Line 02", factory_a.id, secondary_name="Extruder 2"),
        Line(demo_id("line", "Factory A/Line 03"), "Line 03", factory_a.id, secondary_name="Extruder 3"),
        # Same name as in Factory A on purpose: a line searched by name alone is ambiguous (409).
        Line(demo_id("line", "Factory B/Line 01"), "Line 01", factory_b.id),
        Line(demo_id("line", "Factory B/Packaging"), "Packaging", factory_b.id),
    ]
    state.lines = {line.id: line for line in lines}
    groups = [
        MetricGroup(demo_id("metric_group", "Line Speed"), "Line Speed", "Speed of the line", "velocity"),
        MetricGroup(
            demo_id("metric_group", "Melt Temperature"), "Melt Temperature", "Melt temperature", "temperature"
        ),
        MetricGroup(demo_id("metric_group", "Diameter"), "Diameter", "Outer diameter of the cable", "length"),
    ]
    state.metric_groups = {group.id: group for group in groups}
    state.state_categories = {
        1: StateCategory(1, "Planned Downtime"),
        2: StateCategory(2, "Unplanned Downtime"),
    }
    state.state_reasons = {
        1: StateReason(1, "Preventive Maintenance"),
        2: StateReason(2, "Equipment Failure"),
        3: StateReason(3, "Material Shortage"),
    }


def _products(state: OdenState) -> None:
    products = [
        Product(EXAMPLE_PRODUCT_ID, "Example Product"),
        Product(demo_id("product", "Cable 12mm Red"), "Cable 12mm Red"),
        Product(demo_id("product", "Cable 12mm Blue"), "Cable 12mm Blue"),
    ]
    state.products = {product.id: product for product in products}
    line_02 = demo_id("line", "Factory A/Line 02")
    for product_id, line_id in (
        (EXAMPLE_PRODUCT_ID, LINE_01_ID),
        (products[1].id, LINE_01_ID),
        (products[1].id, line_02),
        (products[2].id, line_02),
    ):
        state.product_mappings[(product_id, line_id)] = None
    attributes = [
        ProductAttribute(
            demo_id("attribute", "Example Product/cable_color"),
            EXAMPLE_PRODUCT_ID,
            "cable_color",
            "Cable Color",
            "black",
        ),
        ProductAttribute(
            demo_id("attribute", "Example Product/diameter_mm"),
            EXAMPLE_PRODUCT_ID,
            "diameter_mm",
            "Diameter (mm)",
            "12.7",
        ),
        ProductAttribute(
            demo_id("attribute", "Cable 12mm Red/jacket_material"),
            products[1].id,
            "jacket_material",
            "Jacket Material",
            "PVC",
        ),
    ]
    state.product_attributes = {attribute.id: attribute for attribute in attributes}
    line_speed = demo_id("metric_group", "Line Speed")
    state.targets[(line_speed, EXAMPLE_PRODUCT_ID, LINE_01_ID)] = Target(
        line_speed, EXAMPLE_PRODUCT_ID, LINE_01_ID, target_value=120.0, lsl=110.0, usl=130.0
    )


def _interval_types(state: OdenState) -> None:
    for name in BUILTIN_TYPES:
        built_in = IntervalType(demo_id("interval_type", name), name, builtin=True)
        state.interval_types[built_in.id] = built_in
    operator = IntervalType(
        OPERATOR_ID_TYPE_ID, "operator id", metadata_schema='{"type":"object"}', tags=["operators"]
    )
    shift = IntervalType(demo_id("interval_type", "shift"), "shift", tags=["shifts"])
    state.interval_types[operator.id] = operator
    state.interval_types[shift.id] = shift


def _intervals(state: OdenState, intervals: Intervals) -> None:
    types = {interval_type.name: interval_type for interval_type in state.interval_types.values()}
    line_01 = state.lines[LINE_01_ID]
    line_02 = state.lines[demo_id("line", "Factory A/Line 02")]
    example = {"product": {"id": EXAMPLE_PRODUCT_ID}}
    red = {"product": {"name": "Cable 12mm Red"}}

    def add(line: Line, type_name: str, body: dict[str, object]) -> str:
        return intervals.create(line, types[type_name], IntervalValues(body)).id

    # Created first so it gets the id the spec's examples use (1809d88adf0).
    run_id = add(
        line_01,
        "RUN",
        {
            "name": "example_run",
            "start_time": "2021-04-04T08:00:04Z",
            "end_time": "2021-04-04T18:00:00Z",
            "metadata": example,
        },
    )
    if run_id != RUN_INTERVAL_ID:
        raise RuntimeError(f"the first demo run got id {run_id}, expected {RUN_INTERVAL_ID}")
    add(
        line_01,
        "operator id",
        {
            "name": "Operator 7",
            "start_time": "2021-04-04T08:00:04Z",
            "end_time": "2021-04-04T12:00:00Z",
            "metadata": {"badge": "0007"},
        },
    )
    add(
        line_01,
        "operator id",
        {
            "name": "Operator 8",
            "start_time": "2021-04-04T12:00:00Z",
            "end_time": "2021-04-04T18:00:00Z",
            "metadata": {"badge": "0008"},
        },
    )
    add(
        line_01,
        "RUN",
        {
            "name": "run_0403",
            "start_time": "2021-04-03T08:00:00Z",
            "end_time": "2021-04-03T20:00:00Z",
            "metadata": red,
        },
    )
    add(
        line_01,
        "BATCH",
        {
            "name": "batch_0404_1",
            "start_time": "2021-04-04T08:00:04Z",
            "end_time": "2021-04-04T12:00:00Z",
            "metadata": {"run": {"id": RUN_INTERVAL_ID}},
        },
    )
    add(
        line_01,
        "STATE",
        {
            "start_time": "2021-04-04T10:00:00Z",
            "end_time": "2021-04-04T10:45:00Z",
            "metadata": {
                "category": {"id": 2},
                "reason": {"id": 2},
                "comment": "Extruder heater zone 3 failed.",
            },
        },
    )
    add(
        line_01,
        "STATE",
        {
            "start_time": "2021-04-05T09:00:00Z",
            "end_time": "2021-04-05T09:30:00Z",
            "metadata": {"category": {"id": 1}, "reason": {"id": 1}},
        },
    )
    add(
        line_01,
        "shift",
        {"name": "Shift 1", "start_time": "2021-04-04T06:00:00Z", "end_time": "2021-04-04T14:00:00Z"},
    )
    add(
        line_02,
        "RUN",
        {
            "name": "run_line02_0404",
            "start_time": "2021-04-04T07:00:00Z",
            "end_time": "2021-04-04T19:00:00Z",
            "metadata": red,
        },
    )


def _quality(state: OdenState) -> None:
    kilograms = Unit(1, "kg", "kilogram", "mass")
    meters = Unit(2, "m", "meter", "length")
    for factory_id in (FACTORY_A_ID, FACTORY_B_ID):
        schema = ScrapYieldSchema(demo_id("scrap_yield_schema", factory_id), factory_id, kilograms, meters)
        state.scrap_yield_schemas[schema.id] = schema
    state.scrap_yield_records[SCRAP_YIELD_RECORD_ID] = ScrapYieldRecord(
        SCRAP_YIELD_RECORD_ID,
        RUN_INTERVAL_ID,
        {"scrap": 120, "yield": 900},
        timestamp=_at("2021-04-04T12:00:00Z"),
        schema_id=demo_id("scrap_yield_schema", FACTORY_A_ID),
    )
    diameter_schema = (
        '{"type":"object","properties":{"diameter_mm":{"type":"number"},"passed":{"type":"boolean"}}}'
    )
    state.quality_schemas = {
        QUALITY_SCHEMA_ID: QualitySchema(
            QUALITY_SCHEMA_ID, FACTORY_A_ID, diameter_schema, "Cable diameter check"
        ),
        "24": QualitySchema("24", FACTORY_B_ID, '{"type":"object"}', "Packaging inspection"),
    }
    # Two tests on one run: deleting "the" test of that run by interval is ambiguous (409).
    for test_id, diameter, stamp in (
        (QUALITY_TEST_IDS[0], 12.7, "2021-04-04T12:30:00Z"),
        (QUALITY_TEST_IDS[1], 12.6, "2021-04-04T16:30:00Z"),
    ):
        state.quality_tests[test_id] = QualityTest(
            test_id,
            RUN_INTERVAL_ID,
            state.next_sequence(),
            {"diameter_mm": diameter, "passed": True},
            _at(stamp),
            QUALITY_SCHEMA_ID,
        )


def _work_orders_and_dashboards(state: OdenState) -> None:
    state.work_orders[WORK_ORDER_ID] = WorkOrder(
        WORK_ORDER_ID,
        "Replace heater band",
        "WO-1042",
        LINE_01_ID,
        _at("2024-03-01T08:00:00Z"),
        state.next_sequence(),
        description="Heater band of zone 3 is failing.",
        metadata={"technician": "A. Smith"},
    )
    modules = [
        DashboardModule(demo_id("module", "Runs"), "Runs", "runs"),
        DashboardModule(demo_id("module", "Downtime"), "Downtime", "states"),
        # Holds a placeholder the service never substitutes, so this module always reports an error.
        DashboardModule(demo_id("module", "Shift output"), "Shift output", "query", query="shift = {shift}"),
    ]
    state.dashboards[DASHBOARD_ID] = Dashboard(DASHBOARD_ID, "Line overview", modules)
