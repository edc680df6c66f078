"""Everything one Oden sandbox knows, in plain dictionaries, plus deterministic id sources."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from typing import Final

from iotclients_sandbox.oden.interval_index import IntervalIndex
from iotclients_sandbox.oden.records import (
    Dashboard,
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
    StateCategory,
    StateReason,
    Target,
    WorkOrder,
)

__all__ = ["FIRST_INTERVAL_ID", "OdenState"]

FIRST_INTERVAL_ID: Final = 0x1809D88ADF0
"""Interval ids count up from here, so they look like the API's short hex ids (``1809d88adf0``)."""


@dataclass
class OdenState:
    seed: int = 0
    factories: dict[str, Factory] = field(default_factory=dict)
    lines: dict[str, Line] = field(default_factory=dict)
    metric_groups: dict[str, MetricGroup] = field(default_factory=dict)
    products: dict[str, Product] = field(default_factory=dict)
    product_mappings: dict[tuple[str, str], None] = field(default_factory=dict)
    """(product id, line id) pairs in creation order."""
    product_attributes: dict[str, ProductAttribute] = field(default_factory=dict)
    targets: dict[tuple[str, str, str], Target] = field(default_factory=dict)
    """Keyed by (metric group id, product id, line id), the upsert key of target/set."""
    state_categories: dict[int, StateCategory] = field(default_factory=dict)
    state_reasons: dict[int, StateReason] = field(default_factory=dict)
    interval_types: dict[str, IntervalType] = field(default_factory=dict)
    intervals: IntervalIndex = field(default_factory=IntervalIndex)
    soft_deleted_intervals: dict[str, Interval] = field(default_factory=dict)
    """Intervals removed by a bulk delete with ``hard_delete: false``: gone from searches, kept here."""
    scrap_yield_schemas: dict[str, ScrapYieldSchema] = field(default_factory=dict)
    scrap_yield_records: dict[str, ScrapYieldRecord] = field(default_factory=dict)
    quality_schemas: dict[str, QualitySchema] = field(default_factory=dict)
    quality_tests: dict[str, QualityTest] = field(default_factory=dict)
    work_orders: dict[str, WorkOrder] = field(default_factory=dict)
    dashboards: dict[str, Dashboard] = field(default_factory=dict)
    _rng: random.Random = field(init=False, repr=False)
    _sequence: int = field(default=0, init=False, repr=False)
    _next_interval: int = field(default=FIRST_INTERVAL_ID, init=False, repr=False)

    def __post_init__(self) -> None:
        # Deterministic ids for reproducible runs; nothing here is secret.
        self._rng = random.Random(self.seed)  # noqa: S311

    def new_uuid(self) -> str:
        """A version-4-shaped UUID from the seeded generator: the same run gives the same ids."""
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def new_interval_id(self) -> str:
        while True:
            candidate = format(self._next_interval, "x")
            self._next_interval += 1
            if self.intervals.get(candidate) is None:
                return candidate

    def next_sequence(self) -> int:
        self._sequence += 1
        return self._sequence
