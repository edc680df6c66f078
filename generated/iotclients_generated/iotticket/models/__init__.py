"""The models of the spec. Each loads on first access, so importing this package costs nothing."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_asset_event import ActiveAssetEvent
    from .analytics_item import AnalyticsItem
    from .analytics_item_level import AnalyticsItemLevel
    from .analytics_item_type import AnalyticsItemType
    from .asset import Asset
    from .asset_attribute import AssetAttribute
    from .asset_template import AssetTemplate
    from .asset_template_detail import AssetTemplateDetail
    from .attribute_timeseries import AttributeTimeseries
    from .attribute_type import AttributeType
    from .calculated_values import CalculatedValues
    from .command_accepted import CommandAccepted
    from .command_request import CommandRequest
    from .control_command_request import ControlCommandRequest
    from .count import Count
    from .created_id import CreatedId
    from .credential import Credential
    from .data_type import DataType
    from .device import Device
    from .device_event import DeviceEvent
    from .error import Error
    from .error_details import ErrorDetails
    from .event_payload import EventPayload
    from .event_type import EventType
    from .history_asset_event import HistoryAssetEvent
    from .http_method import HttpMethod
    from .json_object import JsonObject
    from .ml_model_create import MLModelCreate
    from .ml_model_detail import MLModelDetail
    from .ml_model_summary import MLModelSummary
    from .ml_model_update import MLModelUpdate
    from .ml_parameter import MLParameter
    from .ml_service_create import MLServiceCreate
    from .ml_service_detail import MLServiceDetail
    from .ml_service_update import MLServiceUpdate
    from .o_auth_error import OAuthError
    from .o_auth_error_error import OAuthErrorError
    from .onnx_model_detail import OnnxModelDetail
    from .onnx_model_patch import OnnxModelPatch
    from .onnx_model_upload import OnnxModelUpload
    from .organization import Organization
    from .organization_details import OrganizationDetails
    from .organization_limits import OrganizationLimits
    from .severity import Severity
    from .simple_command_log_data import SimpleCommandLogData
    from .simple_command_log_data_status import SimpleCommandLogDataStatus
    from .sort_order import SortOrder
    from .static_value import StaticValue
    from .statistics_dimension import StatisticsDimension
    from .statistics_period import StatisticsPeriod
    from .statistics_value import StatisticsValue
    from .string_map import StringMap
    from .telemetry_item import TelemetryItem
    from .telemetry_payload import TelemetryPayload
    from .telemetry_point import TelemetryPoint
    from .telemetry_set_item import TelemetrySetItem
    from .telemetry_set_value import TelemetrySetValue
    from .template_attribute import TemplateAttribute
    from .timeseries_query import TimeseriesQuery
    from .timeseries_value import TimeseriesValue
    from .timesignal import Timesignal
    from .timesignal_item import TimesignalItem
    from .token_request import TokenRequest
    from .token_request_grant_type import TokenRequestGrantType
    from .token_response import TokenResponse
    from .token_response_token_type import TokenResponseTokenType

_MODULES = {
    "ActiveAssetEvent": "active_asset_event",
    "AnalyticsItem": "analytics_item",
    "AnalyticsItemLevel": "analytics_item_level",
    "AnalyticsItemType": "analytics_item_type",
    "Asset": "asset",
    "AssetAttribute": "asset_attribute",
    "AssetTemplate": "asset_template",
    "AssetTemplateDetail": "asset_template_detail",
    "AttributeTimeseries": "attribute_timeseries",
    "AttributeType": "attribute_type",
    "CalculatedValues": "calculated_values",
    "CommandAccepted": "command_accepted",
    "CommandRequest": "command_request",
    "ControlCommandRequest": "control_command_request",
    "Count": "count",
    "CreatedId": "created_id",
    "Credential": "credential",
    "DataType": "data_type",
    "Device": "device",
    "DeviceEvent": "device_event",
    "Error": "error",
    "ErrorDetails": "error_details",
    "EventPayload": "event_payload",
    "EventType": "event_type",
    "HistoryAssetEvent": "history_asset_event",
    "HttpMethod": "http_method",
    "JsonObject": "json_object",
    "MLModelCreate": "ml_model_create",
    "MLModelDetail": "ml_model_detail",
    "MLModelSummary": "ml_model_summary",
    "MLModelUpdate": "ml_model_update",
    "MLParameter": "ml_parameter",
    "MLServiceCreate": "ml_service_create",
    "MLServiceDetail": "ml_service_detail",
    "MLServiceUpdate": "ml_service_update",
    "OAuthError": "o_auth_error",
    "OAuthErrorError": "o_auth_error_error",
    "OnnxModelDetail": "onnx_model_detail",
    "OnnxModelPatch": "onnx_model_patch",
    "OnnxModelUpload": "onnx_model_upload",
    "Organization": "organization",
    "OrganizationDetails": "organization_details",
    "OrganizationLimits": "organization_limits",
    "Severity": "severity",
    "SimpleCommandLogData": "simple_command_log_data",
    "SimpleCommandLogDataStatus": "simple_command_log_data_status",
    "SortOrder": "sort_order",
    "StaticValue": "static_value",
    "StatisticsDimension": "statistics_dimension",
    "StatisticsPeriod": "statistics_period",
    "StatisticsValue": "statistics_value",
    "StringMap": "string_map",
    "TelemetryItem": "telemetry_item",
    "TelemetryPayload": "telemetry_payload",
    "TelemetryPoint": "telemetry_point",
    "TelemetrySetItem": "telemetry_set_item",
    "TelemetrySetValue": "telemetry_set_value",
    "TemplateAttribute": "template_attribute",
    "TimeseriesQuery": "timeseries_query",
    "TimeseriesValue": "timeseries_value",
    "Timesignal": "timesignal",
    "TimesignalItem": "timesignal_item",
    "TokenRequest": "token_request",
    "TokenRequestGrantType": "token_request_grant_type",
    "TokenResponse": "token_response",
    "TokenResponseTokenType": "token_response_token_type",
}

__all__ = (
    "ActiveAssetEvent",
    "AnalyticsItem",
    "AnalyticsItemLevel",
    "AnalyticsItemType",
    "Asset",
    "AssetAttribute",
    "AssetTemplate",
    "AssetTemplateDetail",
    "AttributeTimeseries",
    "AttributeType",
    "CalculatedValues",
    "CommandAccepted",
    "CommandRequest",
    "ControlCommandRequest",
    "Count",
    "CreatedId",
    "Credential",
    "DataType",
    "Device",
    "DeviceEvent",
    "Error",
    "ErrorDetails",
    "EventPayload",
    "EventType",
    "HistoryAssetEvent",
    "HttpMethod",
    "JsonObject",
    "MLModelCreate",
    "MLModelDetail",
    "MLModelSummary",
    "MLModelUpdate",
    "MLParameter",
    "MLServiceCreate",
    "MLServiceDetail",
    "MLServiceUpdate",
    "OAuthError",
    "OAuthErrorError",
    "OnnxModelDetail",
    "OnnxModelPatch",
    "OnnxModelUpload",
    "Organization",
    "OrganizationDetails",
    "OrganizationLimits",
    "Severity",
    "SimpleCommandLogData",
    "SimpleCommandLogDataStatus",
    "SortOrder",
    "StaticValue",
    "StatisticsDimension",
    "StatisticsPeriod",
    "StatisticsValue",
    "StringMap",
    "TelemetryItem",
    "TelemetryPayload",
    "TelemetryPoint",
    "TelemetrySetItem",
    "TelemetrySetValue",
    "TemplateAttribute",
    "TimeseriesQuery",
    "TimeseriesValue",
    "Timesignal",
    "TimesignalItem",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "TokenResponseTokenType",
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
