"""The models of the spec. Each loads on first access, so importing this package costs nothing."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch_metadata import BatchMetadata
    from .batch_metadata_metadata_type import BatchMetadataMetadataType
    from .bulk_delete_intervals_response import BulkDeleteIntervalsResponse
    from .bulk_delete_quality_tests_request import BulkDeleteQualityTestsRequest
    from .bulk_interval_item import BulkIntervalItem
    from .bulk_update_intervals_response import BulkUpdateIntervalsResponse
    from .custom_metadata import CustomMetadata
    from .custom_metadata_metadata_type import CustomMetadataMetadataType
    from .dashboard_column_spec import DashboardColumnSpec
    from .dashboard_column_spec_type import DashboardColumnSpecType
    from .dashboard_custom_interval_filter import DashboardCustomIntervalFilter
    from .dashboard_execute_filters import DashboardExecuteFilters
    from .dashboard_execute_range import DashboardExecuteRange
    from .dashboard_execute_request import DashboardExecuteRequest
    from .dashboard_execute_result import DashboardExecuteResult
    from .dashboard_filters_applied import DashboardFiltersApplied
    from .dashboard_line_filter import DashboardLineFilter
    from .dashboard_ref import DashboardRef
    from .dashboard_result_range import DashboardResultRange
    from .dashboard_row import DashboardRow
    from .dashboard_state_category_and_reason import DashboardStateCategoryAndReason
    from .dashboard_states_filter import DashboardStatesFilter
    from .factory import Factory
    from .failed_interval import FailedInterval
    from .generic_error import GenericError
    from .internal_error import InternalError
    from .interval import Interval
    from .interval_bulk_create import IntervalBulkCreate
    from .interval_bulk_delete import IntervalBulkDelete
    from .interval_bulk_update import IntervalBulkUpdate
    from .interval_metadata import IntervalMetadata
    from .interval_ref import IntervalRef
    from .interval_type import IntervalType
    from .interval_type_set import IntervalTypeSet
    from .line import Line
    from .maintenance_work_order import MaintenanceWorkOrder
    from .maintenance_work_order_metadata import MaintenanceWorkOrderMetadata
    from .match import Match
    from .metric_group import MetricGroup
    from .not_unique_error import NotUniqueError
    from .oql_query import OQLQuery
    from .parameter_error import ParameterError
    from .product import Product
    from .product_attribute import ProductAttribute
    from .product_mapping import ProductMapping
    from .quality_schema import QualitySchema
    from .quality_test import QualityTest
    from .quality_test_raw_data import QualityTestRawData
    from .run_metadata import RunMetadata
    from .run_metadata_metadata_type import RunMetadataMetadataType
    from .run_oql_query_format import RunOqlQueryFormat
    from .scrap_yield_data import ScrapYieldData
    from .scrap_yield_raw_data import ScrapYieldRawData
    from .scrap_yield_request import ScrapYieldRequest
    from .scrap_yield_schema import ScrapYieldSchema
    from .scrap_yield_set_request import ScrapYieldSetRequest
    from .search_maintenance_work_orders_request import SearchMaintenanceWorkOrdersRequest
    from .state_category import StateCategory
    from .state_metadata import StateMetadata
    from .state_metadata_metadata_type import StateMetadataMetadataType
    from .state_reason import StateReason
    from .target import Target
    from .unit import Unit

_MODULES = {
    "BatchMetadata": "batch_metadata",
    "BatchMetadataMetadataType": "batch_metadata_metadata_type",
    "BulkDeleteIntervalsResponse": "bulk_delete_intervals_response",
    "BulkDeleteQualityTestsRequest": "bulk_delete_quality_tests_request",
    "BulkIntervalItem": "bulk_interval_item",
    "BulkUpdateIntervalsResponse": "bulk_update_intervals_response",
    "CustomMetadata": "custom_metadata",
    "CustomMetadataMetadataType": "custom_metadata_metadata_type",
    "DashboardColumnSpec": "dashboard_column_spec",
    "DashboardColumnSpecType": "dashboard_column_spec_type",
    "DashboardCustomIntervalFilter": "dashboard_custom_interval_filter",
    "DashboardExecuteFilters": "dashboard_execute_filters",
    "DashboardExecuteRange": "dashboard_execute_range",
    "DashboardExecuteRequest": "dashboard_execute_request",
    "DashboardExecuteResult": "dashboard_execute_result",
    "DashboardFiltersApplied": "dashboard_filters_applied",
    "DashboardLineFilter": "dashboard_line_filter",
    "DashboardRef": "dashboard_ref",
    "DashboardResultRange": "dashboard_result_range",
    "DashboardRow": "dashboard_row",
    "DashboardStateCategoryAndReason": "dashboard_state_category_and_reason",
    "DashboardStatesFilter": "dashboard_states_filter",
    "Factory": "factory",
    "FailedInterval": "failed_interval",
    "GenericError": "generic_error",
    "InternalError": "internal_error",
    "Interval": "interval",
    "IntervalBulkCreate": "interval_bulk_create",
    "IntervalBulkDelete": "interval_bulk_delete",
    "IntervalBulkUpdate": "interval_bulk_update",
    "IntervalRef": "interval_ref",
    "IntervalType": "interval_type",
    "IntervalTypeSet": "interval_type_set",
    "Line": "line",
    "MaintenanceWorkOrder": "maintenance_work_order",
    "MaintenanceWorkOrderMetadata": "maintenance_work_order_metadata",
    "Match": "match",
    "MetricGroup": "metric_group",
    "NotUniqueError": "not_unique_error",
    "OQLQuery": "oql_query",
    "ParameterError": "parameter_error",
    "Product": "product",
    "ProductAttribute": "product_attribute",
    "ProductMapping": "product_mapping",
    "QualitySchema": "quality_schema",
    "QualityTest": "quality_test",
    "QualityTestRawData": "quality_test_raw_data",
    "RunMetadata": "run_metadata",
    "RunMetadataMetadataType": "run_metadata_metadata_type",
    "RunOqlQueryFormat": "run_oql_query_format",
    "ScrapYieldData": "scrap_yield_data",
    "ScrapYieldRawData": "scrap_yield_raw_data",
    "ScrapYieldRequest": "scrap_yield_request",
    "ScrapYieldSchema": "scrap_yield_schema",
    "ScrapYieldSetRequest": "scrap_yield_set_request",
    "SearchMaintenanceWorkOrdersRequest": "search_maintenance_work_orders_request",
    "StateCategory": "state_category",
    "StateMetadata": "state_metadata",
    "StateMetadataMetadataType": "state_metadata_metadata_type",
    "StateReason": "state_reason",
    "Target": "target",
    "Unit": "unit",
    "IntervalMetadata": "interval_metadata",
}

__all__ = (
    "BatchMetadata",
    "BatchMetadataMetadataType",
    "BulkDeleteIntervalsResponse",
    "BulkDeleteQualityTestsRequest",
    "BulkIntervalItem",
    "BulkUpdateIntervalsResponse",
    "CustomMetadata",
    "CustomMetadataMetadataType",
    "DashboardColumnSpec",
    "DashboardColumnSpecType",
    "DashboardCustomIntervalFilter",
    "DashboardExecuteFilters",
    "DashboardExecuteRange",
    "DashboardExecuteRequest",
    "DashboardExecuteResult",
    "DashboardFiltersApplied",
    "DashboardLineFilter",
    "DashboardRef",
    "DashboardResultRange",
    "DashboardRow",
    "DashboardStateCategoryAndReason",
    "DashboardStatesFilter",
    "Factory",
    "FailedInterval",
    "GenericError",
    "InternalError",
    "Interval",
    "IntervalBulkCreate",
    "IntervalBulkDelete",
    "IntervalBulkUpdate",
    "IntervalRef",
    "IntervalType",
    "IntervalTypeSet",
    "Line",
    "MaintenanceWorkOrder",
    "MaintenanceWorkOrderMetadata",
    "Match",
    "MetricGroup",
    "NotUniqueError",
    "OQLQuery",
    "ParameterError",
    "Product",
    "ProductAttribute",
    "ProductMapping",
    "QualitySchema",
    "QualityTest",
    "QualityTestRawData",
    "RunMetadata",
    "RunMetadataMetadataType",
    "RunOqlQueryFormat",
    "ScrapYieldData",
    "ScrapYieldRawData",
    "ScrapYieldRequest",
    "ScrapYieldSchema",
    "ScrapYieldSetRequest",
    "SearchMaintenanceWorkOrdersRequest",
    "StateCategory",
    "StateMetadata",
    "StateMetadataMetadataType",
    "StateReason",
    "Target",
    "Unit",
    "IntervalMetadata",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
