"""Every operation of specs/oden.openapi.yaml with its raw HTTP response, sync and async. Generated; do not edit.

``client.with_raw_response.<operation>(...)`` sends the request ``client.<operation>(...)`` sends and
returns a ``RawResponse``: ``status_code``, ``headers``, ``request_id``, ``parsed`` (the typed value the
plain call returns) and ``declared_headers`` (the response headers the spec declares, converted to
their types; a promised header that is missing, or one that does not convert, raises
``APIResponseValidationError``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from iotclients.core.raw_response import NoDeclaredHeaders, RawResponse

from .client import operation

if TYPE_CHECKING:
    from iotclients.core.client import AsyncAPIClient, SyncAPIClient

    from .models import (
        BulkDeleteIntervalsResponse,
        BulkDeleteQualityTestsRequest,
        BulkUpdateIntervalsResponse,
        DashboardExecuteRequest,
        DashboardExecuteResult,
        Factory,
        Interval,
        IntervalBulkCreate,
        IntervalBulkDelete,
        IntervalBulkUpdate,
        IntervalType,
        IntervalTypeSet,
        Line,
        MaintenanceWorkOrder,
        MetricGroup,
        OQLQuery,
        Product,
        ProductAttribute,
        ProductMapping,
        QualitySchema,
        QualityTest,
        RunOqlQueryFormat,
        ScrapYieldData,
        ScrapYieldRequest,
        ScrapYieldSetRequest,
        SearchMaintenanceWorkOrdersRequest,
        Target,
    )


class GeneratedOdenClientRawResponses:
    """Every operation of ``GeneratedOdenClient``, returning its raw response (``client.with_raw_response``)."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _send_bulk_delete_intervals(
        self, interval_bulk_delete: IntervalBulkDelete | Mapping[str, Any]
    ) -> RawResponse[BulkDeleteIntervalsResponse, NoDeclaredHeaders]:
        """``POST /v2/intervals/delete`` with its raw response; see ``GeneratedOdenClient._send_bulk_delete_intervals``."""

        return cast(
            "RawResponse[BulkDeleteIntervalsResponse, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("intervals.bulk_delete_intervals"), interval_bulk_delete=interval_bulk_delete
            ),
        )

    def bulk_delete_quality_tests(
        self, bulk_delete_quality_tests_request: BulkDeleteQualityTestsRequest | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/quality_tests/delete`` with its raw response; see ``GeneratedOdenClient.bulk_delete_quality_tests``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("quality_tests.bulk_delete_quality_tests"),
                bulk_delete_quality_tests_request=bulk_delete_quality_tests_request,
            ),
        )

    def _send_bulk_set_intervals(
        self, interval_bulk_create: IntervalBulkCreate | Mapping[str, Any]
    ) -> RawResponse[list[str], NoDeclaredHeaders]:
        """``POST /v2/intervals/set`` with its raw response; see ``GeneratedOdenClient._send_bulk_set_intervals``."""

        return cast(
            "RawResponse[list[str], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("intervals.bulk_set_intervals"), interval_bulk_create=interval_bulk_create
            ),
        )

    def _send_bulk_update_intervals(
        self, interval_bulk_update: IntervalBulkUpdate | Mapping[str, Any]
    ) -> RawResponse[BulkUpdateIntervalsResponse, NoDeclaredHeaders]:
        """``POST /v2/intervals/update`` with its raw response; see ``GeneratedOdenClient._send_bulk_update_intervals``."""

        return cast(
            "RawResponse[BulkUpdateIntervalsResponse, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("intervals.bulk_update_intervals"), interval_bulk_update=interval_bulk_update
            ),
        )

    def delete_interval(
        self, interval: Interval | Mapping[str, Any]
    ) -> RawResponse[list[Interval], NoDeclaredHeaders]:
        """``POST /v2/interval/delete`` with its raw response; see ``GeneratedOdenClient.delete_interval``."""

        return cast(
            "RawResponse[list[Interval], NoDeclaredHeaders]",
            self._client._call_raw(operation("intervals.delete_interval"), interval=interval),
        )

    def delete_interval_type(
        self, interval_type: IntervalType | Mapping[str, Any]
    ) -> RawResponse[IntervalType, NoDeclaredHeaders]:
        """``POST /v2/interval_type/delete`` with its raw response; see ``GeneratedOdenClient.delete_interval_type``."""

        return cast(
            "RawResponse[IntervalType, NoDeclaredHeaders]",
            self._client._call_raw(operation("intervals.delete_interval_type"), interval_type=interval_type),
        )

    def delete_maintenance_work_order(
        self, maintenance_work_order: MaintenanceWorkOrder | Mapping[str, Any]
    ) -> RawResponse[list[MaintenanceWorkOrder], NoDeclaredHeaders]:
        """``POST /v2/maintenance_work_order/delete`` with its raw response; see ``GeneratedOdenClient.delete_maintenance_work_order``."""

        return cast(
            "RawResponse[list[MaintenanceWorkOrder], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("maintenance_work_orders.delete_maintenance_work_order"),
                maintenance_work_order=maintenance_work_order,
            ),
        )

    def delete_product(self, product: Product | Mapping[str, Any]) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/product/delete`` with its raw response; see ``GeneratedOdenClient.delete_product``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("products.delete_product"), product=product),
        )

    def delete_quality_test(
        self, quality_test: QualityTest | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/quality_test/delete`` with its raw response; see ``GeneratedOdenClient.delete_quality_test``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("quality_tests.delete_quality_test"), quality_test=quality_test),
        )

    def delete_scrap_yield(
        self, scrap_yield_request: ScrapYieldRequest | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/scrap_yield/delete`` with its raw response; see ``GeneratedOdenClient.delete_scrap_yield``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("scrap_yield.delete_scrap_yield"), scrap_yield_request=scrap_yield_request
            ),
        )

    def execute_dashboard(
        self, dashboard_execute_request: DashboardExecuteRequest | Mapping[str, Any]
    ) -> RawResponse[list[DashboardExecuteResult], NoDeclaredHeaders]:
        """``POST /v2/dashboard/execute`` with its raw response; see ``GeneratedOdenClient.execute_dashboard``."""

        return cast(
            "RawResponse[list[DashboardExecuteResult], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("dashboards.execute_dashboard"), dashboard_execute_request=dashboard_execute_request
            ),
        )

    def run_oql_query(
        self, oql_query: OQLQuery | Mapping[str, Any], *, format_: RunOqlQueryFormat | None = None
    ) -> RawResponse[Any, NoDeclaredHeaders]:
        """``POST /v2/oql/query`` with its raw response; see ``GeneratedOdenClient.run_oql_query``."""

        return cast(
            "RawResponse[Any, NoDeclaredHeaders]",
            self._client._call_raw(operation("oql.run_oql_query"), oql_query=oql_query, format_=format_),
        )

    def search_factories(
        self, factory: Factory | Mapping[str, Any]
    ) -> RawResponse[list[Factory], NoDeclaredHeaders]:
        """``POST /v2/factory/search`` with its raw response; see ``GeneratedOdenClient.search_factories``."""

        return cast(
            "RawResponse[list[Factory], NoDeclaredHeaders]",
            self._client._call_raw(operation("machine_groups.search_factories"), factory=factory),
        )

    def search_interval_types(
        self, interval_type: IntervalType | Mapping[str, Any]
    ) -> RawResponse[list[IntervalType], NoDeclaredHeaders]:
        """``POST /v2/interval_type/search`` with its raw response; see ``GeneratedOdenClient.search_interval_types``."""

        return cast(
            "RawResponse[list[IntervalType], NoDeclaredHeaders]",
            self._client._call_raw(operation("intervals.search_interval_types"), interval_type=interval_type),
        )

    def search_intervals(
        self, interval: Interval | Mapping[str, Any]
    ) -> RawResponse[list[Interval], NoDeclaredHeaders]:
        """``POST /v2/interval/search`` with its raw response; see ``GeneratedOdenClient.search_intervals``."""

        return cast(
            "RawResponse[list[Interval], NoDeclaredHeaders]",
            self._client._call_raw(operation("intervals.search_intervals"), interval=interval),
        )

    def search_lines(self, line: Line | Mapping[str, Any]) -> RawResponse[list[Line], NoDeclaredHeaders]:
        """``POST /v2/line/search`` with its raw response; see ``GeneratedOdenClient.search_lines``."""

        return cast(
            "RawResponse[list[Line], NoDeclaredHeaders]",
            self._client._call_raw(operation("machine_groups.search_lines"), line=line),
        )

    def search_maintenance_work_orders(
        self, search_maintenance_work_orders_request: SearchMaintenanceWorkOrdersRequest | Mapping[str, Any]
    ) -> RawResponse[list[MaintenanceWorkOrder], NoDeclaredHeaders]:
        """``POST /v2/maintenance_work_order/search`` with its raw response; see ``GeneratedOdenClient.search_maintenance_work_orders``."""

        return cast(
            "RawResponse[list[MaintenanceWorkOrder], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("maintenance_work_orders.search_maintenance_work_orders"),
                search_maintenance_work_orders_request=search_maintenance_work_orders_request,
            ),
        )

    def search_metric_groups(
        self, metric_group: MetricGroup | Mapping[str, Any]
    ) -> RawResponse[list[MetricGroup], NoDeclaredHeaders]:
        """``POST /v2/metric_group/search`` with its raw response; see ``GeneratedOdenClient.search_metric_groups``."""

        return cast(
            "RawResponse[list[MetricGroup], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("metric_groups.search_metric_groups"), metric_group=metric_group
            ),
        )

    def search_product_attributes(
        self, product_attribute: ProductAttribute | Mapping[str, Any]
    ) -> RawResponse[list[ProductAttribute], NoDeclaredHeaders]:
        """``POST /v2/product_attribute/search`` with its raw response; see ``GeneratedOdenClient.search_product_attributes``."""

        return cast(
            "RawResponse[list[ProductAttribute], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("product_attributes.search_product_attributes"), product_attribute=product_attribute
            ),
        )

    def search_product_mappings(
        self, product_mapping: ProductMapping | Mapping[str, Any]
    ) -> RawResponse[list[ProductMapping], NoDeclaredHeaders]:
        """``POST /v2/product_mapping/search`` with its raw response; see ``GeneratedOdenClient.search_product_mappings``."""

        return cast(
            "RawResponse[list[ProductMapping], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("product_mappings.search_product_mappings"), product_mapping=product_mapping
            ),
        )

    def search_products(
        self, product: Product | Mapping[str, Any]
    ) -> RawResponse[list[Product], NoDeclaredHeaders]:
        """``POST /v2/product/search`` with its raw response; see ``GeneratedOdenClient.search_products``."""

        return cast(
            "RawResponse[list[Product], NoDeclaredHeaders]",
            self._client._call_raw(operation("products.search_products"), product=product),
        )

    def search_quality_schemas(
        self, quality_schema: QualitySchema | Mapping[str, Any]
    ) -> RawResponse[list[QualitySchema], NoDeclaredHeaders]:
        """``POST /v2/quality_schema/search`` with its raw response; see ``GeneratedOdenClient.search_quality_schemas``."""

        return cast(
            "RawResponse[list[QualitySchema], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("quality_tests.search_quality_schemas"), quality_schema=quality_schema
            ),
        )

    def search_quality_tests(
        self, quality_test: QualityTest | Mapping[str, Any]
    ) -> RawResponse[list[QualityTest], NoDeclaredHeaders]:
        """``POST /v2/quality_test/search`` with its raw response; see ``GeneratedOdenClient.search_quality_tests``."""

        return cast(
            "RawResponse[list[QualityTest], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("quality_tests.search_quality_tests"), quality_test=quality_test
            ),
        )

    def search_scrap_yield(
        self, scrap_yield_request: ScrapYieldRequest | Mapping[str, Any]
    ) -> RawResponse[list[ScrapYieldData], NoDeclaredHeaders]:
        """``POST /v2/scrap_yield/search`` with its raw response; see ``GeneratedOdenClient.search_scrap_yield``."""

        return cast(
            "RawResponse[list[ScrapYieldData], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("scrap_yield.search_scrap_yield"), scrap_yield_request=scrap_yield_request
            ),
        )

    def search_targets(
        self, target: Target | Mapping[str, Any]
    ) -> RawResponse[list[Target], NoDeclaredHeaders]:
        """``POST /v2/target/search`` with its raw response; see ``GeneratedOdenClient.search_targets``."""

        return cast(
            "RawResponse[list[Target], NoDeclaredHeaders]",
            self._client._call_raw(operation("targets.search_targets"), target=target),
        )

    def set_interval(
        self, interval: Interval | Mapping[str, Any]
    ) -> RawResponse[list[Interval], NoDeclaredHeaders]:
        """``POST /v2/interval/set`` with its raw response; see ``GeneratedOdenClient.set_interval``."""

        return cast(
            "RawResponse[list[Interval], NoDeclaredHeaders]",
            self._client._call_raw(operation("intervals.set_interval"), interval=interval),
        )

    def set_interval_type(
        self, interval_type_set: IntervalTypeSet | Mapping[str, Any]
    ) -> RawResponse[IntervalType, NoDeclaredHeaders]:
        """``POST /v2/interval_type/set`` with its raw response; see ``GeneratedOdenClient.set_interval_type``."""

        return cast(
            "RawResponse[IntervalType, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("intervals.set_interval_type"), interval_type_set=interval_type_set
            ),
        )

    def set_maintenance_work_order(
        self, maintenance_work_order: MaintenanceWorkOrder | Mapping[str, Any]
    ) -> RawResponse[MaintenanceWorkOrder, NoDeclaredHeaders]:
        """``POST /v2/maintenance_work_order/set`` with its raw response; see ``GeneratedOdenClient.set_maintenance_work_order``."""

        return cast(
            "RawResponse[MaintenanceWorkOrder, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("maintenance_work_orders.set_maintenance_work_order"),
                maintenance_work_order=maintenance_work_order,
            ),
        )

    def set_product(self, product: Product | Mapping[str, Any]) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/product/set`` with its raw response; see ``GeneratedOdenClient.set_product``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("products.set_product"), product=product),
        )

    def set_product_attribute(
        self, product_attribute: ProductAttribute | Mapping[str, Any]
    ) -> RawResponse[list[ProductAttribute], NoDeclaredHeaders]:
        """``POST /v2/product_attribute/set`` with its raw response; see ``GeneratedOdenClient.set_product_attribute``."""

        return cast(
            "RawResponse[list[ProductAttribute], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("product_attributes.set_product_attribute"), product_attribute=product_attribute
            ),
        )

    def set_product_mapping(
        self, product_mapping: ProductMapping | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/product_mapping/set`` with its raw response; see ``GeneratedOdenClient.set_product_mapping``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("product_mappings.set_product_mapping"), product_mapping=product_mapping
            ),
        )

    def set_quality_test(
        self, quality_test: QualityTest | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/quality_test/set`` with its raw response; see ``GeneratedOdenClient.set_quality_test``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("quality_tests.set_quality_test"), quality_test=quality_test),
        )

    def set_scrap_yield(
        self, scrap_yield_set_request: ScrapYieldSetRequest | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/scrap_yield/set`` with its raw response; see ``GeneratedOdenClient.set_scrap_yield``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("scrap_yield.set_scrap_yield"), scrap_yield_set_request=scrap_yield_set_request
            ),
        )

    def set_target(self, target: Target | Mapping[str, Any]) -> RawResponse[Target, NoDeclaredHeaders]:
        """``POST /v2/target/set`` with its raw response; see ``GeneratedOdenClient.set_target``."""

        return cast(
            "RawResponse[Target, NoDeclaredHeaders]",
            self._client._call_raw(operation("targets.set_target"), target=target),
        )

    def update_interval(
        self, interval: Interval | Mapping[str, Any]
    ) -> RawResponse[list[Interval], NoDeclaredHeaders]:
        """``POST /v2/interval/update`` with its raw response; see ``GeneratedOdenClient.update_interval``."""

        return cast(
            "RawResponse[list[Interval], NoDeclaredHeaders]",
            self._client._call_raw(operation("intervals.update_interval"), interval=interval),
        )


class GeneratedAsyncOdenClientRawResponses:
    """Every operation of ``GeneratedAsyncOdenClient``, returning its raw response (``client.with_raw_response``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def _send_bulk_delete_intervals(
        self, interval_bulk_delete: IntervalBulkDelete | Mapping[str, Any]
    ) -> RawResponse[BulkDeleteIntervalsResponse, NoDeclaredHeaders]:
        """``POST /v2/intervals/delete`` with its raw response; see ``GeneratedAsyncOdenClient._send_bulk_delete_intervals``."""

        return cast(
            "RawResponse[BulkDeleteIntervalsResponse, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("intervals.bulk_delete_intervals"), interval_bulk_delete=interval_bulk_delete
            ),
        )

    async def bulk_delete_quality_tests(
        self, bulk_delete_quality_tests_request: BulkDeleteQualityTestsRequest | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/quality_tests/delete`` with its raw response; see ``GeneratedAsyncOdenClient.bulk_delete_quality_tests``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("quality_tests.bulk_delete_quality_tests"),
                bulk_delete_quality_tests_request=bulk_delete_quality_tests_request,
            ),
        )

    async def _send_bulk_set_intervals(
        self, interval_bulk_create: IntervalBulkCreate | Mapping[str, Any]
    ) -> RawResponse[list[str], NoDeclaredHeaders]:
        """``POST /v2/intervals/set`` with its raw response; see ``GeneratedAsyncOdenClient._send_bulk_set_intervals``."""

        return cast(
            "RawResponse[list[str], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("intervals.bulk_set_intervals"), interval_bulk_create=interval_bulk_create
            ),
        )

    async def _send_bulk_update_intervals(
        self, interval_bulk_update: IntervalBulkUpdate | Mapping[str, Any]
    ) -> RawResponse[BulkUpdateIntervalsResponse, NoDeclaredHeaders]:
        """``POST /v2/intervals/update`` with its raw response; see ``GeneratedAsyncOdenClient._send_bulk_update_intervals``."""

        return cast(
            "RawResponse[BulkUpdateIntervalsResponse, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("intervals.bulk_update_intervals"), interval_bulk_update=interval_bulk_update
            ),
        )

    async def delete_interval(
        self, interval: Interval | Mapping[str, Any]
    ) -> RawResponse[list[Interval], NoDeclaredHeaders]:
        """``POST /v2/interval/delete`` with its raw response; see ``GeneratedAsyncOdenClient.delete_interval``."""

        return cast(
            "RawResponse[list[Interval], NoDeclaredHeaders]",
            await self._client._call_raw(operation("intervals.delete_interval"), interval=interval),
        )

    async def delete_interval_type(
        self, interval_type: IntervalType | Mapping[str, Any]
    ) -> RawResponse[IntervalType, NoDeclaredHeaders]:
        """``POST /v2/interval_type/delete`` with its raw response; see ``GeneratedAsyncOdenClient.delete_interval_type``."""

        return cast(
            "RawResponse[IntervalType, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("intervals.delete_interval_type"), interval_type=interval_type
            ),
        )

    async def delete_maintenance_work_order(
        self, maintenance_work_order: MaintenanceWorkOrder | Mapping[str, Any]
    ) -> RawResponse[list[MaintenanceWorkOrder], NoDeclaredHeaders]:
        """``POST /v2/maintenance_work_order/delete`` with its raw response; see ``GeneratedAsyncOdenClient.delete_maintenance_work_order``."""

        return cast(
            "RawResponse[list[MaintenanceWorkOrder], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("maintenance_work_orders.delete_maintenance_work_order"),
                maintenance_work_order=maintenance_work_order,
            ),
        )

    async def delete_product(
        self, product: Product | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/product/delete`` with its raw response; see ``GeneratedAsyncOdenClient.delete_product``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(operation("products.delete_product"), product=product),
        )

    async def delete_quality_test(
        self, quality_test: QualityTest | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/quality_test/delete`` with its raw response; see ``GeneratedAsyncOdenClient.delete_quality_test``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("quality_tests.delete_quality_test"), quality_test=quality_test
            ),
        )

    async def delete_scrap_yield(
        self, scrap_yield_request: ScrapYieldRequest | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/scrap_yield/delete`` with its raw response; see ``GeneratedAsyncOdenClient.delete_scrap_yield``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("scrap_yield.delete_scrap_yield"), scrap_yield_request=scrap_yield_request
            ),
        )

    async def execute_dashboard(
        self, dashboard_execute_request: DashboardExecuteRequest | Mapping[str, Any]
    ) -> RawResponse[list[DashboardExecuteResult], NoDeclaredHeaders]:
        """``POST /v2/dashboard/execute`` with its raw response; see ``GeneratedAsyncOdenClient.execute_dashboard``."""

        return cast(
            "RawResponse[list[DashboardExecuteResult], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("dashboards.execute_dashboard"), dashboard_execute_request=dashboard_execute_request
            ),
        )

    async def run_oql_query(
        self, oql_query: OQLQuery | Mapping[str, Any], *, format_: RunOqlQueryFormat | None = None
    ) -> RawResponse[Any, NoDeclaredHeaders]:
        """``POST /v2/oql/query`` with its raw response; see ``GeneratedAsyncOdenClient.run_oql_query``."""

        return cast(
            "RawResponse[Any, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("oql.run_oql_query"), oql_query=oql_query, format_=format_
            ),
        )

    async def search_factories(
        self, factory: Factory | Mapping[str, Any]
    ) -> RawResponse[list[Factory], NoDeclaredHeaders]:
        """``POST /v2/factory/search`` with its raw response; see ``GeneratedAsyncOdenClient.search_factories``."""

        return cast(
            "RawResponse[list[Factory], NoDeclaredHeaders]",
            await self._client._call_raw(operation("machine_groups.search_factories"), factory=factory),
        )

    async def search_interval_types(
        self, interval_type: IntervalType | Mapping[str, Any]
    ) -> RawResponse[list[IntervalType], NoDeclaredHeaders]:
        """``POST /v2/interval_type/search`` with its raw response; see ``GeneratedAsyncOdenClient.search_interval_types``."""

        return cast(
            "RawResponse[list[IntervalType], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("intervals.search_interval_types"), interval_type=interval_type
            ),
        )

    async def search_intervals(
        self, interval: Interval | Mapping[str, Any]
    ) -> RawResponse[list[Interval], NoDeclaredHeaders]:
        """``POST /v2/interval/search`` with its raw response; see ``GeneratedAsyncOdenClient.search_intervals``."""

        return cast(
            "RawResponse[list[Interval], NoDeclaredHeaders]",
            await self._client._call_raw(operation("intervals.search_intervals"), interval=interval),
        )

    async def search_lines(
        self, line: Line | Mapping[str, Any]
    ) -> RawResponse[list[Line], NoDeclaredHeaders]:
        """``POST /v2/line/search`` with its raw response; see ``GeneratedAsyncOdenClient.search_lines``."""

        return cast(
            "RawResponse[list[Line], NoDeclaredHeaders]",
            await self._client._call_raw(operation("machine_groups.search_lines"), line=line),
        )

    async def search_maintenance_work_orders(
        self, search_maintenance_work_orders_request: SearchMaintenanceWorkOrdersRequest | Mapping[str, Any]
    ) -> RawResponse[list[MaintenanceWorkOrder], NoDeclaredHeaders]:
        """``POST /v2/maintenance_work_order/search`` with its raw response; see ``GeneratedAsyncOdenClient.search_maintenance_work_orders``."""

        return cast(
            "RawResponse[list[MaintenanceWorkOrder], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("maintenance_work_orders.search_maintenance_work_orders"),
                search_maintenance_work_orders_request=search_maintenance_work_orders_request,
            ),
        )

    async def search_metric_groups(
        self, metric_group: MetricGroup | Mapping[str, Any]
    ) -> RawResponse[list[MetricGroup], NoDeclaredHeaders]:
        """``POST /v2/metric_group/search`` with its raw response; see ``GeneratedAsyncOdenClient.search_metric_groups``."""

        return cast(
            "RawResponse[list[MetricGroup], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("metric_groups.search_metric_groups"), metric_group=metric_group
            ),
        )

    async def search_product_attributes(
        self, product_attribute: ProductAttribute | Mapping[str, Any]
    ) -> RawResponse[list[ProductAttribute], NoDeclaredHeaders]:
        """``POST /v2/product_attribute/search`` with its raw response; see ``GeneratedAsyncOdenClient.search_product_attributes``."""

        return cast(
            "RawResponse[list[ProductAttribute], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("product_attributes.search_product_attributes"), product_attribute=product_attribute
            ),
        )

    async def search_product_mappings(
        self, product_mapping: ProductMapping | Mapping[str, Any]
    ) -> RawResponse[list[ProductMapping], NoDeclaredHeaders]:
        """``POST /v2/product_mapping/search`` with its raw response; see ``GeneratedAsyncOdenClient.search_product_mappings``."""

        return cast(
            "RawResponse[list[ProductMapping], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("product_mappings.search_product_mappings"), product_mapping=product_mapping
            ),
        )

    async def search_products(
        self, product: Product | Mapping[str, Any]
    ) -> RawResponse[list[Product], NoDeclaredHeaders]:
        """``POST /v2/product/search`` with its raw response; see ``GeneratedAsyncOdenClient.search_products``."""

        return cast(
            "RawResponse[list[Product], NoDeclaredHeaders]",
            await self._client._call_raw(operation("products.search_products"), product=product),
        )

    async def search_quality_schemas(
        self, quality_schema: QualitySchema | Mapping[str, Any]
    ) -> RawResponse[list[QualitySchema], NoDeclaredHeaders]:
        """``POST /v2/quality_schema/search`` with its raw response; see ``GeneratedAsyncOdenClient.search_quality_schemas``."""

        return cast(
            "RawResponse[list[QualitySchema], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("quality_tests.search_quality_schemas"), quality_schema=quality_schema
            ),
        )

    async def search_quality_tests(
        self, quality_test: QualityTest | Mapping[str, Any]
    ) -> RawResponse[list[QualityTest], NoDeclaredHeaders]:
        """``POST /v2/quality_test/search`` with its raw response; see ``GeneratedAsyncOdenClient.search_quality_tests``."""

        return cast(
            "RawResponse[list[QualityTest], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("quality_tests.search_quality_tests"), quality_test=quality_test
            ),
        )

    async def search_scrap_yield(
        self, scrap_yield_request: ScrapYieldRequest | Mapping[str, Any]
    ) -> RawResponse[list[ScrapYieldData], NoDeclaredHeaders]:
        """``POST /v2/scrap_yield/search`` with its raw response; see ``GeneratedAsyncOdenClient.search_scrap_yield``."""

        return cast(
            "RawResponse[list[ScrapYieldData], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("scrap_yield.search_scrap_yield"), scrap_yield_request=scrap_yield_request
            ),
        )

    async def search_targets(
        self, target: Target | Mapping[str, Any]
    ) -> RawResponse[list[Target], NoDeclaredHeaders]:
        """``POST /v2/target/search`` with its raw response; see ``GeneratedAsyncOdenClient.search_targets``."""

        return cast(
            "RawResponse[list[Target], NoDeclaredHeaders]",
            await self._client._call_raw(operation("targets.search_targets"), target=target),
        )

    async def set_interval(
        self, interval: Interval | Mapping[str, Any]
    ) -> RawResponse[list[Interval], NoDeclaredHeaders]:
        """``POST /v2/interval/set`` with its raw response; see ``GeneratedAsyncOdenClient.set_interval``."""

        return cast(
            "RawResponse[list[Interval], NoDeclaredHeaders]",
            await self._client._call_raw(operation("intervals.set_interval"), interval=interval),
        )

    async def set_interval_type(
        self, interval_type_set: IntervalTypeSet | Mapping[str, Any]
    ) -> RawResponse[IntervalType, NoDeclaredHeaders]:
        """``POST /v2/interval_type/set`` with its raw response; see ``GeneratedAsyncOdenClient.set_interval_type``."""

        return cast(
            "RawResponse[IntervalType, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("intervals.set_interval_type"), interval_type_set=interval_type_set
            ),
        )

    async def set_maintenance_work_order(
        self, maintenance_work_order: MaintenanceWorkOrder | Mapping[str, Any]
    ) -> RawResponse[MaintenanceWorkOrder, NoDeclaredHeaders]:
        """``POST /v2/maintenance_work_order/set`` with its raw response; see ``GeneratedAsyncOdenClient.set_maintenance_work_order``."""

        return cast(
            "RawResponse[MaintenanceWorkOrder, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("maintenance_work_orders.set_maintenance_work_order"),
                maintenance_work_order=maintenance_work_order,
            ),
        )

    async def set_product(self, product: Product | Mapping[str, Any]) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/product/set`` with its raw response; see ``GeneratedAsyncOdenClient.set_product``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(operation("products.set_product"), product=product),
        )

    async def set_product_attribute(
        self, product_attribute: ProductAttribute | Mapping[str, Any]
    ) -> RawResponse[list[ProductAttribute], NoDeclaredHeaders]:
        """``POST /v2/product_attribute/set`` with its raw response; see ``GeneratedAsyncOdenClient.set_product_attribute``."""

        return cast(
            "RawResponse[list[ProductAttribute], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("product_attributes.set_product_attribute"), product_attribute=product_attribute
            ),
        )

    async def set_product_mapping(
        self, product_mapping: ProductMapping | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/product_mapping/set`` with its raw response; see ``GeneratedAsyncOdenClient.set_product_mapping``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("product_mappings.set_product_mapping"), product_mapping=product_mapping
            ),
        )

    async def set_quality_test(
        self, quality_test: QualityTest | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/quality_test/set`` with its raw response; see ``GeneratedAsyncOdenClient.set_quality_test``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("quality_tests.set_quality_test"), quality_test=quality_test
            ),
        )

    async def set_scrap_yield(
        self, scrap_yield_set_request: ScrapYieldSetRequest | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /v2/scrap_yield/set`` with its raw response; see ``GeneratedAsyncOdenClient.set_scrap_yield``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("scrap_yield.set_scrap_yield"), scrap_yield_set_request=scrap_yield_set_request
            ),
        )

    async def set_target(self, target: Target | Mapping[str, Any]) -> RawResponse[Target, NoDeclaredHeaders]:
        """``POST /v2/target/set`` with its raw response; see ``GeneratedAsyncOdenClient.set_target``."""

        return cast(
            "RawResponse[Target, NoDeclaredHeaders]",
            await self._client._call_raw(operation("targets.set_target"), target=target),
        )

    async def update_interval(
        self, interval: Interval | Mapping[str, Any]
    ) -> RawResponse[list[Interval], NoDeclaredHeaders]:
        """``POST /v2/interval/update`` with its raw response; see ``GeneratedAsyncOdenClient.update_interval``."""

        return cast(
            "RawResponse[list[Interval], NoDeclaredHeaders]",
            await self._client._call_raw(operation("intervals.update_interval"), interval=interval),
        )
