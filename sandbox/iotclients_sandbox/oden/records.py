"""The entities the Oden sandbox stores, apart from how they travel over HTTP."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = [
    "Dashboard",
    "DashboardModule",
    "Factory",
    "Interval",
    "IntervalType",
    "Line",
    "MetricGroup",
    "Product",
    "ProductAttribute",
    "QualitySchema",
    "QualityTest",
    "ScrapYieldRecord",
    "ScrapYieldSchema",
    "StateCategory",
    "StateReason",
    "Target",
    "Unit",
    "WorkOrder",
]


@dataclass(slots=True)
class Factory:
    id: str
    name: str
    timezone: str
    secondary_name: str | None = None


@dataclass(slots=True)
class Line:
    id: str
    name: str
    factory_id: str
    secondary_name: str | None = None


@dataclass(slots=True)
class MetricGroup:
    id: str
    name: str
    description: str = ""
    unit_kind_of_quantity: str = ""


@dataclass(slots=True)
class Product:
    id: str
    name: str
    deleted: bool = False
    """Deletion is soft: the product disappears from searches, its intervals stay."""


@dataclass(slots=True)
class ProductAttribute:
    id: str
    product_id: str
    name: str
    display_name: str
    value: str | None = None
    rule_based: bool = False


@dataclass(slots=True)
class Target:
    metric_group_id: str
    product_id: str
    line_id: str
    target_value: float | None = None
    lsl: float | None = None
    usl: float | None = None


@dataclass(slots=True)
class StateCategory:
    id: int
    name: str


@dataclass(slots=True)
class StateReason:
    id: int
    name: str


@dataclass(slots=True)
class IntervalType:
    id: str
    name: str
    builtin: bool = False
    metadata_schema: str | None = None
    tags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Interval:
    id: str
    type_id: str
    line_id: str
    sequence: int
    """Creation order; breaks ties between intervals that start at the same time."""
    name: str | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Unit:
    id: int
    symbol: str
    name: str
    kind_of_quantity: str


@dataclass(slots=True)
class ScrapYieldSchema:
    id: str
    factory_id: str
    scrap_unit: Unit
    yield_unit: Unit
    scrap_conversion_factor: float = 1.0
    yield_conversion_factor: float = 1.0


@dataclass(slots=True)
class ScrapYieldRecord:
    id: str
    interval_id: str
    raw_data: dict[str, Any]
    timestamp: datetime | None = None
    schema_id: str | None = None


@dataclass(slots=True)
class QualitySchema:
    id: str
    """An integer written as a string, as the API does."""
    factory_id: str
    schema: str
    description: str = ""


@dataclass(slots=True)
class QualityTest:
    id: str
    interval_id: str
    sequence: int
    raw_data: dict[str, Any] = field(default_factory=dict)
    timestamp: datetime | None = None
    schema_id: str | None = None


@dataclass(slots=True)
class WorkOrder:
    id: str
    name: str
    external_id: str
    line_id: str
    started_at: datetime
    sequence: int
    description: str | None = None
    completed_at: datetime | None = None
    metadata: dict[str, Any] | None = None


@dataclass(slots=True)
class DashboardModule:
    id: str
    name: str
    kind: str
    """What the module computes: ``runs``, ``states`` or ``query`` (a raw query text)."""
    module_type: str = "table"
    query: str = ""


@dataclass(slots=True)
class Dashboard:
    id: str
    name: str
    modules: list[DashboardModule] = field(default_factory=list)
