"""Typed methods for every operation of specs/oden.openapi.yaml, sync and async. Generated; do not edit.

The vendor facade subclasses these and adds what a spec cannot say (credentials, chunking, ...).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from iotclients.core.client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from iotclients.core.operation import Operation

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
    from .raw_responses import GeneratedAsyncOdenClientRawResponses, GeneratedOdenClientRawResponses


@cache
def operation(module: str) -> Operation:
    """The descriptor in ``api/<module>.py``, imported on first use to keep the package import cheap."""
    descriptor: Operation = importlib.import_module(f"{__package__}.api.{module}").OPERATION
    return descriptor


class GeneratedOdenClient(SyncAPIClient):
    """Every operation of the spec as a typed method (blocking)."""

    @property
    def with_raw_response(self) -> GeneratedOdenClientRawResponses:
        """Every operation again, returning the whole response: ``status_code``, ``headers``, ``request_id``,
        ``declared_headers`` (the spec's response headers, typed) and ``parsed`` (what the plain call returns)."""
        from .raw_responses import GeneratedOdenClientRawResponses

        return GeneratedOdenClientRawResponses(self)

    def _send_bulk_delete_intervals(
        self, interval_bulk_delete: IntervalBulkDelete | Mapping[str, Any]
    ) -> BulkDeleteIntervalsResponse:
        """Delete intervals in bulk

        ``POST /v2/intervals/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes the intervals of one `type` on one `line` between
        `start_time` and `end_time`. One request may cover at most 15,000
        intervals and at most 30 days. The `BATCH` and `RUN` types are
        rejected; `STATE` and custom types are allowed. `hard_delete`
        defaults to true. Returns the number deleted and the ids of the
        intervals found but not deleted.

        Not idempotent: a repeat answers differently once the intervals are
        gone, so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "BulkDeleteIntervalsResponse",
            self._call(
                operation("intervals.bulk_delete_intervals"), interval_bulk_delete=interval_bulk_delete
            ),
        )

    def bulk_delete_quality_tests(
        self, bulk_delete_quality_tests_request: BulkDeleteQualityTestsRequest | Mapping[str, Any]
    ) -> None:
        """Delete quality tests in bulk

        ``POST /v2/quality_tests/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes the quality tests named by `ids`, or the quality tests of a
        `line` between `start_time` and `end_time`. When `ids` is given the
        line and time range are ignored.

        Not idempotent: a repeat answers differently once the tests are gone,
        so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(
            operation("quality_tests.bulk_delete_quality_tests"),
            bulk_delete_quality_tests_request=bulk_delete_quality_tests_request,
        )

    def _send_bulk_set_intervals(
        self, interval_bulk_create: IntervalBulkCreate | Mapping[str, Any]
    ) -> list[str]:
        """Create intervals in bulk

        ``POST /v2/intervals/set`` — not safe to repeat: never retried once the request may have reached the server.

        Creates up to 2500 intervals of one custom `type` on one `line`.
        `line` and `type` are given once at the top level, not in the items.
        It only creates: existing intervals are never overwritten. The
        built-in types `BATCH`, `RUN` and `STATE` are rejected. Returns the
        ids of the created intervals.

        Not idempotent: a repeat creates the intervals again or fails, so it
        is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[str]",
            self._call(operation("intervals.bulk_set_intervals"), interval_bulk_create=interval_bulk_create),
        )

    def _send_bulk_update_intervals(
        self, interval_bulk_update: IntervalBulkUpdate | Mapping[str, Any]
    ) -> BulkUpdateIntervalsResponse:
        """Update intervals in bulk

        ``POST /v2/intervals/update`` — safe to repeat: retried automatically on transient failures.

        Updates up to 2500 intervals of one `type` on one `line`, each named
        by its `id`. `line` and `type` are given once at the top level.
        Partial success is reported: the response counts the updated and the
        failed intervals and gives the error of each failure. Unknown ids
        are reported as failures, not as 404.

        Idempotent: it sets absolute values on intervals named by id, so a
        repeat changes nothing and may be retried.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "BulkUpdateIntervalsResponse",
            self._call(
                operation("intervals.bulk_update_intervals"), interval_bulk_update=interval_bulk_update
            ),
        )

    def delete_interval(self, interval: Interval | Mapping[str, Any]) -> list[Interval]:
        """Delete an interval

        ``POST /v2/interval/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes one interval named by `type`, `line` and `id`. The id comes
        from the response of interval/set or from interval/search.

        Not idempotent: a repeat after success answers differently (the
        interval is gone), so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Interval]", self._call(operation("intervals.delete_interval"), interval=interval))

    def delete_interval_type(self, interval_type: IntervalType | Mapping[str, Any]) -> IntervalType:
        """Delete a custom interval type

        ``POST /v2/interval_type/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes the custom interval type with the given `id`. The built-in
        types cannot be deleted.

        Not idempotent: a repeat after success answers differently (the type
        is gone), so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "IntervalType",
            self._call(operation("intervals.delete_interval_type"), interval_type=interval_type),
        )

    def delete_maintenance_work_order(
        self, maintenance_work_order: MaintenanceWorkOrder | Mapping[str, Any]
    ) -> list[MaintenanceWorkOrder]:
        """Delete a maintenance work order

        ``POST /v2/maintenance_work_order/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes the maintenance work order named by `id`, or by
        `external_id` (optionally with `line`). Only a unique match is
        deleted.

        Not idempotent: a repeat after success answers differently (the work
        order is gone), so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[MaintenanceWorkOrder]",
            self._call(
                operation("maintenance_work_orders.delete_maintenance_work_order"),
                maintenance_work_order=maintenance_work_order,
            ),
        )

    def delete_product(self, product: Product | Mapping[str, Any]) -> None:
        """Delete a product

        ``POST /v2/product/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Soft-deletes a product named by `id` or `name`. Intervals that refer
        to the product are kept.

        Not idempotent: a repeat after success answers differently (the
        product is gone), so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("products.delete_product"), product=product)

    def delete_quality_test(self, quality_test: QualityTest | Mapping[str, Any]) -> None:
        """Delete a quality test

        ``POST /v2/quality_test/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes the quality test named by `id`, or the quality test of an
        interval when that interval has exactly one test.

        Not idempotent: a repeat after success answers differently (the test
        is gone), so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("quality_tests.delete_quality_test"), quality_test=quality_test)

    def delete_scrap_yield(self, scrap_yield_request: ScrapYieldRequest | Mapping[str, Any]) -> None:
        """Delete a scrap and yield record

        ``POST /v2/scrap_yield/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes the record named by `data.id`; `interval.line` is required
        as well.

        Not idempotent: a repeat after success answers differently (the
        record is gone), so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("scrap_yield.delete_scrap_yield"), scrap_yield_request=scrap_yield_request)

    def execute_dashboard(
        self, dashboard_execute_request: DashboardExecuteRequest | Mapping[str, Any]
    ) -> list[DashboardExecuteResult]:
        """Execute a dashboard

        ``POST /v2/dashboard/execute`` — safe to repeat: retried automatically on transient failures.

        Runs every module of a dashboard over a time range, with optional
        filters, and returns one result per module. The range is either
        absolute (`start` and `end`) or relative (`anchor` and `offset`),
        not both. Modules run in parallel; a module that fails reports its
        `error` in its result while the response status stays 200. Module
        queries that hold `{var}` placeholders are not substituted and so
        fail. A 429 means the service is overloaded; try again later.

        Idempotent: read-only execution, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            RateLimitError: 429 (``error`` holds a ``GenericError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[DashboardExecuteResult]",
            self._call(
                operation("dashboards.execute_dashboard"), dashboard_execute_request=dashboard_execute_request
            ),
        )

    def run_oql_query(
        self, oql_query: OQLQuery | Mapping[str, Any], *, format_: RunOqlQueryFormat | None = None
    ) -> Any:
        """Run an OQL query

        ``POST /v2/oql/query`` — safe to repeat: retried automatically on transient failures.

        Runs a query written in the Oden Query Language. The `format` query
        parameter chooses the response: `json` (the default) and
        `jsonextended` answer `application/json`, `csv` answers `text/csv`.
        A query that would overload the service gives 429.

        Idempotent: a read-only query, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            RateLimitError: 429 (``error`` holds a ``GenericError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Any", self._call(operation("oql.run_oql_query"), oql_query=oql_query, format_=format_))

    def search_factories(self, factory: Factory | Mapping[str, Any]) -> list[Factory]:
        """Search factories

        ``POST /v2/factory/search`` — safe to repeat: retried automatically on transient failures.

        Finds a factory by `name` or `id`, or every factory of the
        organisation with `match: all`.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Factory]", self._call(operation("machine_groups.search_factories"), factory=factory)
        )

    def search_interval_types(self, interval_type: IntervalType | Mapping[str, Any]) -> list[IntervalType]:
        """Search interval types

        ``POST /v2/interval_type/search`` — safe to repeat: retried automatically on transient failures.

        Finds interval types by `name` or `id`, or every interval type of the
        organisation with `match: all`. The built-in types `RUN`, `BATCH` and
        `STATE` exist for every factory; custom types are created by users.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[IntervalType]",
            self._call(operation("intervals.search_interval_types"), interval_type=interval_type),
        )

    def search_intervals(self, interval: Interval | Mapping[str, Any]) -> list[Interval]:
        """Search intervals

        ``POST /v2/interval/search`` — safe to repeat: retried automatically on transient failures.

        Searches intervals of a `type` on a `line`, narrowed by one of:
        `id` (with `match` omitted or `unique`) for one interval;
        `match: last` for the newest interval; `start_time` and `end_time`
        with `match: all` for the intervals of a time range; or
        `line: {factory, match: all}` for the intervals of every line of a
        factory. An optional `name` keeps only intervals with that name.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Interval]", self._call(operation("intervals.search_intervals"), interval=interval))

    def search_lines(self, line: Line | Mapping[str, Any]) -> list[Line]:
        """Search lines

        ``POST /v2/line/search`` — safe to repeat: retried automatically on transient failures.

        Finds lines by `id`, by `name` (or `secondary_name`) together with the
        `factory`, or every line of a factory with `match: all`. With
        `match: unique` (the default) more than one matching line gives 409.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Line]", self._call(operation("machine_groups.search_lines"), line=line))

    def search_maintenance_work_orders(
        self, search_maintenance_work_orders_request: SearchMaintenanceWorkOrdersRequest | Mapping[str, Any]
    ) -> list[MaintenanceWorkOrder]:
        """Search maintenance work orders

        ``POST /v2/maintenance_work_order/search`` — safe to repeat: retried automatically on transient failures.

        Finds maintenance work orders by `id`, by `external_id`, or by `line`
        together with `start_time` and `end_time` (both required when
        searching by line).

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[MaintenanceWorkOrder]",
            self._call(
                operation("maintenance_work_orders.search_maintenance_work_orders"),
                search_maintenance_work_orders_request=search_maintenance_work_orders_request,
            ),
        )

    def search_metric_groups(self, metric_group: MetricGroup | Mapping[str, Any]) -> list[MetricGroup]:
        """Search metric groups

        ``POST /v2/metric_group/search`` — safe to repeat: retried automatically on transient failures.

        Finds metric groups by `name` or `id`, or every metric group with
        `match: all`.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[MetricGroup]",
            self._call(operation("metric_groups.search_metric_groups"), metric_group=metric_group),
        )

    def search_product_attributes(
        self, product_attribute: ProductAttribute | Mapping[str, Any]
    ) -> list[ProductAttribute]:
        """Search product attributes

        ``POST /v2/product_attribute/search`` — safe to repeat: retried automatically on transient failures.

        Finds product attributes and their values. The lookup uses `id` when
        given, otherwise `product`, otherwise `display_name`.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[ProductAttribute]",
            self._call(
                operation("product_attributes.search_product_attributes"), product_attribute=product_attribute
            ),
        )

    def search_product_mappings(
        self, product_mapping: ProductMapping | Mapping[str, Any]
    ) -> list[ProductMapping]:
        """Search product mappings

        ``POST /v2/product_mapping/search`` — safe to repeat: retried automatically on transient failures.

        Finds the mappings between products and lines, for example every
        product mapped to a line with `match: all`.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[ProductMapping]",
            self._call(
                operation("product_mappings.search_product_mappings"), product_mapping=product_mapping
            ),
        )

    def search_products(self, product: Product | Mapping[str, Any]) -> list[Product]:
        """Search products

        ``POST /v2/product/search`` — safe to repeat: retried automatically on transient failures.

        Finds products by `name` or `id`, or every product with `match: all`.
        An empty result is an empty list, not 404.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Product]", self._call(operation("products.search_products"), product=product))

    def search_quality_schemas(
        self, quality_schema: QualitySchema | Mapping[str, Any]
    ) -> list[QualitySchema]:
        """Search quality schemas

        ``POST /v2/quality_schema/search`` — safe to repeat: retried automatically on transient failures.

        Returns the quality schemas of a factory, or one schema by `id`.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[QualitySchema]",
            self._call(operation("quality_tests.search_quality_schemas"), quality_schema=quality_schema),
        )

    def search_quality_tests(self, quality_test: QualityTest | Mapping[str, Any]) -> list[QualityTest]:
        """Search quality tests

        ``POST /v2/quality_test/search`` — safe to repeat: retried automatically on transient failures.

        Finds a quality test by `id`, or the quality tests of a `RUN` or
        `BATCH` interval.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[QualityTest]",
            self._call(operation("quality_tests.search_quality_tests"), quality_test=quality_test),
        )

    def search_scrap_yield(
        self, scrap_yield_request: ScrapYieldRequest | Mapping[str, Any]
    ) -> list[ScrapYieldData]:
        """Search the scrap and yield records of an interval

        ``POST /v2/scrap_yield/search`` — safe to repeat: retried automatically on transient failures.

        Returns the scrap and yield records of one interval. The interval's
        total scrap and yield is the sum of its records.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[ScrapYieldData]",
            self._call(operation("scrap_yield.search_scrap_yield"), scrap_yield_request=scrap_yield_request),
        )

    def search_targets(self, target: Target | Mapping[str, Any]) -> list[Target]:
        """Search targets

        ``POST /v2/target/search`` — safe to repeat: retried automatically on transient failures.

        Finds targets by `line`, `metric_group` and `product`.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Target]", self._call(operation("targets.search_targets"), target=target))

    def set_interval(self, interval: Interval | Mapping[str, Any]) -> list[Interval]:
        """Create or update an interval

        ``POST /v2/interval/set`` — not safe to repeat: never retried once the request may have reached the server.

        Creates or updates an interval. `line` and `type` are required;
        `match` must be omitted, `unique` or `last`. Without `id` a new
        interval is created. With `id` that interval is updated, and its
        `start_time` may move. With `match: last` and no `id` the newest
        interval of the type on the line is updated. When every value is
        already the same, nothing is done.

        For `RUN` intervals a missing product or product mapping is created,
        and `metadata.target` sets a target for the run's line and product.

        Not idempotent: a request without `id` creates a new interval each
        time, so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Interval]", self._call(operation("intervals.set_interval"), interval=interval))

    def set_interval_type(self, interval_type_set: IntervalTypeSet | Mapping[str, Any]) -> IntervalType:
        """Create or update a custom interval type

        ``POST /v2/interval_type/set`` — not safe to repeat: never retried once the request may have reached the server.

        Creates a custom interval type when no `id` is given (`name` is then
        required), or updates the type with the given `id`. Types cannot be
        renamed: sending `name` with an `id` gives 400. A missing
        `metadata_schema` keeps the stored schema. `tags` missing or null
        leaves the tags unchanged, `[]` clears them and an array replaces
        them. The built-in types cannot be set.

        Not idempotent: a request without `id` creates a type each time or
        fails once the name is taken, so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "IntervalType",
            self._call(operation("intervals.set_interval_type"), interval_type_set=interval_type_set),
        )

    def set_maintenance_work_order(
        self, maintenance_work_order: MaintenanceWorkOrder | Mapping[str, Any]
    ) -> MaintenanceWorkOrder:
        """Create or update a maintenance work order

        ``POST /v2/maintenance_work_order/set`` — not safe to repeat: never retried once the request may have reached the server.

        Creates a maintenance work order, which needs `name`, `line`,
        `external_id` and `started_at`, or partially updates the work order
        named by `id` (fields left out keep their values). Returns the work
        order as stored.

        Not idempotent: a request without `id` creates a work order each time
        or fails on a repeated external id, so it is never retried
        automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "MaintenanceWorkOrder",
            self._call(
                operation("maintenance_work_orders.set_maintenance_work_order"),
                maintenance_work_order=maintenance_work_order,
            ),
        )

    def set_product(self, product: Product | Mapping[str, Any]) -> None:
        """Create or rename a product

        ``POST /v2/product/set`` — not safe to repeat: never retried once the request may have reached the server.

        Creates a product when only `name` is given, or renames the product
        with the given `id` to `name`.

        Not idempotent: a repeated create may add a second product or fail
        because the name is taken, so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("products.set_product"), product=product)

    def set_product_attribute(
        self, product_attribute: ProductAttribute | Mapping[str, Any]
    ) -> list[ProductAttribute]:
        """Set a product attribute

        ``POST /v2/product_attribute/set`` — safe to repeat: retried automatically on transient failures.

        Upserts an attribute, and its value, on an existing product. The
        product must already exist.

        Idempotent: an upsert of absolute values keyed by product and
        attribute name, so a repeat changes nothing and may be retried.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[ProductAttribute]",
            self._call(
                operation("product_attributes.set_product_attribute"), product_attribute=product_attribute
            ),
        )

    def set_product_mapping(self, product_mapping: ProductMapping | Mapping[str, Any]) -> None:
        """Map a product to a line

        ``POST /v2/product_mapping/set`` — not safe to repeat: never retried once the request may have reached the server.

        Maps a product to a line, creating the product first when it does
        not exist. Mappings are only created, never changed.

        Not idempotent: it creates a mapping (and possibly a product), so it
        is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("product_mappings.set_product_mapping"), product_mapping=product_mapping)

    def set_quality_test(self, quality_test: QualityTest | Mapping[str, Any]) -> None:
        """Create or update a quality test

        ``POST /v2/quality_test/set`` — not safe to repeat: never retried once the request may have reached the server.

        Creates a quality test, or partially updates the test named by `id`
        (fields left out keep their values). A test belongs to a `RUN` or
        `BATCH` interval and follows a quality schema.

        Not idempotent: a request without `id` creates another test each
        time, so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("quality_tests.set_quality_test"), quality_test=quality_test)

    def set_scrap_yield(self, scrap_yield_set_request: ScrapYieldSetRequest | Mapping[str, Any]) -> None:
        """Create or update a scrap and yield record

        ``POST /v2/scrap_yield/set`` — not safe to repeat: never retried once the request may have reached the server.

        Adds a scrap and yield record to an interval, or updates the record
        named by `data.id`. Because an interval's total is the sum of its
        records, a correction is either an edit of a record or a new record
        with a negative offset.

        Not idempotent: a request without `data.id` adds another record and
        so changes the interval's total each time; it is never retried
        automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("scrap_yield.set_scrap_yield"), scrap_yield_set_request=scrap_yield_set_request)

    def set_target(self, target: Target | Mapping[str, Any]) -> Target:
        """Set a target

        ``POST /v2/target/set`` — safe to repeat: retried automatically on transient failures.

        Upserts a target keyed by `metric_group`, `product` and `line`. The
        product and its mapping to the line are created when needed. Setting
        identical values does nothing.

        Idempotent: an upsert of absolute values keyed by metric group,
        product and line, so a repeat changes nothing and may be retried.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Target", self._call(operation("targets.set_target"), target=target))

    def update_interval(self, interval: Interval | Mapping[str, Any]) -> list[Interval]:
        """Update an interval

        ``POST /v2/interval/update`` — safe to repeat: retried automatically on transient failures.

        Updates an existing interval and never creates one. `line`, `type`
        and `id` are required; an unknown `id` gives 404. The `name`, times
        and `metadata` can be changed.

        Idempotent: it sets absolute values on the interval named by id, so
        a repeat changes nothing and may be retried.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Interval]", self._call(operation("intervals.update_interval"), interval=interval))


class GeneratedAsyncOdenClient(AsyncAPIClient):
    """Every operation of the spec as a typed coroutine method."""

    @property
    def with_raw_response(self) -> GeneratedAsyncOdenClientRawResponses:
        """Every operation again, returning the whole response (see ``GeneratedOdenClient.with_raw_response``)."""
        from .raw_responses import GeneratedAsyncOdenClientRawResponses

        return GeneratedAsyncOdenClientRawResponses(self)

    async def _send_bulk_delete_intervals(
        self, interval_bulk_delete: IntervalBulkDelete | Mapping[str, Any]
    ) -> BulkDeleteIntervalsResponse:
        """Delete intervals in bulk

        ``POST /v2/intervals/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes the intervals of one `type` on one `line` between
        `start_time` and `end_time`. One request may cover at most 15,000
        intervals and at most 30 days. The `BATCH` and `RUN` types are
        rejected; `STATE` and custom types are allowed. `hard_delete`
        defaults to true. Returns the number deleted and the ids of the
        intervals found but not deleted.

        Not idempotent: a repeat answers differently once the intervals are
        gone, so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "BulkDeleteIntervalsResponse",
            await self._call(
                operation("intervals.bulk_delete_intervals"), interval_bulk_delete=interval_bulk_delete
            ),
        )

    async def bulk_delete_quality_tests(
        self, bulk_delete_quality_tests_request: BulkDeleteQualityTestsRequest | Mapping[str, Any]
    ) -> None:
        """Delete quality tests in bulk

        ``POST /v2/quality_tests/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes the quality tests named by `ids`, or the quality tests of a
        `line` between `start_time` and `end_time`. When `ids` is given the
        line and time range are ignored.

        Not idempotent: a repeat answers differently once the tests are gone,
        so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(
            operation("quality_tests.bulk_delete_quality_tests"),
            bulk_delete_quality_tests_request=bulk_delete_quality_tests_request,
        )

    async def _send_bulk_set_intervals(
        self, interval_bulk_create: IntervalBulkCreate | Mapping[str, Any]
    ) -> list[str]:
        """Create intervals in bulk

        ``POST /v2/intervals/set`` — not safe to repeat: never retried once the request may have reached the server.

        Creates up to 2500 intervals of one custom `type` on one `line`.
        `line` and `type` are given once at the top level, not in the items.
        It only creates: existing intervals are never overwritten. The
        built-in types `BATCH`, `RUN` and `STATE` are rejected. Returns the
        ids of the created intervals.

        Not idempotent: a repeat creates the intervals again or fails, so it
        is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[str]",
            await self._call(
                operation("intervals.bulk_set_intervals"), interval_bulk_create=interval_bulk_create
            ),
        )

    async def _send_bulk_update_intervals(
        self, interval_bulk_update: IntervalBulkUpdate | Mapping[str, Any]
    ) -> BulkUpdateIntervalsResponse:
        """Update intervals in bulk

        ``POST /v2/intervals/update`` — safe to repeat: retried automatically on transient failures.

        Updates up to 2500 intervals of one `type` on one `line`, each named
        by its `id`. `line` and `type` are given once at the top level.
        Partial success is reported: the response counts the updated and the
        failed intervals and gives the error of each failure. Unknown ids
        are reported as failures, not as 404.

        Idempotent: it sets absolute values on intervals named by id, so a
        repeat changes nothing and may be retried.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "BulkUpdateIntervalsResponse",
            await self._call(
                operation("intervals.bulk_update_intervals"), interval_bulk_update=interval_bulk_update
            ),
        )

    async def delete_interval(self, interval: Interval | Mapping[str, Any]) -> list[Interval]:
        """Delete an interval

        ``POST /v2/interval/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes one interval named by `type`, `line` and `id`. The id comes
        from the response of interval/set or from interval/search.

        Not idempotent: a repeat after success answers differently (the
        interval is gone), so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Interval]", await self._call(operation("intervals.delete_interval"), interval=interval)
        )

    async def delete_interval_type(self, interval_type: IntervalType | Mapping[str, Any]) -> IntervalType:
        """Delete a custom interval type

        ``POST /v2/interval_type/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes the custom interval type with the given `id`. The built-in
        types cannot be deleted.

        Not idempotent: a repeat after success answers differently (the type
        is gone), so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "IntervalType",
            await self._call(operation("intervals.delete_interval_type"), interval_type=interval_type),
        )

    async def delete_maintenance_work_order(
        self, maintenance_work_order: MaintenanceWorkOrder | Mapping[str, Any]
    ) -> list[MaintenanceWorkOrder]:
        """Delete a maintenance work order

        ``POST /v2/maintenance_work_order/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes the maintenance work order named by `id`, or by
        `external_id` (optionally with `line`). Only a unique match is
        deleted.

        Not idempotent: a repeat after success answers differently (the work
        order is gone), so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[MaintenanceWorkOrder]",
            await self._call(
                operation("maintenance_work_orders.delete_maintenance_work_order"),
                maintenance_work_order=maintenance_work_order,
            ),
        )

    async def delete_product(self, product: Product | Mapping[str, Any]) -> None:
        """Delete a product

        ``POST /v2/product/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Soft-deletes a product named by `id` or `name`. Intervals that refer
        to the product are kept.

        Not idempotent: a repeat after success answers differently (the
        product is gone), so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("products.delete_product"), product=product)

    async def delete_quality_test(self, quality_test: QualityTest | Mapping[str, Any]) -> None:
        """Delete a quality test

        ``POST /v2/quality_test/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes the quality test named by `id`, or the quality test of an
        interval when that interval has exactly one test.

        Not idempotent: a repeat after success answers differently (the test
        is gone), so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("quality_tests.delete_quality_test"), quality_test=quality_test)

    async def delete_scrap_yield(self, scrap_yield_request: ScrapYieldRequest | Mapping[str, Any]) -> None:
        """Delete a scrap and yield record

        ``POST /v2/scrap_yield/delete`` — not safe to repeat: never retried once the request may have reached the server.

        Deletes the record named by `data.id`; `interval.line` is required
        as well.

        Not idempotent: a repeat after success answers differently (the
        record is gone), so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("scrap_yield.delete_scrap_yield"), scrap_yield_request=scrap_yield_request)

    async def execute_dashboard(
        self, dashboard_execute_request: DashboardExecuteRequest | Mapping[str, Any]
    ) -> list[DashboardExecuteResult]:
        """Execute a dashboard

        ``POST /v2/dashboard/execute`` — safe to repeat: retried automatically on transient failures.

        Runs every module of a dashboard over a time range, with optional
        filters, and returns one result per module. The range is either
        absolute (`start` and `end`) or relative (`anchor` and `offset`),
        not both. Modules run in parallel; a module that fails reports its
        `error` in its result while the response status stays 200. Module
        queries that hold `{var}` placeholders are not substituted and so
        fail. A 429 means the service is overloaded; try again later.

        Idempotent: read-only execution, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            RateLimitError: 429 (``error`` holds a ``GenericError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[DashboardExecuteResult]",
            await self._call(
                operation("dashboards.execute_dashboard"), dashboard_execute_request=dashboard_execute_request
            ),
        )

    async def run_oql_query(
        self, oql_query: OQLQuery | Mapping[str, Any], *, format_: RunOqlQueryFormat | None = None
    ) -> Any:
        """Run an OQL query

        ``POST /v2/oql/query`` — safe to repeat: retried automatically on transient failures.

        Runs a query written in the Oden Query Language. The `format` query
        parameter chooses the response: `json` (the default) and
        `jsonextended` answer `application/json`, `csv` answers `text/csv`.
        A query that would overload the service gives 429.

        Idempotent: a read-only query, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            RateLimitError: 429 (``error`` holds a ``GenericError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Any", await self._call(operation("oql.run_oql_query"), oql_query=oql_query, format_=format_)
        )

    async def search_factories(self, factory: Factory | Mapping[str, Any]) -> list[Factory]:
        """Search factories

        ``POST /v2/factory/search`` — safe to repeat: retried automatically on transient failures.

        Finds a factory by `name` or `id`, or every factory of the
        organisation with `match: all`.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Factory]", await self._call(operation("machine_groups.search_factories"), factory=factory)
        )

    async def search_interval_types(
        self, interval_type: IntervalType | Mapping[str, Any]
    ) -> list[IntervalType]:
        """Search interval types

        ``POST /v2/interval_type/search`` — safe to repeat: retried automatically on transient failures.

        Finds interval types by `name` or `id`, or every interval type of the
        organisation with `match: all`. The built-in types `RUN`, `BATCH` and
        `STATE` exist for every factory; custom types are created by users.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[IntervalType]",
            await self._call(operation("intervals.search_interval_types"), interval_type=interval_type),
        )

    async def search_intervals(self, interval: Interval | Mapping[str, Any]) -> list[Interval]:
        """Search intervals

        ``POST /v2/interval/search`` — safe to repeat: retried automatically on transient failures.

        Searches intervals of a `type` on a `line`, narrowed by one of:
        `id` (with `match` omitted or `unique`) for one interval;
        `match: last` for the newest interval; `start_time` and `end_time`
        with `match: all` for the intervals of a time range; or
        `line: {factory, match: all}` for the intervals of every line of a
        factory. An optional `name` keeps only intervals with that name.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Interval]", await self._call(operation("intervals.search_intervals"), interval=interval)
        )

    async def search_lines(self, line: Line | Mapping[str, Any]) -> list[Line]:
        """Search lines

        ``POST /v2/line/search`` — safe to repeat: retried automatically on transient failures.

        Finds lines by `id`, by `name` (or `secondary_name`) together with the
        `factory`, or every line of a factory with `match: all`. With
        `match: unique` (the default) more than one matching line gives 409.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Line]", await self._call(operation("machine_groups.search_lines"), line=line))

    async def search_maintenance_work_orders(
        self, search_maintenance_work_orders_request: SearchMaintenanceWorkOrdersRequest | Mapping[str, Any]
    ) -> list[MaintenanceWorkOrder]:
        """Search maintenance work orders

        ``POST /v2/maintenance_work_order/search`` — safe to repeat: retried automatically on transient failures.

        Finds maintenance work orders by `id`, by `external_id`, or by `line`
        together with `start_time` and `end_time` (both required when
        searching by line).

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[MaintenanceWorkOrder]",
            await self._call(
                operation("maintenance_work_orders.search_maintenance_work_orders"),
                search_maintenance_work_orders_request=search_maintenance_work_orders_request,
            ),
        )

    async def search_metric_groups(self, metric_group: MetricGroup | Mapping[str, Any]) -> list[MetricGroup]:
        """Search metric groups

        ``POST /v2/metric_group/search`` — safe to repeat: retried automatically on transient failures.

        Finds metric groups by `name` or `id`, or every metric group with
        `match: all`.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[MetricGroup]",
            await self._call(operation("metric_groups.search_metric_groups"), metric_group=metric_group),
        )

    async def search_product_attributes(
        self, product_attribute: ProductAttribute | Mapping[str, Any]
    ) -> list[ProductAttribute]:
        """Search product attributes

        ``POST /v2/product_attribute/search`` — safe to repeat: retried automatically on transient failures.

        Finds product attributes and their values. The lookup uses `id` when
        given, otherwise `product`, otherwise `display_name`.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[ProductAttribute]",
            await self._call(
                operation("product_attributes.search_product_attributes"), product_attribute=product_attribute
            ),
        )

    async def search_product_mappings(
        self, product_mapping: ProductMapping | Mapping[str, Any]
    ) -> list[ProductMapping]:
        """Search product mappings

        ``POST /v2/product_mapping/search`` — safe to repeat: retried automatically on transient failures.

        Finds the mappings between products and lines, for example every
        product mapped to a line with `match: all`.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[ProductMapping]",
            await self._call(
                operation("product_mappings.search_product_mappings"), product_mapping=product_mapping
            ),
        )

    async def search_products(self, product: Product | Mapping[str, Any]) -> list[Product]:
        """Search products

        ``POST /v2/product/search`` — safe to repeat: retried automatically on transient failures.

        Finds products by `name` or `id`, or every product with `match: all`.
        An empty result is an empty list, not 404.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Product]", await self._call(operation("products.search_products"), product=product))

    async def search_quality_schemas(
        self, quality_schema: QualitySchema | Mapping[str, Any]
    ) -> list[QualitySchema]:
        """Search quality schemas

        ``POST /v2/quality_schema/search`` — safe to repeat: retried automatically on transient failures.

        Returns the quality schemas of a factory, or one schema by `id`.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[QualitySchema]",
            await self._call(
                operation("quality_tests.search_quality_schemas"), quality_schema=quality_schema
            ),
        )

    async def search_quality_tests(self, quality_test: QualityTest | Mapping[str, Any]) -> list[QualityTest]:
        """Search quality tests

        ``POST /v2/quality_test/search`` — safe to repeat: retried automatically on transient failures.

        Finds a quality test by `id`, or the quality tests of a `RUN` or
        `BATCH` interval.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[QualityTest]",
            await self._call(operation("quality_tests.search_quality_tests"), quality_test=quality_test),
        )

    async def search_scrap_yield(
        self, scrap_yield_request: ScrapYieldRequest | Mapping[str, Any]
    ) -> list[ScrapYieldData]:
        """Search the scrap and yield records of an interval

        ``POST /v2/scrap_yield/search`` — safe to repeat: retried automatically on transient failures.

        Returns the scrap and yield records of one interval. The interval's
        total scrap and yield is the sum of its records.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[ScrapYieldData]",
            await self._call(
                operation("scrap_yield.search_scrap_yield"), scrap_yield_request=scrap_yield_request
            ),
        )

    async def search_targets(self, target: Target | Mapping[str, Any]) -> list[Target]:
        """Search targets

        ``POST /v2/target/search`` — safe to repeat: retried automatically on transient failures.

        Finds targets by `line`, `metric_group` and `product`.

        Idempotent: a read-only search, safe to retry.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Target]", await self._call(operation("targets.search_targets"), target=target))

    async def set_interval(self, interval: Interval | Mapping[str, Any]) -> list[Interval]:
        """Create or update an interval

        ``POST /v2/interval/set`` — not safe to repeat: never retried once the request may have reached the server.

        Creates or updates an interval. `line` and `type` are required;
        `match` must be omitted, `unique` or `last`. Without `id` a new
        interval is created. With `id` that interval is updated, and its
        `start_time` may move. With `match: last` and no `id` the newest
        interval of the type on the line is updated. When every value is
        already the same, nothing is done.

        For `RUN` intervals a missing product or product mapping is created,
        and `metadata.target` sets a target for the run's line and product.

        Not idempotent: a request without `id` creates a new interval each
        time, so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Interval]", await self._call(operation("intervals.set_interval"), interval=interval)
        )

    async def set_interval_type(self, interval_type_set: IntervalTypeSet | Mapping[str, Any]) -> IntervalType:
        """Create or update a custom interval type

        ``POST /v2/interval_type/set`` — not safe to repeat: never retried once the request may have reached the server.

        Creates a custom interval type when no `id` is given (`name` is then
        required), or updates the type with the given `id`. Types cannot be
        renamed: sending `name` with an `id` gives 400. A missing
        `metadata_schema` keeps the stored schema. `tags` missing or null
        leaves the tags unchanged, `[]` clears them and an array replaces
        them. The built-in types cannot be set.

        Not idempotent: a request without `id` creates a type each time or
        fails once the name is taken, so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "IntervalType",
            await self._call(operation("intervals.set_interval_type"), interval_type_set=interval_type_set),
        )

    async def set_maintenance_work_order(
        self, maintenance_work_order: MaintenanceWorkOrder | Mapping[str, Any]
    ) -> MaintenanceWorkOrder:
        """Create or update a maintenance work order

        ``POST /v2/maintenance_work_order/set`` — not safe to repeat: never retried once the request may have reached the server.

        Creates a maintenance work order, which needs `name`, `line`,
        `external_id` and `started_at`, or partially updates the work order
        named by `id` (fields left out keep their values). Returns the work
        order as stored.

        Not idempotent: a request without `id` creates a work order each time
        or fails on a repeated external id, so it is never retried
        automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "MaintenanceWorkOrder",
            await self._call(
                operation("maintenance_work_orders.set_maintenance_work_order"),
                maintenance_work_order=maintenance_work_order,
            ),
        )

    async def set_product(self, product: Product | Mapping[str, Any]) -> None:
        """Create or rename a product

        ``POST /v2/product/set`` — not safe to repeat: never retried once the request may have reached the server.

        Creates a product when only `name` is given, or renames the product
        with the given `id` to `name`.

        Not idempotent: a repeated create may add a second product or fail
        because the name is taken, so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("products.set_product"), product=product)

    async def set_product_attribute(
        self, product_attribute: ProductAttribute | Mapping[str, Any]
    ) -> list[ProductAttribute]:
        """Set a product attribute

        ``POST /v2/product_attribute/set`` — safe to repeat: retried automatically on transient failures.

        Upserts an attribute, and its value, on an existing product. The
        product must already exist.

        Idempotent: an upsert of absolute values keyed by product and
        attribute name, so a repeat changes nothing and may be retried.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[ProductAttribute]",
            await self._call(
                operation("product_attributes.set_product_attribute"), product_attribute=product_attribute
            ),
        )

    async def set_product_mapping(self, product_mapping: ProductMapping | Mapping[str, Any]) -> None:
        """Map a product to a line

        ``POST /v2/product_mapping/set`` — not safe to repeat: never retried once the request may have reached the server.

        Maps a product to a line, creating the product first when it does
        not exist. Mappings are only created, never changed.

        Not idempotent: it creates a mapping (and possibly a product), so it
        is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("product_mappings.set_product_mapping"), product_mapping=product_mapping)

    async def set_quality_test(self, quality_test: QualityTest | Mapping[str, Any]) -> None:
        """Create or update a quality test

        ``POST /v2/quality_test/set`` — not safe to repeat: never retried once the request may have reached the server.

        Creates a quality test, or partially updates the test named by `id`
        (fields left out keep their values). A test belongs to a `RUN` or
        `BATCH` interval and follows a quality schema.

        Not idempotent: a request without `id` creates another test each
        time, so it is never retried automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("quality_tests.set_quality_test"), quality_test=quality_test)

    async def set_scrap_yield(
        self, scrap_yield_set_request: ScrapYieldSetRequest | Mapping[str, Any]
    ) -> None:
        """Create or update a scrap and yield record

        ``POST /v2/scrap_yield/set`` — not safe to repeat: never retried once the request may have reached the server.

        Adds a scrap and yield record to an interval, or updates the record
        named by `data.id`. Because an interval's total is the sum of its
        records, a correction is either an edit of a record or a new record
        with a negative offset.

        Not idempotent: a request without `data.id` adds another record and
        so changes the interval's total each time; it is never retried
        automatically.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(
            operation("scrap_yield.set_scrap_yield"), scrap_yield_set_request=scrap_yield_set_request
        )

    async def set_target(self, target: Target | Mapping[str, Any]) -> Target:
        """Set a target

        ``POST /v2/target/set`` — safe to repeat: retried automatically on transient failures.

        Upserts a target keyed by `metric_group`, `product` and `line`. The
        product and its mapping to the line are created when needed. Setting
        identical values does nothing.

        Idempotent: an upsert of absolute values keyed by metric group,
        product and line, so a repeat changes nothing and may be retried.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Target", await self._call(operation("targets.set_target"), target=target))

    async def update_interval(self, interval: Interval | Mapping[str, Any]) -> list[Interval]:
        """Update an interval

        ``POST /v2/interval/update`` — safe to repeat: retried automatically on transient failures.

        Updates an existing interval and never creates one. `line`, `type`
        and `id` are required; an unknown `id` gives 404. The `name`, times
        and `metadata` can be changed.

        Idempotent: it sets absolute values on the interval named by id, so
        a repeat changes nothing and may be retried.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ParameterError``).
            AuthenticationError: 401 (``error`` holds a ``GenericError``).
            PermissionDeniedError: 403 (``error`` holds a ``GenericError``).
            NotFoundError: 404 (``error`` holds a ``GenericError``).
            ConflictError: 409 (``error`` holds a ``NotUniqueError``).
            InternalServerError: 500 (``error`` holds a ``InternalError``).
            NotImplementedByServerError: 501 (``error`` holds a ``GenericError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Interval]", await self._call(operation("intervals.update_interval"), interval=interval)
        )
