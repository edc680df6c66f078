"""The models of the spec. Each loads on first access, so importing this package costs nothing."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_signup import AccountSignup
    from .account_update import AccountUpdate
    from .action_request import ActionRequest
    from .action_result import ActionResult
    from .avatar import Avatar
    from .data_block import DataBlock
    from .data_block_patch import DataBlockPatch
    from .data_block_write import DataBlockWrite
    from .data_frame_split import DataFrameSplit
    from .data_mask import DataMask
    from .data_table import DataTable
    from .device import Device
    from .device_claim import DeviceClaim
    from .device_claimable import DeviceClaimable
    from .device_claimable_result import DeviceClaimableResult
    from .device_counts import DeviceCounts
    from .device_extra import DeviceExtra
    from .device_key import DeviceKey
    from .device_patch import DevicePatch
    from .device_status import DeviceStatus
    from .device_template import DeviceTemplate
    from .device_template_ref import DeviceTemplateRef
    from .device_trim import DeviceTrim
    from .device_upgrade import DeviceUpgrade
    from .device_version import DeviceVersion
    from .error_detail import ErrorDetail
    from .event import Event
    from .event_extra_data import EventExtraData
    from .event_patch import EventPatch
    from .event_raw_data import EventRawData
    from .event_upload import EventUpload
    from .event_upload_result import EventUploadResult
    from .event_url import EventUrl
    from .event_write import EventWrite
    from .fleet import Fleet
    from .fleet_member import FleetMember
    from .fleet_patch import FleetPatch
    from .fleet_write import FleetWrite
    from .get_data_frame_format import GetDataFrameFormat
    from .jwt_credentials import JWTCredentials
    from .jwt_token import JWTToken
    from .login_failure_type_1 import LoginFailureType1
    from .login_request import LoginRequest
    from .login_response import LoginResponse
    from .membership import Membership
    from .org import Org
    from .org_counts import OrgCounts
    from .org_extra import OrgExtra
    from .org_invitation import OrgInvitation
    from .org_patch import OrgPatch
    from .org_write import OrgWrite
    from .output_unit import OutputUnit
    from .output_unit_derived_units_type_0 import OutputUnitDerivedUnitsType0
    from .paginated_account_list import PaginatedAccountList
    from .paginated_data_block_list import PaginatedDataBlockList
    from .paginated_device_list import PaginatedDeviceList
    from .paginated_device_template_list import PaginatedDeviceTemplateList
    from .paginated_event_list import PaginatedEventList
    from .paginated_fleet_list import PaginatedFleetList
    from .paginated_fleet_member_list import PaginatedFleetMemberList
    from .paginated_membership_list import PaginatedMembershipList
    from .paginated_org_list import PaginatedOrgList
    from .paginated_project_list import PaginatedProjectList
    from .paginated_property_list import PaginatedPropertyList
    from .paginated_sensor_graph_list import PaginatedSensorGraphList
    from .paginated_stream_data_list import PaginatedStreamDataList
    from .paginated_stream_id_data_list import PaginatedStreamIdDataList
    from .paginated_stream_list import PaginatedStreamList
    from .paginated_streamer_list import PaginatedStreamerList
    from .paginated_streamer_report_list import PaginatedStreamerReportList
    from .paginated_var_type_list import PaginatedVarTypeList
    from .paginated_variable_list import PaginatedVariableList
    from .password_reset import PasswordReset
    from .project import Project
    from .project_counts import ProjectCounts
    from .project_extra import ProjectExtra
    from .project_id import ProjectId
    from .project_new import ProjectNew
    from .project_patch import ProjectPatch
    from .project_write import ProjectWrite
    from .property_ import Property
    from .property_new import PropertyNew
    from .property_patch import PropertyPatch
    from .property_write import PropertyWrite
    from .sensor_graph import SensorGraph
    from .sensor_graph_ref import SensorGraphRef
    from .set_password import SetPassword
    from .stream import Stream
    from .stream_count import StreamCount
    from .stream_counts import StreamCounts
    from .stream_data import StreamData
    from .stream_data_write import StreamDataWrite
    from .stream_data_write_type import StreamDataWriteType
    from .stream_id_data import StreamIdData
    from .stream_patch import StreamPatch
    from .stream_write import StreamWrite
    from .streamer import Streamer
    from .streamer_report import StreamerReport
    from .streamer_report_upload import StreamerReportUpload
    from .streamer_report_upload_result import StreamerReportUploadResult
    from .token_pair import TokenPair
    from .unit import Unit
    from .var_type import VarType
    from .var_type_decoder_type_0 import VarTypeDecoderType0
    from .var_type_schema_type_0 import VarTypeSchemaType0
    from .variable import Variable
    from .variable_patch import VariablePatch
    from .variable_write import VariableWrite

_MODULES = {
    "Account": "account",
    "AccountSignup": "account_signup",
    "AccountUpdate": "account_update",
    "ActionRequest": "action_request",
    "ActionResult": "action_result",
    "Avatar": "avatar",
    "DataBlock": "data_block",
    "DataBlockPatch": "data_block_patch",
    "DataBlockWrite": "data_block_write",
    "DataFrameSplit": "data_frame_split",
    "DataMask": "data_mask",
    "DataTable": "data_table",
    "Device": "device",
    "DeviceClaim": "device_claim",
    "DeviceClaimable": "device_claimable",
    "DeviceClaimableResult": "device_claimable_result",
    "DeviceCounts": "device_counts",
    "DeviceExtra": "device_extra",
    "DeviceKey": "device_key",
    "DevicePatch": "device_patch",
    "DeviceStatus": "device_status",
    "DeviceTemplate": "device_template",
    "DeviceTemplateRef": "device_template_ref",
    "DeviceTrim": "device_trim",
    "DeviceUpgrade": "device_upgrade",
    "DeviceVersion": "device_version",
    "ErrorDetail": "error_detail",
    "Event": "event",
    "EventExtraData": "event_extra_data",
    "EventPatch": "event_patch",
    "EventRawData": "event_raw_data",
    "EventUpload": "event_upload",
    "EventUploadResult": "event_upload_result",
    "EventUrl": "event_url",
    "EventWrite": "event_write",
    "Fleet": "fleet",
    "FleetMember": "fleet_member",
    "FleetPatch": "fleet_patch",
    "FleetWrite": "fleet_write",
    "GetDataFrameFormat": "get_data_frame_format",
    "JWTCredentials": "jwt_credentials",
    "JWTToken": "jwt_token",
    "LoginFailureType1": "login_failure_type_1",
    "LoginRequest": "login_request",
    "LoginResponse": "login_response",
    "Membership": "membership",
    "Org": "org",
    "OrgCounts": "org_counts",
    "OrgExtra": "org_extra",
    "OrgInvitation": "org_invitation",
    "OrgPatch": "org_patch",
    "OrgWrite": "org_write",
    "OutputUnit": "output_unit",
    "OutputUnitDerivedUnitsType0": "output_unit_derived_units_type_0",
    "PaginatedAccountList": "paginated_account_list",
    "PaginatedDataBlockList": "paginated_data_block_list",
    "PaginatedDeviceList": "paginated_device_list",
    "PaginatedDeviceTemplateList": "paginated_device_template_list",
    "PaginatedEventList": "paginated_event_list",
    "PaginatedFleetList": "paginated_fleet_list",
    "PaginatedFleetMemberList": "paginated_fleet_member_list",
    "PaginatedMembershipList": "paginated_membership_list",
    "PaginatedOrgList": "paginated_org_list",
    "PaginatedProjectList": "paginated_project_list",
    "PaginatedPropertyList": "paginated_property_list",
    "PaginatedSensorGraphList": "paginated_sensor_graph_list",
    "PaginatedStreamDataList": "paginated_stream_data_list",
    "PaginatedStreamIdDataList": "paginated_stream_id_data_list",
    "PaginatedStreamList": "paginated_stream_list",
    "PaginatedStreamerList": "paginated_streamer_list",
    "PaginatedStreamerReportList": "paginated_streamer_report_list",
    "PaginatedVarTypeList": "paginated_var_type_list",
    "PaginatedVariableList": "paginated_variable_list",
    "PasswordReset": "password_reset",
    "Project": "project",
    "ProjectCounts": "project_counts",
    "ProjectExtra": "project_extra",
    "ProjectId": "project_id",
    "ProjectNew": "project_new",
    "ProjectPatch": "project_patch",
    "ProjectWrite": "project_write",
    "Property": "property_",
    "PropertyNew": "property_new",
    "PropertyPatch": "property_patch",
    "PropertyWrite": "property_write",
    "SensorGraph": "sensor_graph",
    "SensorGraphRef": "sensor_graph_ref",
    "SetPassword": "set_password",
    "Stream": "stream",
    "StreamCount": "stream_count",
    "StreamCounts": "stream_counts",
    "StreamData": "stream_data",
    "StreamDataWrite": "stream_data_write",
    "StreamDataWriteType": "stream_data_write_type",
    "StreamIdData": "stream_id_data",
    "StreamPatch": "stream_patch",
    "StreamWrite": "stream_write",
    "Streamer": "streamer",
    "StreamerReport": "streamer_report",
    "StreamerReportUpload": "streamer_report_upload",
    "StreamerReportUploadResult": "streamer_report_upload_result",
    "TokenPair": "token_pair",
    "Unit": "unit",
    "VarType": "var_type",
    "VarTypeDecoderType0": "var_type_decoder_type_0",
    "VarTypeSchemaType0": "var_type_schema_type_0",
    "Variable": "variable",
    "VariablePatch": "variable_patch",
    "VariableWrite": "variable_write",
}

__all__ = (
    "Account",
    "AccountSignup",
    "AccountUpdate",
    "ActionRequest",
    "ActionResult",
    "Avatar",
    "DataBlock",
    "DataBlockPatch",
    "DataBlockWrite",
    "DataFrameSplit",
    "DataMask",
    "DataTable",
    "Device",
    "DeviceClaim",
    "DeviceClaimable",
    "DeviceClaimableResult",
    "DeviceCounts",
    "DeviceExtra",
    "DeviceKey",
    "DevicePatch",
    "DeviceStatus",
    "DeviceTemplate",
    "DeviceTemplateRef",
    "DeviceTrim",
    "DeviceUpgrade",
    "DeviceVersion",
    "ErrorDetail",
    "Event",
    "EventExtraData",
    "EventPatch",
    "EventRawData",
    "EventUpload",
    "EventUploadResult",
    "EventUrl",
    "EventWrite",
    "Fleet",
    "FleetMember",
    "FleetPatch",
    "FleetWrite",
    "GetDataFrameFormat",
    "JWTCredentials",
    "JWTToken",
    "LoginFailureType1",
    "LoginRequest",
    "LoginResponse",
    "Membership",
    "Org",
    "OrgCounts",
    "OrgExtra",
    "OrgInvitation",
    "OrgPatch",
    "OrgWrite",
    "OutputUnit",
    "OutputUnitDerivedUnitsType0",
    "PaginatedAccountList",
    "PaginatedDataBlockList",
    "PaginatedDeviceList",
    "PaginatedDeviceTemplateList",
    "PaginatedEventList",
    "PaginatedFleetList",
    "PaginatedFleetMemberList",
    "PaginatedMembershipList",
    "PaginatedOrgList",
    "PaginatedProjectList",
    "PaginatedPropertyList",
    "PaginatedSensorGraphList",
    "PaginatedStreamDataList",
    "PaginatedStreamerList",
    "PaginatedStreamerReportList",
    "PaginatedStreamIdDataList",
    "PaginatedStreamList",
    "PaginatedVariableList",
    "PaginatedVarTypeList",
    "PasswordReset",
    "Project",
    "ProjectCounts",
    "ProjectExtra",
    "ProjectId",
    "ProjectNew",
    "ProjectPatch",
    "ProjectWrite",
    "Property",
    "PropertyNew",
    "PropertyPatch",
    "PropertyWrite",
    "SensorGraph",
    "SensorGraphRef",
    "SetPassword",
    "Stream",
    "StreamCount",
    "StreamCounts",
    "StreamData",
    "StreamDataWrite",
    "StreamDataWriteType",
    "Streamer",
    "StreamerReport",
    "StreamerReportUpload",
    "StreamerReportUploadResult",
    "StreamIdData",
    "StreamPatch",
    "StreamWrite",
    "TokenPair",
    "Unit",
    "Variable",
    "VariablePatch",
    "VariableWrite",
    "VarType",
    "VarTypeDecoderType0",
    "VarTypeSchemaType0",
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
