"""The Oden sandbox's state and semantics, independent of HTTP (the moto ``models`` role).

:class:`OdenBackend` owns one in-memory store and the services that implement each group of
operations on it. :meth:`OdenBackend.execute` runs one operation by its operationId under a
lock, so the server thread and a test thread inspecting the store never see half a change.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from iotclients_sandbox.oden.analytics import Analytics, TextResult
from iotclients_sandbox.oden.bulk_intervals import BulkIntervals
from iotclients_sandbox.oden.catalog import Catalog
from iotclients_sandbox.oden.interval_refs import IntervalRefs
from iotclients_sandbox.oden.interval_types import IntervalTypes
from iotclients_sandbox.oden.intervals import Intervals
from iotclients_sandbox.oden.metadata import MetadataNormalizer
from iotclients_sandbox.oden.products import Products
from iotclients_sandbox.oden.quality import Quality
from iotclients_sandbox.oden.records import Interval
from iotclients_sandbox.oden.seed import populate
from iotclients_sandbox.oden.state import OdenState
from iotclients_sandbox.oden.work_orders import WorkOrders

__all__ = ["OdenBackend", "TextResult"]

Handler = Callable[[Mapping[str, Any], Mapping[str, str]], Any]


class OdenBackend:
    """In-memory Oden: every operation of the API, implemented on plain Python data."""

    def __init__(self, *, seed: int = 0, demo_data: bool = True) -> None:
        self._lock = threading.RLock()
        self._seed = seed
        self._demo_data = demo_data
        self.reset()

    def reset(self) -> None:
        """Forget every change: back to the demo data (or to an empty store)."""
        with self._lock:
            self.state = OdenState(seed=self._seed)
            self.catalog = Catalog(self.state)
            self.products = Products(self.state, self.catalog)
            self.interval_types = IntervalTypes(self.state)
            self.metadata = MetadataNormalizer(self.state, self.catalog, self.products)
            self.intervals = Intervals(self.state, self.catalog, self.interval_types, self.metadata)
            self.bulk_intervals = BulkIntervals(self.state, self.intervals)
            refs = IntervalRefs(self.state, self.catalog, self.interval_types)
            self.quality = Quality(self.state, self.catalog, refs)
            self.work_orders = WorkOrders(self.state, self.catalog)
            self.analytics = Analytics(self.state, self.catalog)
            self._handlers = self._build_handlers()
            if self._demo_data:
                populate(self.state, self.intervals)

    @property
    def operation_ids(self) -> frozenset[str]:
        return frozenset(self._handlers)

    def execute(
        self, operation_id: str, body: Mapping[str, Any], query: Mapping[str, str] | None = None
    ) -> Any:
        """Run one operation; raises :class:`~iotclients_sandbox.oden.errors.OdenError` subclasses."""
        handler = self._handlers.get(operation_id)
        if handler is None:
            raise KeyError(f"unknown Oden operation {operation_id!r}")
        with self._lock:
            return handler(body, query or {})

    @contextmanager
    def locked(self) -> Iterator[OdenState]:
        """Hold the store still while inspecting it from another thread."""
        with self._lock:
            yield self.state

    def intervals_of(self, line_id: str, type_name: str) -> list[Interval]:
        """The intervals of one type on one line, oldest created first (for assertions)."""
        with self._lock:
            type_ids = [item.id for item in self.state.interval_types.values() if item.name == type_name]
            return [
                interval for type_id in type_ids for interval in self.state.intervals.bucket(line_id, type_id)
            ]

    def _build_handlers(self) -> dict[str, Handler]:
        def body_only(method: Callable[[Mapping[str, Any]], Any]) -> Handler:
            return lambda body, _query: method(body)

        methods: dict[str, Callable[[Mapping[str, Any]], Any]] = {
            "search_lines": self.catalog.search_lines,
            "search_factories": self.catalog.search_factories,
            "search_metric_groups": self.catalog.search_metric_groups,
            "search_products": self.products.search_products,
            "set_product": self.products.set_product,
            "delete_product": self.products.delete_product,
            "search_product_mappings": self.products.search_product_mappings,
            "set_product_mapping": self.products.set_product_mapping,
            "search_product_attributes": self.products.search_product_attributes,
            "set_product_attribute": self.products.set_product_attribute,
            "search_targets": self.products.search_targets,
            "set_target": self.products.set_target,
            "search_intervals": self.intervals.search_intervals,
            "set_interval": self.intervals.set_interval,
            "update_interval": self.intervals.update_interval,
            "delete_interval": self.intervals.delete_interval,
            "bulk_set_intervals": self.bulk_intervals.bulk_set_intervals,
            "bulk_update_intervals": self.bulk_intervals.bulk_update_intervals,
            "bulk_delete_intervals": self.bulk_intervals.bulk_delete_intervals,
            "search_interval_types": self.interval_types.search_interval_types,
            "set_interval_type": self.interval_types.set_interval_type,
            "delete_interval_type": self.interval_types.delete_interval_type,
            "search_scrap_yield": self.quality.search_scrap_yield,
            "set_scrap_yield": self.quality.set_scrap_yield,
            "delete_scrap_yield": self.quality.delete_scrap_yield,
            "set_quality_test": self.quality.set_quality_test,
            "search_quality_tests": self.quality.search_quality_tests,
            "delete_quality_test": self.quality.delete_quality_test,
            "bulk_delete_quality_tests": self.quality.bulk_delete_quality_tests,
            "search_quality_schemas": self.quality.search_quality_schemas,
            "execute_dashboard": self.analytics.execute_dashboard,
            "search_maintenance_work_orders": self.work_orders.search_maintenance_work_orders,
            "set_maintenance_work_order": self.work_orders.set_maintenance_work_order,
            "delete_maintenance_work_order": self.work_orders.delete_maintenance_work_order,
        }
        handlers: dict[str, Handler] = {name: body_only(method) for name, method in methods.items()}
        handlers["run_oql_query"] = self.analytics.run_oql_query
        return handlers
