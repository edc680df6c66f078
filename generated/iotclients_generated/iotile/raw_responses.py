"""Every operation of specs/iotile.openapi.yaml with its raw HTTP response, sync and async. Generated; do not edit.

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
    from uuid import UUID

    from iotclients.core.client import AsyncAPIClient, SyncAPIClient

    from .models import (
        Account,
        AccountSignup,
        AccountUpdate,
        ActionRequest,
        ActionResult,
        DataBlock,
        DataBlockPatch,
        DataBlockWrite,
        DataFrameSplit,
        DataMask,
        DataTable,
        Device,
        DeviceClaim,
        DeviceClaimable,
        DeviceClaimableResult,
        DeviceExtra,
        DeviceKey,
        DevicePatch,
        DeviceStatus,
        DeviceTemplate,
        DeviceTemplateRef,
        DeviceTrim,
        DeviceUpgrade,
        DeviceVersion,
        Event,
        EventPatch,
        EventRawData,
        EventUpload,
        EventUploadResult,
        EventUrl,
        EventWrite,
        Fleet,
        FleetMember,
        FleetPatch,
        FleetWrite,
        GetDataFrameFormat,
        JWTCredentials,
        JWTToken,
        LoginRequest,
        LoginResponse,
        Membership,
        Org,
        OrgExtra,
        OrgInvitation,
        OrgPatch,
        OrgWrite,
        PaginatedAccountList,
        PaginatedDataBlockList,
        PaginatedDeviceList,
        PaginatedDeviceTemplateList,
        PaginatedEventList,
        PaginatedFleetList,
        PaginatedFleetMemberList,
        PaginatedMembershipList,
        PaginatedOrgList,
        PaginatedProjectList,
        PaginatedPropertyList,
        PaginatedSensorGraphList,
        PaginatedStreamDataList,
        PaginatedStreamerList,
        PaginatedStreamerReportList,
        PaginatedStreamIdDataList,
        PaginatedStreamList,
        PaginatedVariableList,
        PaginatedVarTypeList,
        PasswordReset,
        Project,
        ProjectExtra,
        ProjectId,
        ProjectNew,
        ProjectPatch,
        ProjectWrite,
        Property,
        PropertyNew,
        PropertyPatch,
        PropertyWrite,
        SensorGraph,
        SensorGraphRef,
        SetPassword,
        Stream,
        StreamData,
        StreamDataWrite,
        Streamer,
        StreamerReport,
        StreamerReportUpload,
        StreamerReportUploadResult,
        StreamPatch,
        StreamWrite,
        TokenPair,
        Variable,
        VariablePatch,
        VariableWrite,
        VarType,
    )


class GeneratedIOTileClientRawResponses:
    """Every operation of ``GeneratedIOTileClient``, returning its raw response (``client.with_raw_response``)."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def check_device_claimable(
        self, device_claimable: DeviceClaimable | Mapping[str, Any]
    ) -> RawResponse[DeviceClaimableResult, NoDeclaredHeaders]:
        """``POST /api/v1/device/claimable/`` with its raw response; see ``GeneratedIOTileClient.check_device_claimable``."""

        return cast(
            "RawResponse[DeviceClaimableResult, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("devices.check_device_claimable"), device_claimable=device_claimable
            ),
        )

    def claim_device(
        self, device_claim: DeviceClaim | Mapping[str, Any]
    ) -> RawResponse[Device, NoDeclaredHeaders]:
        """``POST /api/v1/device/claim/`` with its raw response; see ``GeneratedIOTileClient.claim_device``."""

        return cast(
            "RawResponse[Device, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.claim_device"), device_claim=device_claim),
        )

    def create_data(
        self, body: list[StreamDataWrite] | Mapping[str, Any]
    ) -> RawResponse[list[StreamData], NoDeclaredHeaders]:
        """``POST /api/v1/data/`` with its raw response; see ``GeneratedIOTileClient.create_data``."""

        return cast(
            "RawResponse[list[StreamData], NoDeclaredHeaders]",
            self._client._call_raw(operation("data.create_data"), body=body),
        )

    def create_datablock(
        self, data_block_write: DataBlockWrite | Mapping[str, Any]
    ) -> RawResponse[DataBlock, NoDeclaredHeaders]:
        """``POST /api/v1/datablock/`` with its raw response; see ``GeneratedIOTileClient.create_datablock``."""

        return cast(
            "RawResponse[DataBlock, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("datablocks.create_datablock"), data_block_write=data_block_write
            ),
        )

    def create_event(
        self, event_write: EventWrite | Mapping[str, Any]
    ) -> RawResponse[Event, NoDeclaredHeaders]:
        """``POST /api/v1/event/`` with its raw response; see ``GeneratedIOTileClient.create_event``."""

        return cast(
            "RawResponse[Event, NoDeclaredHeaders]",
            self._client._call_raw(operation("events.create_event"), event_write=event_write),
        )

    def create_fleet(
        self, fleet_write: FleetWrite | Mapping[str, Any]
    ) -> RawResponse[Fleet, NoDeclaredHeaders]:
        """``POST /api/v1/fleet/`` with its raw response; see ``GeneratedIOTileClient.create_fleet``."""

        return cast(
            "RawResponse[Fleet, NoDeclaredHeaders]",
            self._client._call_raw(operation("fleets.create_fleet"), fleet_write=fleet_write),
        )

    def create_org(self, org_write: OrgWrite | Mapping[str, Any]) -> RawResponse[Org, NoDeclaredHeaders]:
        """``POST /api/v1/org/`` with its raw response; see ``GeneratedIOTileClient.create_org``."""

        return cast(
            "RawResponse[Org, NoDeclaredHeaders]",
            self._client._call_raw(operation("orgs.create_org"), org_write=org_write),
        )

    def create_project(
        self, project_write: ProjectWrite | Mapping[str, Any]
    ) -> RawResponse[Project, NoDeclaredHeaders]:
        """``POST /api/v1/project/`` with its raw response; see ``GeneratedIOTileClient.create_project``."""

        return cast(
            "RawResponse[Project, NoDeclaredHeaders]",
            self._client._call_raw(operation("projects.create_project"), project_write=project_write),
        )

    def create_property(
        self, property_write: PropertyWrite | Mapping[str, Any]
    ) -> RawResponse[Property, NoDeclaredHeaders]:
        """``POST /api/v1/property/`` with its raw response; see ``GeneratedIOTileClient.create_property``."""

        return cast(
            "RawResponse[Property, NoDeclaredHeaders]",
            self._client._call_raw(operation("properties.create_property"), property_write=property_write),
        )

    def create_stream(
        self, stream_write: StreamWrite | Mapping[str, Any]
    ) -> RawResponse[Stream, NoDeclaredHeaders]:
        """``POST /api/v1/stream/`` with its raw response; see ``GeneratedIOTileClient.create_stream``."""

        return cast(
            "RawResponse[Stream, NoDeclaredHeaders]",
            self._client._call_raw(operation("streams.create_stream"), stream_write=stream_write),
        )

    def create_variable(
        self, variable_write: VariableWrite | Mapping[str, Any]
    ) -> RawResponse[Variable, NoDeclaredHeaders]:
        """``POST /api/v1/variable/`` with its raw response; see ``GeneratedIOTileClient.create_variable``."""

        return cast(
            "RawResponse[Variable, NoDeclaredHeaders]",
            self._client._call_raw(operation("variables.create_variable"), variable_write=variable_write),
        )

    def delete_datablock(self, slug: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/datablock/{slug}/`` with its raw response; see ``GeneratedIOTileClient.delete_datablock``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("datablocks.delete_datablock"), slug=slug),
        )

    def delete_device_mask(self, slug: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/device/{slug}/mask/`` with its raw response; see ``GeneratedIOTileClient.delete_device_mask``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.delete_device_mask"), slug=slug),
        )

    def delete_fleet(self, slug: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/fleet/{slug}/`` with its raw response; see ``GeneratedIOTileClient.delete_fleet``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("fleets.delete_fleet"), slug=slug),
        )

    def delete_org(self, slug: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/org/{slug}/`` with its raw response; see ``GeneratedIOTileClient.delete_org``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("orgs.delete_org"), slug=slug),
        )

    def delete_property(self, id: int) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/property/{id}/`` with its raw response; see ``GeneratedIOTileClient.delete_property``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("properties.delete_property"), id=id),
        )

    def get_account(self, slug: str) -> RawResponse[Account, NoDeclaredHeaders]:
        """``GET /api/v1/account/{slug}/`` with its raw response; see ``GeneratedIOTileClient.get_account``."""

        return cast(
            "RawResponse[Account, NoDeclaredHeaders]",
            self._client._call_raw(operation("accounts.get_account"), slug=slug),
        )

    def get_data_frame(
        self,
        filter_: str,
        *,
        start: str | None = None,
        end: str | None = None,
        apply_mdo: int | None = None,
        extended: int | None = None,
        pivot: int | None = None,
        stats: int | None = None,
        mask: int | None = None,
        format_: GetDataFrameFormat | None = None,
    ) -> RawResponse[DataFrameSplit | str, NoDeclaredHeaders]:
        """``GET /api/v1/df/`` with its raw response; see ``GeneratedIOTileClient.get_data_frame``."""

        return cast(
            "RawResponse[DataFrameSplit | str, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("data.get_data_frame"),
                filter_=filter_,
                start=start,
                end=end,
                apply_mdo=apply_mdo,
                extended=extended,
                pivot=pivot,
                stats=stats,
                mask=mask,
                format_=format_,
            ),
        )

    def get_data_point(self, id: int) -> RawResponse[StreamData, NoDeclaredHeaders]:
        """``GET /api/v1/data/{id}/`` with its raw response; see ``GeneratedIOTileClient.get_data_point``."""

        return cast(
            "RawResponse[StreamData, NoDeclaredHeaders]",
            self._client._call_raw(operation("data.get_data_point"), id=id),
        )

    def get_datablock(self, slug: str) -> RawResponse[DataBlock, NoDeclaredHeaders]:
        """``GET /api/v1/datablock/{slug}/`` with its raw response; see ``GeneratedIOTileClient.get_datablock``."""

        return cast(
            "RawResponse[DataBlock, NoDeclaredHeaders]",
            self._client._call_raw(operation("datablocks.get_datablock"), slug=slug),
        )

    def get_device(self, slug: str) -> RawResponse[Device, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/`` with its raw response; see ``GeneratedIOTileClient.get_device``."""

        return cast(
            "RawResponse[Device, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.get_device"), slug=slug),
        )

    def get_device_extra(self, slug: str) -> RawResponse[DeviceExtra, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/extra/`` with its raw response; see ``GeneratedIOTileClient.get_device_extra``."""

        return cast(
            "RawResponse[DeviceExtra, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.get_device_extra"), slug=slug),
        )

    def get_device_health(self, slug: str) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/health/`` with its raw response; see ``GeneratedIOTileClient.get_device_health``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.get_device_health"), slug=slug),
        )

    def get_device_key(
        self, slug: str, *, type_: str | None = None
    ) -> RawResponse[DeviceKey, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/key/`` with its raw response; see ``GeneratedIOTileClient.get_device_key``."""

        return cast(
            "RawResponse[DeviceKey, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.get_device_key"), slug=slug, type_=type_),
        )

    def get_device_mask(self, slug: str) -> RawResponse[DataMask, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/mask/`` with its raw response; see ``GeneratedIOTileClient.get_device_mask``."""

        return cast(
            "RawResponse[DataMask, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.get_device_mask"), slug=slug),
        )

    def get_device_sensor_graph(self, slug: str) -> RawResponse[SensorGraphRef, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/sg/`` with its raw response; see ``GeneratedIOTileClient.get_device_sensor_graph``."""

        return cast(
            "RawResponse[SensorGraphRef, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.get_device_sensor_graph"), slug=slug),
        )

    def get_device_status(self, slug: str) -> RawResponse[DeviceStatus, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/status/`` with its raw response; see ``GeneratedIOTileClient.get_device_status``."""

        return cast(
            "RawResponse[DeviceStatus, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.get_device_status"), slug=slug),
        )

    def get_device_template(self, slug: str) -> RawResponse[DeviceTemplateRef, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/template/`` with its raw response; see ``GeneratedIOTileClient.get_device_template``."""

        return cast(
            "RawResponse[DeviceTemplateRef, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.get_device_template"), slug=slug),
        )

    def get_event(self, id: int) -> RawResponse[Event, NoDeclaredHeaders]:
        """``GET /api/v1/event/{id}/`` with its raw response; see ``GeneratedIOTileClient.get_event``."""

        return cast(
            "RawResponse[Event, NoDeclaredHeaders]",
            self._client._call_raw(operation("events.get_event"), id=id),
        )

    def get_event_data(self, id: int) -> RawResponse[EventRawData, NoDeclaredHeaders]:
        """``GET /api/v1/event/{id}/data/`` with its raw response; see ``GeneratedIOTileClient.get_event_data``."""

        return cast(
            "RawResponse[EventRawData, NoDeclaredHeaders]",
            self._client._call_raw(operation("events.get_event_data"), id=id),
        )

    def get_event_url(self, id: int) -> RawResponse[EventUrl, NoDeclaredHeaders]:
        """``GET /api/v1/event/{id}/url/`` with its raw response; see ``GeneratedIOTileClient.get_event_url``."""

        return cast(
            "RawResponse[EventUrl, NoDeclaredHeaders]",
            self._client._call_raw(operation("events.get_event_url"), id=id),
        )

    def get_fleet(self, slug: str) -> RawResponse[Fleet, NoDeclaredHeaders]:
        """``GET /api/v1/fleet/{slug}/`` with its raw response; see ``GeneratedIOTileClient.get_fleet``."""

        return cast(
            "RawResponse[Fleet, NoDeclaredHeaders]",
            self._client._call_raw(operation("fleets.get_fleet"), slug=slug),
        )

    def get_org(self, slug: str) -> RawResponse[Org, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/`` with its raw response; see ``GeneratedIOTileClient.get_org``."""

        return cast(
            "RawResponse[Org, NoDeclaredHeaders]",
            self._client._call_raw(operation("orgs.get_org"), slug=slug),
        )

    def get_org_extra(self, slug: str) -> RawResponse[OrgExtra, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/extra/`` with its raw response; see ``GeneratedIOTileClient.get_org_extra``."""

        return cast(
            "RawResponse[OrgExtra, NoDeclaredHeaders]",
            self._client._call_raw(operation("orgs.get_org_extra"), slug=slug),
        )

    def get_org_membership(self, slug: str) -> RawResponse[Membership, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/membership/`` with its raw response; see ``GeneratedIOTileClient.get_org_membership``."""

        return cast(
            "RawResponse[Membership, NoDeclaredHeaders]",
            self._client._call_raw(operation("orgs.get_org_membership"), slug=slug),
        )

    def get_project(self, id: UUID) -> RawResponse[Project, NoDeclaredHeaders]:
        """``GET /api/v1/project/{id}/`` with its raw response; see ``GeneratedIOTileClient.get_project``."""

        return cast(
            "RawResponse[Project, NoDeclaredHeaders]",
            self._client._call_raw(operation("projects.get_project"), id=id),
        )

    def get_project_extra(self, id: UUID) -> RawResponse[ProjectExtra, NoDeclaredHeaders]:
        """``GET /api/v1/project/{id}/extra/`` with its raw response; see ``GeneratedIOTileClient.get_project_extra``."""

        return cast(
            "RawResponse[ProjectExtra, NoDeclaredHeaders]",
            self._client._call_raw(operation("projects.get_project_extra"), id=id),
        )

    def get_property(self, id: int) -> RawResponse[Property, NoDeclaredHeaders]:
        """``GET /api/v1/property/{id}/`` with its raw response; see ``GeneratedIOTileClient.get_property``."""

        return cast(
            "RawResponse[Property, NoDeclaredHeaders]",
            self._client._call_raw(operation("properties.get_property"), id=id),
        )

    def get_sensor_graph(self, slug: str) -> RawResponse[SensorGraph, NoDeclaredHeaders]:
        """``GET /api/v1/sg/{slug}/`` with its raw response; see ``GeneratedIOTileClient.get_sensor_graph``."""

        return cast(
            "RawResponse[SensorGraph, NoDeclaredHeaders]",
            self._client._call_raw(operation("firmware.get_sensor_graph"), slug=slug),
        )

    def get_stream(self, slug: str) -> RawResponse[Stream, NoDeclaredHeaders]:
        """``GET /api/v1/stream/{slug}/`` with its raw response; see ``GeneratedIOTileClient.get_stream``."""

        return cast(
            "RawResponse[Stream, NoDeclaredHeaders]",
            self._client._call_raw(operation("streams.get_stream"), slug=slug),
        )

    def get_stream_csv(
        self, slug: str, *, start: str | None = None, end: str | None = None
    ) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /api/v1/stream/{slug}/csv/`` with its raw response; see ``GeneratedIOTileClient.get_stream_csv``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            self._client._call_raw(operation("streams.get_stream_csv"), slug=slug, start=start, end=end),
        )

    def get_stream_datatable(self, slug: str) -> RawResponse[DataTable, NoDeclaredHeaders]:
        """``GET /api/v1/stream/{slug}/datatable/`` with its raw response; see ``GeneratedIOTileClient.get_stream_datatable``."""

        return cast(
            "RawResponse[DataTable, NoDeclaredHeaders]",
            self._client._call_raw(operation("streams.get_stream_datatable"), slug=slug),
        )

    def get_stream_eventtable(self, slug: str) -> RawResponse[DataTable, NoDeclaredHeaders]:
        """``GET /api/v1/stream/{slug}/eventtable/`` with its raw response; see ``GeneratedIOTileClient.get_stream_eventtable``."""

        return cast(
            "RawResponse[DataTable, NoDeclaredHeaders]",
            self._client._call_raw(operation("streams.get_stream_eventtable"), slug=slug),
        )

    def get_streamer(self, slug: str) -> RawResponse[Streamer, NoDeclaredHeaders]:
        """``GET /api/v1/streamer/{slug}/`` with its raw response; see ``GeneratedIOTileClient.get_streamer``."""

        return cast(
            "RawResponse[Streamer, NoDeclaredHeaders]",
            self._client._call_raw(operation("streamers.get_streamer"), slug=slug),
        )

    def get_streamer_report(self, id: UUID) -> RawResponse[StreamerReport, NoDeclaredHeaders]:
        """``GET /api/v1/streamer/report/{id}/`` with its raw response; see ``GeneratedIOTileClient.get_streamer_report``."""

        return cast(
            "RawResponse[StreamerReport, NoDeclaredHeaders]",
            self._client._call_raw(operation("streamers.get_streamer_report"), id=id),
        )

    def get_template(self, slug: str) -> RawResponse[DeviceTemplate, NoDeclaredHeaders]:
        """``GET /api/v1/dt/{slug}/`` with its raw response; see ``GeneratedIOTileClient.get_template``."""

        return cast(
            "RawResponse[DeviceTemplate, NoDeclaredHeaders]",
            self._client._call_raw(operation("firmware.get_template"), slug=slug),
        )

    def get_tokens(self) -> RawResponse[TokenPair, NoDeclaredHeaders]:
        """``GET /api/v1/auth/token/`` with its raw response; see ``GeneratedIOTileClient.get_tokens``."""

        return cast(
            "RawResponse[TokenPair, NoDeclaredHeaders]", self._client._call_raw(operation("auth.get_tokens"))
        )

    def get_user_info(self) -> RawResponse[LoginResponse, NoDeclaredHeaders]:
        """``GET /api/v1/auth/user-info/`` with its raw response; see ``GeneratedIOTileClient.get_user_info``."""

        return cast(
            "RawResponse[LoginResponse, NoDeclaredHeaders]",
            self._client._call_raw(operation("auth.get_user_info")),
        )

    def get_variable(self, slug: str) -> RawResponse[Variable, NoDeclaredHeaders]:
        """``GET /api/v1/variable/{slug}/`` with its raw response; see ``GeneratedIOTileClient.get_variable``."""

        return cast(
            "RawResponse[Variable, NoDeclaredHeaders]",
            self._client._call_raw(operation("variables.get_variable"), slug=slug),
        )

    def get_variable_type(self, slug: str) -> RawResponse[VarType, NoDeclaredHeaders]:
        """``GET /api/v1/variable/{slug}/type/`` with its raw response; see ``GeneratedIOTileClient.get_variable_type``."""

        return cast(
            "RawResponse[VarType, NoDeclaredHeaders]",
            self._client._call_raw(operation("variables.get_variable_type"), slug=slug),
        )

    def get_vartype(self, slug: str) -> RawResponse[VarType, NoDeclaredHeaders]:
        """``GET /api/v1/vartype/{slug}/`` with its raw response; see ``GeneratedIOTileClient.get_vartype``."""

        return cast(
            "RawResponse[VarType, NoDeclaredHeaders]",
            self._client._call_raw(operation("variables.get_vartype"), slug=slug),
        )

    def invite_org_member(
        self, org_invitation: OrgInvitation | Mapping[str, Any], slug: str
    ) -> RawResponse[OrgInvitation, NoDeclaredHeaders]:
        """``POST /api/v1/org/{slug}/invite/`` with its raw response; see ``GeneratedIOTileClient.invite_org_member``."""

        return cast(
            "RawResponse[OrgInvitation, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("orgs.invite_org_member"), org_invitation=org_invitation, slug=slug
            ),
        )

    def list_accounts(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedAccountList, NoDeclaredHeaders]:
        """``GET /api/v1/account/`` with its raw response; see ``GeneratedIOTileClient.list_accounts``."""

        return cast(
            "RawResponse[PaginatedAccountList, NoDeclaredHeaders]",
            self._client._call_raw(operation("accounts.list_accounts"), page=page, page_size=page_size),
        )

    def list_data(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        filter_: str | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
        streamer_id_0: int | None = None,
        streamer_id_1: int | None = None,
        mask: int | None = None,
    ) -> RawResponse[PaginatedStreamDataList, NoDeclaredHeaders]:
        """``GET /api/v1/data/`` with its raw response; see ``GeneratedIOTileClient.list_data``."""

        return cast(
            "RawResponse[PaginatedStreamDataList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("data.list_data"),
                page=page,
                page_size=page_size,
                filter_=filter_,
                start=start,
                end=end,
                lastn=lastn,
                streamer_id_0=streamer_id_0,
                streamer_id_1=streamer_id_1,
                mask=mask,
            ),
        )

    def list_datablocks(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        q: str | None = None,
    ) -> RawResponse[PaginatedDataBlockList, NoDeclaredHeaders]:
        """``GET /api/v1/datablock/`` with its raw response; see ``GeneratedIOTileClient.list_datablocks``."""

        return cast(
            "RawResponse[PaginatedDataBlockList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("datablocks.list_datablocks"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                q=q,
            ),
        )

    def list_device_filter_logs(self, slug: str) -> RawResponse[list[ActionResult], NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/filterlog/`` with its raw response; see ``GeneratedIOTileClient.list_device_filter_logs``."""

        return cast(
            "RawResponse[list[ActionResult], NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.list_device_filter_logs"), slug=slug),
        )

    def list_device_properties(self, slug: str) -> RawResponse[list[Property], NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/properties/`` with its raw response; see ``GeneratedIOTileClient.list_device_properties``."""

        return cast(
            "RawResponse[list[Property], NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.list_device_properties"), slug=slug),
        )

    def list_device_streamers(self, slug: str) -> RawResponse[list[Streamer], NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/streamers/`` with its raw response; see ``GeneratedIOTileClient.list_device_streamers``."""

        return cast(
            "RawResponse[list[Streamer], NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.list_device_streamers"), slug=slug),
        )

    def list_device_templates(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedDeviceTemplateList, NoDeclaredHeaders]:
        """``GET /api/v1/dt/`` with its raw response; see ``GeneratedIOTileClient.list_device_templates``."""

        return cast(
            "RawResponse[PaginatedDeviceTemplateList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("firmware.list_device_templates"), page=page, page_size=page_size
            ),
        )

    def list_device_versions(self, slug: str) -> RawResponse[list[DeviceVersion], NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/versions/`` with its raw response; see ``GeneratedIOTileClient.list_device_versions``."""

        return cast(
            "RawResponse[list[DeviceVersion], NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.list_device_versions"), slug=slug),
        )

    def list_devices(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        project: str | None = None,
        dt: str | None = None,
        sg: str | None = None,
        external_id: str | None = None,
        claimed: bool | None = None,
        org_slug: str | None = None,
        property_: str | None = None,
    ) -> RawResponse[PaginatedDeviceList, NoDeclaredHeaders]:
        """``GET /api/v1/device/`` with its raw response; see ``GeneratedIOTileClient.list_devices``."""

        return cast(
            "RawResponse[PaginatedDeviceList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("devices.list_devices"),
                page=page,
                page_size=page_size,
                project=project,
                dt=dt,
                sg=sg,
                external_id=external_id,
                claimed=claimed,
                org_slug=org_slug,
                property_=property_,
            ),
        )

    def list_events(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        filter_: str | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
    ) -> RawResponse[PaginatedEventList, NoDeclaredHeaders]:
        """``GET /api/v1/event/`` with its raw response; see ``GeneratedIOTileClient.list_events``."""

        return cast(
            "RawResponse[PaginatedEventList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("events.list_events"),
                page=page,
                page_size=page_size,
                filter_=filter_,
                start=start,
                end=end,
                lastn=lastn,
            ),
        )

    def list_fleet_devices(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedFleetMemberList, NoDeclaredHeaders]:
        """``GET /api/v1/fleet/{slug}/devices/`` with its raw response; see ``GeneratedIOTileClient.list_fleet_devices``."""

        return cast(
            "RawResponse[PaginatedFleetMemberList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("fleets.list_fleet_devices"), slug=slug, page=page, page_size=page_size
            ),
        )

    def list_fleets(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        is_network: bool | None = None,
    ) -> RawResponse[PaginatedFleetList, NoDeclaredHeaders]:
        """``GET /api/v1/fleet/`` with its raw response; see ``GeneratedIOTileClient.list_fleets``."""

        return cast(
            "RawResponse[PaginatedFleetList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("fleets.list_fleets"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                is_network=is_network,
            ),
        )

    def list_org_archives(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedDataBlockList, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/archives/`` with its raw response; see ``GeneratedIOTileClient.list_org_archives``."""

        return cast(
            "RawResponse[PaginatedDataBlockList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("orgs.list_org_archives"), slug=slug, page=page, page_size=page_size
            ),
        )

    def list_org_devices(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedDeviceList, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/devices/`` with its raw response; see ``GeneratedIOTileClient.list_org_devices``."""

        return cast(
            "RawResponse[PaginatedDeviceList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("orgs.list_org_devices"), slug=slug, page=page, page_size=page_size
            ),
        )

    def list_org_members(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedMembershipList, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/members/`` with its raw response; see ``GeneratedIOTileClient.list_org_members``."""

        return cast(
            "RawResponse[PaginatedMembershipList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("orgs.list_org_members"), slug=slug, page=page, page_size=page_size
            ),
        )

    def list_org_pending(self, slug: str) -> RawResponse[list[OrgInvitation], NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/pending/`` with its raw response; see ``GeneratedIOTileClient.list_org_pending``."""

        return cast(
            "RawResponse[list[OrgInvitation], NoDeclaredHeaders]",
            self._client._call_raw(operation("orgs.list_org_pending"), slug=slug),
        )

    def list_org_projects(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedProjectList, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/projects/`` with its raw response; see ``GeneratedIOTileClient.list_org_projects``."""

        return cast(
            "RawResponse[PaginatedProjectList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("orgs.list_org_projects"), slug=slug, page=page, page_size=page_size
            ),
        )

    def list_orgs(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        created_by: str | None = None,
        search: str | None = None,
    ) -> RawResponse[PaginatedOrgList, NoDeclaredHeaders]:
        """``GET /api/v1/org/`` with its raw response; see ``GeneratedIOTileClient.list_orgs``."""

        return cast(
            "RawResponse[PaginatedOrgList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("orgs.list_orgs"),
                page=page,
                page_size=page_size,
                created_by=created_by,
                search=search,
            ),
        )

    def list_project_properties(self, id: UUID) -> RawResponse[list[Property], NoDeclaredHeaders]:
        """``GET /api/v1/project/{id}/properties/`` with its raw response; see ``GeneratedIOTileClient.list_project_properties``."""

        return cast(
            "RawResponse[list[Property], NoDeclaredHeaders]",
            self._client._call_raw(operation("projects.list_project_properties"), id=id),
        )

    def list_projects(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        org_slug: str | None = None,
        slug: str | None = None,
        name: str | None = None,
        created_by: str | None = None,
        property_: str | None = None,
    ) -> RawResponse[PaginatedProjectList, NoDeclaredHeaders]:
        """``GET /api/v1/project/`` with its raw response; see ``GeneratedIOTileClient.list_projects``."""

        return cast(
            "RawResponse[PaginatedProjectList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("projects.list_projects"),
                page=page,
                page_size=page_size,
                org=org,
                org_slug=org_slug,
                slug=slug,
                name=name,
                created_by=created_by,
                property_=property_,
            ),
        )

    def list_properties(
        self, target: str, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedPropertyList, NoDeclaredHeaders]:
        """``GET /api/v1/property/`` with its raw response; see ``GeneratedIOTileClient.list_properties``."""

        return cast(
            "RawResponse[PaginatedPropertyList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("properties.list_properties"), page=page, page_size=page_size, target=target
            ),
        )

    def list_reports_of_streamer(self, slug: str) -> RawResponse[list[StreamerReport], NoDeclaredHeaders]:
        """``GET /api/v1/streamer/{slug}/report/`` with its raw response; see ``GeneratedIOTileClient.list_reports_of_streamer``."""

        return cast(
            "RawResponse[list[StreamerReport], NoDeclaredHeaders]",
            self._client._call_raw(operation("streamers.list_reports_of_streamer"), slug=slug),
        )

    def list_sensor_graphs(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedSensorGraphList, NoDeclaredHeaders]:
        """``GET /api/v1/sg/`` with its raw response; see ``GeneratedIOTileClient.list_sensor_graphs``."""

        return cast(
            "RawResponse[PaginatedSensorGraphList, NoDeclaredHeaders]",
            self._client._call_raw(operation("firmware.list_sensor_graphs"), page=page, page_size=page_size),
        )

    def list_stream_data(
        self,
        slug: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
    ) -> RawResponse[PaginatedStreamIdDataList, NoDeclaredHeaders]:
        """``GET /api/v1/stream/{slug}/data/`` with its raw response; see ``GeneratedIOTileClient.list_stream_data``."""

        return cast(
            "RawResponse[PaginatedStreamIdDataList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("streams.list_stream_data"),
                slug=slug,
                page=page,
                page_size=page_size,
                start=start,
                end=end,
                lastn=lastn,
            ),
        )

    def list_streamer_reports(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        streamer_slug: str | None = None,
        created_by_slug: str | None = None,
        start: str | None = None,
        end: str | None = None,
    ) -> RawResponse[PaginatedStreamerReportList, NoDeclaredHeaders]:
        """``GET /api/v1/streamer/report/`` with its raw response; see ``GeneratedIOTileClient.list_streamer_reports``."""

        return cast(
            "RawResponse[PaginatedStreamerReportList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("streamers.list_streamer_reports"),
                page=page,
                page_size=page_size,
                streamer_slug=streamer_slug,
                created_by_slug=created_by_slug,
                start=start,
                end=end,
            ),
        )

    def list_streamers(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        device: str | None = None,
        selector: int | None = None,
        slug: str | None = None,
    ) -> RawResponse[PaginatedStreamerList, NoDeclaredHeaders]:
        """``GET /api/v1/streamer/`` with its raw response; see ``GeneratedIOTileClient.list_streamers``."""

        return cast(
            "RawResponse[PaginatedStreamerList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("streamers.list_streamers"),
                page=page,
                page_size=page_size,
                device=device,
                selector=selector,
                slug=slug,
            ),
        )

    def list_streams(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        project: str | None = None,
        org: str | None = None,
        device: str | None = None,
        block: str | None = None,
        variable: str | None = None,
        enabled: bool | None = None,
        virtual: int | None = None,
        all_: int | None = None,
    ) -> RawResponse[PaginatedStreamList, NoDeclaredHeaders]:
        """``GET /api/v1/stream/`` with its raw response; see ``GeneratedIOTileClient.list_streams``."""

        return cast(
            "RawResponse[PaginatedStreamList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("streams.list_streams"),
                page=page,
                page_size=page_size,
                project=project,
                org=org,
                device=device,
                block=block,
                variable=variable,
                enabled=enabled,
                virtual=virtual,
                all_=all_,
            ),
        )

    def list_variables(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        project: str | None = None,
        org: str | None = None,
        search: str | None = None,
        include_templates: bool | None = None,
    ) -> RawResponse[PaginatedVariableList, NoDeclaredHeaders]:
        """``GET /api/v1/variable/`` with its raw response; see ``GeneratedIOTileClient.list_variables``."""

        return cast(
            "RawResponse[PaginatedVariableList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("variables.list_variables"),
                page=page,
                page_size=page_size,
                project=project,
                org=org,
                search=search,
                include_templates=include_templates,
            ),
        )

    def list_vartypes(
        self, *, page: int | None = None, page_size: int | None = None, search: str | None = None
    ) -> RawResponse[PaginatedVarTypeList, NoDeclaredHeaders]:
        """``GET /api/v1/vartype/`` with its raw response; see ``GeneratedIOTileClient.list_vartypes``."""

        return cast(
            "RawResponse[PaginatedVarTypeList, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("variables.list_vartypes"), page=page, page_size=page_size, search=search
            ),
        )

    def login(
        self, login_request: LoginRequest | Mapping[str, Any]
    ) -> RawResponse[LoginResponse, NoDeclaredHeaders]:
        """``POST /api/v1/auth/login/`` with its raw response; see ``GeneratedIOTileClient.login``."""

        return cast(
            "RawResponse[LoginResponse, NoDeclaredHeaders]",
            self._client._call_raw(operation("auth.login"), login_request=login_request),
        )

    def logout(self) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /api/v1/auth/logout/`` with its raw response; see ``GeneratedIOTileClient.logout``."""

        return cast("RawResponse[None, NoDeclaredHeaders]", self._client._call_raw(operation("auth.logout")))

    def new_project(
        self, project_new: ProjectNew | Mapping[str, Any]
    ) -> RawResponse[ProjectId, NoDeclaredHeaders]:
        """``POST /api/v1/project/new/`` with its raw response; see ``GeneratedIOTileClient.new_project``."""

        return cast(
            "RawResponse[ProjectId, NoDeclaredHeaders]",
            self._client._call_raw(operation("projects.new_project"), project_new=project_new),
        )

    def new_project_property(
        self, property_new: PropertyNew | Mapping[str, Any], id: UUID
    ) -> RawResponse[Property, NoDeclaredHeaders]:
        """``POST /api/v1/project/{id}/new_property/`` with its raw response; see ``GeneratedIOTileClient.new_project_property``."""

        return cast(
            "RawResponse[Property, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("projects.new_project_property"), property_new=property_new, id=id
            ),
        )

    def obtain_jwt(
        self, jwt_credentials: JWTCredentials | Mapping[str, Any]
    ) -> RawResponse[JWTToken, NoDeclaredHeaders]:
        """``POST /api/v1/auth/api-jwt-auth/`` with its raw response; see ``GeneratedIOTileClient.obtain_jwt``."""

        return cast(
            "RawResponse[JWTToken, NoDeclaredHeaders]",
            self._client._call_raw(operation("auth.obtain_jwt"), jwt_credentials=jwt_credentials),
        )

    def partial_update_account(
        self, account_update: AccountUpdate | Mapping[str, Any], slug: str
    ) -> RawResponse[Account, NoDeclaredHeaders]:
        """``PATCH /api/v1/account/{slug}/`` with its raw response; see ``GeneratedIOTileClient.partial_update_account``."""

        return cast(
            "RawResponse[Account, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("accounts.partial_update_account"), account_update=account_update, slug=slug
            ),
        )

    def partial_update_datablock(
        self, data_block_patch: DataBlockPatch | Mapping[str, Any], slug: str
    ) -> RawResponse[DataBlock, NoDeclaredHeaders]:
        """``PATCH /api/v1/datablock/{slug}/`` with its raw response; see ``GeneratedIOTileClient.partial_update_datablock``."""

        return cast(
            "RawResponse[DataBlock, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("datablocks.partial_update_datablock"), data_block_patch=data_block_patch, slug=slug
            ),
        )

    def partial_update_device(
        self, device_patch: DevicePatch | Mapping[str, Any], slug: str
    ) -> RawResponse[Device, NoDeclaredHeaders]:
        """``PATCH /api/v1/device/{slug}/`` with its raw response; see ``GeneratedIOTileClient.partial_update_device``."""

        return cast(
            "RawResponse[Device, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("devices.partial_update_device"), device_patch=device_patch, slug=slug
            ),
        )

    def partial_update_device_health(
        self, action_request: ActionRequest | Mapping[str, Any], slug: str
    ) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``PATCH /api/v1/device/{slug}/health/`` with its raw response; see ``GeneratedIOTileClient.partial_update_device_health``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("devices.partial_update_device_health"), action_request=action_request, slug=slug
            ),
        )

    def partial_update_event(
        self, event_patch: EventPatch | Mapping[str, Any], id: int
    ) -> RawResponse[Event, NoDeclaredHeaders]:
        """``PATCH /api/v1/event/{id}/`` with its raw response; see ``GeneratedIOTileClient.partial_update_event``."""

        return cast(
            "RawResponse[Event, NoDeclaredHeaders]",
            self._client._call_raw(operation("events.partial_update_event"), event_patch=event_patch, id=id),
        )

    def partial_update_fleet(
        self, fleet_patch: FleetPatch | Mapping[str, Any], slug: str
    ) -> RawResponse[Fleet, NoDeclaredHeaders]:
        """``PATCH /api/v1/fleet/{slug}/`` with its raw response; see ``GeneratedIOTileClient.partial_update_fleet``."""

        return cast(
            "RawResponse[Fleet, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("fleets.partial_update_fleet"), fleet_patch=fleet_patch, slug=slug
            ),
        )

    def partial_update_org(
        self, org_patch: OrgPatch | Mapping[str, Any], slug: str
    ) -> RawResponse[Org, NoDeclaredHeaders]:
        """``PATCH /api/v1/org/{slug}/`` with its raw response; see ``GeneratedIOTileClient.partial_update_org``."""

        return cast(
            "RawResponse[Org, NoDeclaredHeaders]",
            self._client._call_raw(operation("orgs.partial_update_org"), org_patch=org_patch, slug=slug),
        )

    def partial_update_project(
        self, project_patch: ProjectPatch | Mapping[str, Any], id: UUID
    ) -> RawResponse[Project, NoDeclaredHeaders]:
        """``PATCH /api/v1/project/{id}/`` with its raw response; see ``GeneratedIOTileClient.partial_update_project``."""

        return cast(
            "RawResponse[Project, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("projects.partial_update_project"), project_patch=project_patch, id=id
            ),
        )

    def partial_update_property(
        self, property_patch: PropertyPatch | Mapping[str, Any], id: int
    ) -> RawResponse[Property, NoDeclaredHeaders]:
        """``PATCH /api/v1/property/{id}/`` with its raw response; see ``GeneratedIOTileClient.partial_update_property``."""

        return cast(
            "RawResponse[Property, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("properties.partial_update_property"), property_patch=property_patch, id=id
            ),
        )

    def partial_update_stream(
        self, stream_patch: StreamPatch | Mapping[str, Any], slug: str
    ) -> RawResponse[Stream, NoDeclaredHeaders]:
        """``PATCH /api/v1/stream/{slug}/`` with its raw response; see ``GeneratedIOTileClient.partial_update_stream``."""

        return cast(
            "RawResponse[Stream, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("streams.partial_update_stream"), stream_patch=stream_patch, slug=slug
            ),
        )

    def partial_update_variable(
        self, variable_patch: VariablePatch | Mapping[str, Any], slug: str
    ) -> RawResponse[Variable, NoDeclaredHeaders]:
        """``PATCH /api/v1/variable/{slug}/`` with its raw response; see ``GeneratedIOTileClient.partial_update_variable``."""

        return cast(
            "RawResponse[Variable, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("variables.partial_update_variable"), variable_patch=variable_patch, slug=slug
            ),
        )

    def refresh_jwt(
        self, jwt_token: JWTToken | Mapping[str, Any]
    ) -> RawResponse[JWTToken, NoDeclaredHeaders]:
        """``POST /api/v1/auth/api-jwt-refresh/`` with its raw response; see ``GeneratedIOTileClient.refresh_jwt``."""

        return cast(
            "RawResponse[JWTToken, NoDeclaredHeaders]",
            self._client._call_raw(operation("auth.refresh_jwt"), jwt_token=jwt_token),
        )

    def register_fleet_device(
        self, fleet_member: FleetMember | Mapping[str, Any], slug: str
    ) -> RawResponse[FleetMember, NoDeclaredHeaders]:
        """``POST /api/v1/fleet/{slug}/register/`` with its raw response; see ``GeneratedIOTileClient.register_fleet_device``."""

        return cast(
            "RawResponse[FleetMember, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("fleets.register_fleet_device"), fleet_member=fleet_member, slug=slug
            ),
        )

    def register_org(
        self, action_request: ActionRequest | Mapping[str, Any], slug: str
    ) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``POST /api/v1/org/{slug}/register/`` with its raw response; see ``GeneratedIOTileClient.register_org``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            self._client._call_raw(operation("orgs.register_org"), action_request=action_request, slug=slug),
        )

    def request_password_reset(
        self, password_reset: PasswordReset | Mapping[str, Any]
    ) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``POST /api/v1/auth/password/reset/`` with its raw response; see ``GeneratedIOTileClient.request_password_reset``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            self._client._call_raw(operation("auth.request_password_reset"), password_reset=password_reset),
        )

    def reset_device(self, slug: str) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``POST /api/v1/device/{slug}/reset/`` with its raw response; see ``GeneratedIOTileClient.reset_device``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.reset_device"), slug=slug),
        )

    def set_account_password(
        self, set_password: SetPassword | Mapping[str, Any], slug: str
    ) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``POST /api/v1/account/{slug}/set_password/`` with its raw response; see ``GeneratedIOTileClient.set_account_password``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("accounts.set_account_password"), set_password=set_password, slug=slug
            ),
        )

    def set_device_mask(
        self, data_mask: DataMask | Mapping[str, Any], slug: str
    ) -> RawResponse[DataMask, NoDeclaredHeaders]:
        """``PATCH /api/v1/device/{slug}/mask/`` with its raw response; see ``GeneratedIOTileClient.set_device_mask``."""

        return cast(
            "RawResponse[DataMask, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.set_device_mask"), data_mask=data_mask, slug=slug),
        )

    def sign_up(
        self, account_signup: AccountSignup | Mapping[str, Any]
    ) -> RawResponse[Account, NoDeclaredHeaders]:
        """``POST /api/v1/account/`` with its raw response; see ``GeneratedIOTileClient.sign_up``."""

        return cast(
            "RawResponse[Account, NoDeclaredHeaders]",
            self._client._call_raw(operation("accounts.sign_up"), account_signup=account_signup),
        )

    def trim_device(
        self, device_trim: DeviceTrim | Mapping[str, Any], slug: str
    ) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``POST /api/v1/device/{slug}/trim/`` with its raw response; see ``GeneratedIOTileClient.trim_device``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.trim_device"), device_trim=device_trim, slug=slug),
        )

    def unclaim_device(self, slug: str) -> RawResponse[Device, NoDeclaredHeaders]:
        """``POST /api/v1/device/{slug}/unclaim/`` with its raw response; see ``GeneratedIOTileClient.unclaim_device``."""

        return cast(
            "RawResponse[Device, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.unclaim_device"), slug=slug),
        )

    def update_org(
        self, org_write: OrgWrite | Mapping[str, Any], slug: str
    ) -> RawResponse[Org, NoDeclaredHeaders]:
        """``PUT /api/v1/org/{slug}/`` with its raw response; see ``GeneratedIOTileClient.update_org``."""

        return cast(
            "RawResponse[Org, NoDeclaredHeaders]",
            self._client._call_raw(operation("orgs.update_org"), org_write=org_write, slug=slug),
        )

    def upgrade_device(
        self, device_upgrade: DeviceUpgrade | Mapping[str, Any], slug: str
    ) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``POST /api/v1/device/{slug}/upgrade/`` with its raw response; see ``GeneratedIOTileClient.upgrade_device``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("devices.upgrade_device"), device_upgrade=device_upgrade, slug=slug
            ),
        )

    def upload_event(
        self, event_upload: EventUpload | Mapping[str, Any]
    ) -> RawResponse[EventUploadResult, NoDeclaredHeaders]:
        """``POST /api/v1/event/upload/`` with its raw response; see ``GeneratedIOTileClient.upload_event``."""

        return cast(
            "RawResponse[EventUploadResult, NoDeclaredHeaders]",
            self._client._call_raw(operation("events.upload_event"), event_upload=event_upload),
        )

    def upload_streamer_report(
        self, streamer_report_upload: StreamerReportUpload | Mapping[str, Any], timestamp: str
    ) -> RawResponse[StreamerReportUploadResult, NoDeclaredHeaders]:
        """``POST /api/v1/streamer/report/`` with its raw response; see ``GeneratedIOTileClient.upload_streamer_report``."""

        return cast(
            "RawResponse[StreamerReportUploadResult, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("streamers.upload_streamer_report"),
                streamer_report_upload=streamer_report_upload,
                timestamp=timestamp,
            ),
        )

    def verify_jwt(self, jwt_token: JWTToken | Mapping[str, Any]) -> RawResponse[JWTToken, NoDeclaredHeaders]:
        """``POST /api/v1/auth/api-jwt-verify/`` with its raw response; see ``GeneratedIOTileClient.verify_jwt``."""

        return cast(
            "RawResponse[JWTToken, NoDeclaredHeaders]",
            self._client._call_raw(operation("auth.verify_jwt"), jwt_token=jwt_token),
        )


class GeneratedAsyncIOTileClientRawResponses:
    """Every operation of ``GeneratedAsyncIOTileClient``, returning its raw response (``client.with_raw_response``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def check_device_claimable(
        self, device_claimable: DeviceClaimable | Mapping[str, Any]
    ) -> RawResponse[DeviceClaimableResult, NoDeclaredHeaders]:
        """``POST /api/v1/device/claimable/`` with its raw response; see ``GeneratedAsyncIOTileClient.check_device_claimable``."""

        return cast(
            "RawResponse[DeviceClaimableResult, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("devices.check_device_claimable"), device_claimable=device_claimable
            ),
        )

    async def claim_device(
        self, device_claim: DeviceClaim | Mapping[str, Any]
    ) -> RawResponse[Device, NoDeclaredHeaders]:
        """``POST /api/v1/device/claim/`` with its raw response; see ``GeneratedAsyncIOTileClient.claim_device``."""

        return cast(
            "RawResponse[Device, NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.claim_device"), device_claim=device_claim),
        )

    async def create_data(
        self, body: list[StreamDataWrite] | Mapping[str, Any]
    ) -> RawResponse[list[StreamData], NoDeclaredHeaders]:
        """``POST /api/v1/data/`` with its raw response; see ``GeneratedAsyncIOTileClient.create_data``."""

        return cast(
            "RawResponse[list[StreamData], NoDeclaredHeaders]",
            await self._client._call_raw(operation("data.create_data"), body=body),
        )

    async def create_datablock(
        self, data_block_write: DataBlockWrite | Mapping[str, Any]
    ) -> RawResponse[DataBlock, NoDeclaredHeaders]:
        """``POST /api/v1/datablock/`` with its raw response; see ``GeneratedAsyncIOTileClient.create_datablock``."""

        return cast(
            "RawResponse[DataBlock, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("datablocks.create_datablock"), data_block_write=data_block_write
            ),
        )

    async def create_event(
        self, event_write: EventWrite | Mapping[str, Any]
    ) -> RawResponse[Event, NoDeclaredHeaders]:
        """``POST /api/v1/event/`` with its raw response; see ``GeneratedAsyncIOTileClient.create_event``."""

        return cast(
            "RawResponse[Event, NoDeclaredHeaders]",
            await self._client._call_raw(operation("events.create_event"), event_write=event_write),
        )

    async def create_fleet(
        self, fleet_write: FleetWrite | Mapping[str, Any]
    ) -> RawResponse[Fleet, NoDeclaredHeaders]:
        """``POST /api/v1/fleet/`` with its raw response; see ``GeneratedAsyncIOTileClient.create_fleet``."""

        return cast(
            "RawResponse[Fleet, NoDeclaredHeaders]",
            await self._client._call_raw(operation("fleets.create_fleet"), fleet_write=fleet_write),
        )

    async def create_org(
        self, org_write: OrgWrite | Mapping[str, Any]
    ) -> RawResponse[Org, NoDeclaredHeaders]:
        """``POST /api/v1/org/`` with its raw response; see ``GeneratedAsyncIOTileClient.create_org``."""

        return cast(
            "RawResponse[Org, NoDeclaredHeaders]",
            await self._client._call_raw(operation("orgs.create_org"), org_write=org_write),
        )

    async def create_project(
        self, project_write: ProjectWrite | Mapping[str, Any]
    ) -> RawResponse[Project, NoDeclaredHeaders]:
        """``POST /api/v1/project/`` with its raw response; see ``GeneratedAsyncIOTileClient.create_project``."""

        return cast(
            "RawResponse[Project, NoDeclaredHeaders]",
            await self._client._call_raw(operation("projects.create_project"), project_write=project_write),
        )

    async def create_property(
        self, property_write: PropertyWrite | Mapping[str, Any]
    ) -> RawResponse[Property, NoDeclaredHeaders]:
        """``POST /api/v1/property/`` with its raw response; see ``GeneratedAsyncIOTileClient.create_property``."""

        return cast(
            "RawResponse[Property, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("properties.create_property"), property_write=property_write
            ),
        )

    async def create_stream(
        self, stream_write: StreamWrite | Mapping[str, Any]
    ) -> RawResponse[Stream, NoDeclaredHeaders]:
        """``POST /api/v1/stream/`` with its raw response; see ``GeneratedAsyncIOTileClient.create_stream``."""

        return cast(
            "RawResponse[Stream, NoDeclaredHeaders]",
            await self._client._call_raw(operation("streams.create_stream"), stream_write=stream_write),
        )

    async def create_variable(
        self, variable_write: VariableWrite | Mapping[str, Any]
    ) -> RawResponse[Variable, NoDeclaredHeaders]:
        """``POST /api/v1/variable/`` with its raw response; see ``GeneratedAsyncIOTileClient.create_variable``."""

        return cast(
            "RawResponse[Variable, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("variables.create_variable"), variable_write=variable_write
            ),
        )

    async def delete_datablock(self, slug: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/datablock/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.delete_datablock``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(operation("datablocks.delete_datablock"), slug=slug),
        )

    async def delete_device_mask(self, slug: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/device/{slug}/mask/`` with its raw response; see ``GeneratedAsyncIOTileClient.delete_device_mask``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.delete_device_mask"), slug=slug),
        )

    async def delete_fleet(self, slug: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/fleet/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.delete_fleet``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(operation("fleets.delete_fleet"), slug=slug),
        )

    async def delete_org(self, slug: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/org/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.delete_org``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(operation("orgs.delete_org"), slug=slug),
        )

    async def delete_property(self, id: int) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/property/{id}/`` with its raw response; see ``GeneratedAsyncIOTileClient.delete_property``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(operation("properties.delete_property"), id=id),
        )

    async def get_account(self, slug: str) -> RawResponse[Account, NoDeclaredHeaders]:
        """``GET /api/v1/account/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_account``."""

        return cast(
            "RawResponse[Account, NoDeclaredHeaders]",
            await self._client._call_raw(operation("accounts.get_account"), slug=slug),
        )

    async def get_data_frame(
        self,
        filter_: str,
        *,
        start: str | None = None,
        end: str | None = None,
        apply_mdo: int | None = None,
        extended: int | None = None,
        pivot: int | None = None,
        stats: int | None = None,
        mask: int | None = None,
        format_: GetDataFrameFormat | None = None,
    ) -> RawResponse[DataFrameSplit | str, NoDeclaredHeaders]:
        """``GET /api/v1/df/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_data_frame``."""

        return cast(
            "RawResponse[DataFrameSplit | str, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("data.get_data_frame"),
                filter_=filter_,
                start=start,
                end=end,
                apply_mdo=apply_mdo,
                extended=extended,
                pivot=pivot,
                stats=stats,
                mask=mask,
                format_=format_,
            ),
        )

    async def get_data_point(self, id: int) -> RawResponse[StreamData, NoDeclaredHeaders]:
        """``GET /api/v1/data/{id}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_data_point``."""

        return cast(
            "RawResponse[StreamData, NoDeclaredHeaders]",
            await self._client._call_raw(operation("data.get_data_point"), id=id),
        )

    async def get_datablock(self, slug: str) -> RawResponse[DataBlock, NoDeclaredHeaders]:
        """``GET /api/v1/datablock/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_datablock``."""

        return cast(
            "RawResponse[DataBlock, NoDeclaredHeaders]",
            await self._client._call_raw(operation("datablocks.get_datablock"), slug=slug),
        )

    async def get_device(self, slug: str) -> RawResponse[Device, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_device``."""

        return cast(
            "RawResponse[Device, NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.get_device"), slug=slug),
        )

    async def get_device_extra(self, slug: str) -> RawResponse[DeviceExtra, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/extra/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_device_extra``."""

        return cast(
            "RawResponse[DeviceExtra, NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.get_device_extra"), slug=slug),
        )

    async def get_device_health(self, slug: str) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/health/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_device_health``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.get_device_health"), slug=slug),
        )

    async def get_device_key(
        self, slug: str, *, type_: str | None = None
    ) -> RawResponse[DeviceKey, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/key/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_device_key``."""

        return cast(
            "RawResponse[DeviceKey, NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.get_device_key"), slug=slug, type_=type_),
        )

    async def get_device_mask(self, slug: str) -> RawResponse[DataMask, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/mask/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_device_mask``."""

        return cast(
            "RawResponse[DataMask, NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.get_device_mask"), slug=slug),
        )

    async def get_device_sensor_graph(self, slug: str) -> RawResponse[SensorGraphRef, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/sg/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_device_sensor_graph``."""

        return cast(
            "RawResponse[SensorGraphRef, NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.get_device_sensor_graph"), slug=slug),
        )

    async def get_device_status(self, slug: str) -> RawResponse[DeviceStatus, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/status/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_device_status``."""

        return cast(
            "RawResponse[DeviceStatus, NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.get_device_status"), slug=slug),
        )

    async def get_device_template(self, slug: str) -> RawResponse[DeviceTemplateRef, NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/template/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_device_template``."""

        return cast(
            "RawResponse[DeviceTemplateRef, NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.get_device_template"), slug=slug),
        )

    async def get_event(self, id: int) -> RawResponse[Event, NoDeclaredHeaders]:
        """``GET /api/v1/event/{id}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_event``."""

        return cast(
            "RawResponse[Event, NoDeclaredHeaders]",
            await self._client._call_raw(operation("events.get_event"), id=id),
        )

    async def get_event_data(self, id: int) -> RawResponse[EventRawData, NoDeclaredHeaders]:
        """``GET /api/v1/event/{id}/data/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_event_data``."""

        return cast(
            "RawResponse[EventRawData, NoDeclaredHeaders]",
            await self._client._call_raw(operation("events.get_event_data"), id=id),
        )

    async def get_event_url(self, id: int) -> RawResponse[EventUrl, NoDeclaredHeaders]:
        """``GET /api/v1/event/{id}/url/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_event_url``."""

        return cast(
            "RawResponse[EventUrl, NoDeclaredHeaders]",
            await self._client._call_raw(operation("events.get_event_url"), id=id),
        )

    async def get_fleet(self, slug: str) -> RawResponse[Fleet, NoDeclaredHeaders]:
        """``GET /api/v1/fleet/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_fleet``."""

        return cast(
            "RawResponse[Fleet, NoDeclaredHeaders]",
            await self._client._call_raw(operation("fleets.get_fleet"), slug=slug),
        )

    async def get_org(self, slug: str) -> RawResponse[Org, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_org``."""

        return cast(
            "RawResponse[Org, NoDeclaredHeaders]",
            await self._client._call_raw(operation("orgs.get_org"), slug=slug),
        )

    async def get_org_extra(self, slug: str) -> RawResponse[OrgExtra, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/extra/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_org_extra``."""

        return cast(
            "RawResponse[OrgExtra, NoDeclaredHeaders]",
            await self._client._call_raw(operation("orgs.get_org_extra"), slug=slug),
        )

    async def get_org_membership(self, slug: str) -> RawResponse[Membership, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/membership/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_org_membership``."""

        return cast(
            "RawResponse[Membership, NoDeclaredHeaders]",
            await self._client._call_raw(operation("orgs.get_org_membership"), slug=slug),
        )

    async def get_project(self, id: UUID) -> RawResponse[Project, NoDeclaredHeaders]:
        """``GET /api/v1/project/{id}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_project``."""

        return cast(
            "RawResponse[Project, NoDeclaredHeaders]",
            await self._client._call_raw(operation("projects.get_project"), id=id),
        )

    async def get_project_extra(self, id: UUID) -> RawResponse[ProjectExtra, NoDeclaredHeaders]:
        """``GET /api/v1/project/{id}/extra/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_project_extra``."""

        return cast(
            "RawResponse[ProjectExtra, NoDeclaredHeaders]",
            await self._client._call_raw(operation("projects.get_project_extra"), id=id),
        )

    async def get_property(self, id: int) -> RawResponse[Property, NoDeclaredHeaders]:
        """``GET /api/v1/property/{id}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_property``."""

        return cast(
            "RawResponse[Property, NoDeclaredHeaders]",
            await self._client._call_raw(operation("properties.get_property"), id=id),
        )

    async def get_sensor_graph(self, slug: str) -> RawResponse[SensorGraph, NoDeclaredHeaders]:
        """``GET /api/v1/sg/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_sensor_graph``."""

        return cast(
            "RawResponse[SensorGraph, NoDeclaredHeaders]",
            await self._client._call_raw(operation("firmware.get_sensor_graph"), slug=slug),
        )

    async def get_stream(self, slug: str) -> RawResponse[Stream, NoDeclaredHeaders]:
        """``GET /api/v1/stream/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_stream``."""

        return cast(
            "RawResponse[Stream, NoDeclaredHeaders]",
            await self._client._call_raw(operation("streams.get_stream"), slug=slug),
        )

    async def get_stream_csv(
        self, slug: str, *, start: str | None = None, end: str | None = None
    ) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /api/v1/stream/{slug}/csv/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_stream_csv``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("streams.get_stream_csv"), slug=slug, start=start, end=end
            ),
        )

    async def get_stream_datatable(self, slug: str) -> RawResponse[DataTable, NoDeclaredHeaders]:
        """``GET /api/v1/stream/{slug}/datatable/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_stream_datatable``."""

        return cast(
            "RawResponse[DataTable, NoDeclaredHeaders]",
            await self._client._call_raw(operation("streams.get_stream_datatable"), slug=slug),
        )

    async def get_stream_eventtable(self, slug: str) -> RawResponse[DataTable, NoDeclaredHeaders]:
        """``GET /api/v1/stream/{slug}/eventtable/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_stream_eventtable``."""

        return cast(
            "RawResponse[DataTable, NoDeclaredHeaders]",
            await self._client._call_raw(operation("streams.get_stream_eventtable"), slug=slug),
        )

    async def get_streamer(self, slug: str) -> RawResponse[Streamer, NoDeclaredHeaders]:
        """``GET /api/v1/streamer/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_streamer``."""

        return cast(
            "RawResponse[Streamer, NoDeclaredHeaders]",
            await self._client._call_raw(operation("streamers.get_streamer"), slug=slug),
        )

    async def get_streamer_report(self, id: UUID) -> RawResponse[StreamerReport, NoDeclaredHeaders]:
        """``GET /api/v1/streamer/report/{id}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_streamer_report``."""

        return cast(
            "RawResponse[StreamerReport, NoDeclaredHeaders]",
            await self._client._call_raw(operation("streamers.get_streamer_report"), id=id),
        )

    async def get_template(self, slug: str) -> RawResponse[DeviceTemplate, NoDeclaredHeaders]:
        """``GET /api/v1/dt/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_template``."""

        return cast(
            "RawResponse[DeviceTemplate, NoDeclaredHeaders]",
            await self._client._call_raw(operation("firmware.get_template"), slug=slug),
        )

    async def get_tokens(self) -> RawResponse[TokenPair, NoDeclaredHeaders]:
        """``GET /api/v1/auth/token/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_tokens``."""

        return cast(
            "RawResponse[TokenPair, NoDeclaredHeaders]",
            await self._client._call_raw(operation("auth.get_tokens")),
        )

    async def get_user_info(self) -> RawResponse[LoginResponse, NoDeclaredHeaders]:
        """``GET /api/v1/auth/user-info/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_user_info``."""

        return cast(
            "RawResponse[LoginResponse, NoDeclaredHeaders]",
            await self._client._call_raw(operation("auth.get_user_info")),
        )

    async def get_variable(self, slug: str) -> RawResponse[Variable, NoDeclaredHeaders]:
        """``GET /api/v1/variable/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_variable``."""

        return cast(
            "RawResponse[Variable, NoDeclaredHeaders]",
            await self._client._call_raw(operation("variables.get_variable"), slug=slug),
        )

    async def get_variable_type(self, slug: str) -> RawResponse[VarType, NoDeclaredHeaders]:
        """``GET /api/v1/variable/{slug}/type/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_variable_type``."""

        return cast(
            "RawResponse[VarType, NoDeclaredHeaders]",
            await self._client._call_raw(operation("variables.get_variable_type"), slug=slug),
        )

    async def get_vartype(self, slug: str) -> RawResponse[VarType, NoDeclaredHeaders]:
        """``GET /api/v1/vartype/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.get_vartype``."""

        return cast(
            "RawResponse[VarType, NoDeclaredHeaders]",
            await self._client._call_raw(operation("variables.get_vartype"), slug=slug),
        )

    async def invite_org_member(
        self, org_invitation: OrgInvitation | Mapping[str, Any], slug: str
    ) -> RawResponse[OrgInvitation, NoDeclaredHeaders]:
        """``POST /api/v1/org/{slug}/invite/`` with its raw response; see ``GeneratedAsyncIOTileClient.invite_org_member``."""

        return cast(
            "RawResponse[OrgInvitation, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("orgs.invite_org_member"), org_invitation=org_invitation, slug=slug
            ),
        )

    async def list_accounts(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedAccountList, NoDeclaredHeaders]:
        """``GET /api/v1/account/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_accounts``."""

        return cast(
            "RawResponse[PaginatedAccountList, NoDeclaredHeaders]",
            await self._client._call_raw(operation("accounts.list_accounts"), page=page, page_size=page_size),
        )

    async def list_data(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        filter_: str | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
        streamer_id_0: int | None = None,
        streamer_id_1: int | None = None,
        mask: int | None = None,
    ) -> RawResponse[PaginatedStreamDataList, NoDeclaredHeaders]:
        """``GET /api/v1/data/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_data``."""

        return cast(
            "RawResponse[PaginatedStreamDataList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("data.list_data"),
                page=page,
                page_size=page_size,
                filter_=filter_,
                start=start,
                end=end,
                lastn=lastn,
                streamer_id_0=streamer_id_0,
                streamer_id_1=streamer_id_1,
                mask=mask,
            ),
        )

    async def list_datablocks(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        q: str | None = None,
    ) -> RawResponse[PaginatedDataBlockList, NoDeclaredHeaders]:
        """``GET /api/v1/datablock/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_datablocks``."""

        return cast(
            "RawResponse[PaginatedDataBlockList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("datablocks.list_datablocks"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                q=q,
            ),
        )

    async def list_device_filter_logs(self, slug: str) -> RawResponse[list[ActionResult], NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/filterlog/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_device_filter_logs``."""

        return cast(
            "RawResponse[list[ActionResult], NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.list_device_filter_logs"), slug=slug),
        )

    async def list_device_properties(self, slug: str) -> RawResponse[list[Property], NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/properties/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_device_properties``."""

        return cast(
            "RawResponse[list[Property], NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.list_device_properties"), slug=slug),
        )

    async def list_device_streamers(self, slug: str) -> RawResponse[list[Streamer], NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/streamers/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_device_streamers``."""

        return cast(
            "RawResponse[list[Streamer], NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.list_device_streamers"), slug=slug),
        )

    async def list_device_templates(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedDeviceTemplateList, NoDeclaredHeaders]:
        """``GET /api/v1/dt/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_device_templates``."""

        return cast(
            "RawResponse[PaginatedDeviceTemplateList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("firmware.list_device_templates"), page=page, page_size=page_size
            ),
        )

    async def list_device_versions(self, slug: str) -> RawResponse[list[DeviceVersion], NoDeclaredHeaders]:
        """``GET /api/v1/device/{slug}/versions/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_device_versions``."""

        return cast(
            "RawResponse[list[DeviceVersion], NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.list_device_versions"), slug=slug),
        )

    async def list_devices(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        project: str | None = None,
        dt: str | None = None,
        sg: str | None = None,
        external_id: str | None = None,
        claimed: bool | None = None,
        org_slug: str | None = None,
        property_: str | None = None,
    ) -> RawResponse[PaginatedDeviceList, NoDeclaredHeaders]:
        """``GET /api/v1/device/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_devices``."""

        return cast(
            "RawResponse[PaginatedDeviceList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("devices.list_devices"),
                page=page,
                page_size=page_size,
                project=project,
                dt=dt,
                sg=sg,
                external_id=external_id,
                claimed=claimed,
                org_slug=org_slug,
                property_=property_,
            ),
        )

    async def list_events(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        filter_: str | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
    ) -> RawResponse[PaginatedEventList, NoDeclaredHeaders]:
        """``GET /api/v1/event/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_events``."""

        return cast(
            "RawResponse[PaginatedEventList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("events.list_events"),
                page=page,
                page_size=page_size,
                filter_=filter_,
                start=start,
                end=end,
                lastn=lastn,
            ),
        )

    async def list_fleet_devices(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedFleetMemberList, NoDeclaredHeaders]:
        """``GET /api/v1/fleet/{slug}/devices/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_fleet_devices``."""

        return cast(
            "RawResponse[PaginatedFleetMemberList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("fleets.list_fleet_devices"), slug=slug, page=page, page_size=page_size
            ),
        )

    async def list_fleets(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        is_network: bool | None = None,
    ) -> RawResponse[PaginatedFleetList, NoDeclaredHeaders]:
        """``GET /api/v1/fleet/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_fleets``."""

        return cast(
            "RawResponse[PaginatedFleetList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("fleets.list_fleets"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                is_network=is_network,
            ),
        )

    async def list_org_archives(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedDataBlockList, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/archives/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_org_archives``."""

        return cast(
            "RawResponse[PaginatedDataBlockList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("orgs.list_org_archives"), slug=slug, page=page, page_size=page_size
            ),
        )

    async def list_org_devices(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedDeviceList, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/devices/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_org_devices``."""

        return cast(
            "RawResponse[PaginatedDeviceList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("orgs.list_org_devices"), slug=slug, page=page, page_size=page_size
            ),
        )

    async def list_org_members(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedMembershipList, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/members/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_org_members``."""

        return cast(
            "RawResponse[PaginatedMembershipList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("orgs.list_org_members"), slug=slug, page=page, page_size=page_size
            ),
        )

    async def list_org_pending(self, slug: str) -> RawResponse[list[OrgInvitation], NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/pending/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_org_pending``."""

        return cast(
            "RawResponse[list[OrgInvitation], NoDeclaredHeaders]",
            await self._client._call_raw(operation("orgs.list_org_pending"), slug=slug),
        )

    async def list_org_projects(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedProjectList, NoDeclaredHeaders]:
        """``GET /api/v1/org/{slug}/projects/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_org_projects``."""

        return cast(
            "RawResponse[PaginatedProjectList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("orgs.list_org_projects"), slug=slug, page=page, page_size=page_size
            ),
        )

    async def list_orgs(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        created_by: str | None = None,
        search: str | None = None,
    ) -> RawResponse[PaginatedOrgList, NoDeclaredHeaders]:
        """``GET /api/v1/org/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_orgs``."""

        return cast(
            "RawResponse[PaginatedOrgList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("orgs.list_orgs"),
                page=page,
                page_size=page_size,
                created_by=created_by,
                search=search,
            ),
        )

    async def list_project_properties(self, id: UUID) -> RawResponse[list[Property], NoDeclaredHeaders]:
        """``GET /api/v1/project/{id}/properties/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_project_properties``."""

        return cast(
            "RawResponse[list[Property], NoDeclaredHeaders]",
            await self._client._call_raw(operation("projects.list_project_properties"), id=id),
        )

    async def list_projects(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        org_slug: str | None = None,
        slug: str | None = None,
        name: str | None = None,
        created_by: str | None = None,
        property_: str | None = None,
    ) -> RawResponse[PaginatedProjectList, NoDeclaredHeaders]:
        """``GET /api/v1/project/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_projects``."""

        return cast(
            "RawResponse[PaginatedProjectList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("projects.list_projects"),
                page=page,
                page_size=page_size,
                org=org,
                org_slug=org_slug,
                slug=slug,
                name=name,
                created_by=created_by,
                property_=property_,
            ),
        )

    async def list_properties(
        self, target: str, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedPropertyList, NoDeclaredHeaders]:
        """``GET /api/v1/property/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_properties``."""

        return cast(
            "RawResponse[PaginatedPropertyList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("properties.list_properties"), page=page, page_size=page_size, target=target
            ),
        )

    async def list_reports_of_streamer(
        self, slug: str
    ) -> RawResponse[list[StreamerReport], NoDeclaredHeaders]:
        """``GET /api/v1/streamer/{slug}/report/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_reports_of_streamer``."""

        return cast(
            "RawResponse[list[StreamerReport], NoDeclaredHeaders]",
            await self._client._call_raw(operation("streamers.list_reports_of_streamer"), slug=slug),
        )

    async def list_sensor_graphs(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> RawResponse[PaginatedSensorGraphList, NoDeclaredHeaders]:
        """``GET /api/v1/sg/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_sensor_graphs``."""

        return cast(
            "RawResponse[PaginatedSensorGraphList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("firmware.list_sensor_graphs"), page=page, page_size=page_size
            ),
        )

    async def list_stream_data(
        self,
        slug: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
    ) -> RawResponse[PaginatedStreamIdDataList, NoDeclaredHeaders]:
        """``GET /api/v1/stream/{slug}/data/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_stream_data``."""

        return cast(
            "RawResponse[PaginatedStreamIdDataList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("streams.list_stream_data"),
                slug=slug,
                page=page,
                page_size=page_size,
                start=start,
                end=end,
                lastn=lastn,
            ),
        )

    async def list_streamer_reports(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        streamer_slug: str | None = None,
        created_by_slug: str | None = None,
        start: str | None = None,
        end: str | None = None,
    ) -> RawResponse[PaginatedStreamerReportList, NoDeclaredHeaders]:
        """``GET /api/v1/streamer/report/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_streamer_reports``."""

        return cast(
            "RawResponse[PaginatedStreamerReportList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("streamers.list_streamer_reports"),
                page=page,
                page_size=page_size,
                streamer_slug=streamer_slug,
                created_by_slug=created_by_slug,
                start=start,
                end=end,
            ),
        )

    async def list_streamers(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        device: str | None = None,
        selector: int | None = None,
        slug: str | None = None,
    ) -> RawResponse[PaginatedStreamerList, NoDeclaredHeaders]:
        """``GET /api/v1/streamer/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_streamers``."""

        return cast(
            "RawResponse[PaginatedStreamerList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("streamers.list_streamers"),
                page=page,
                page_size=page_size,
                device=device,
                selector=selector,
                slug=slug,
            ),
        )

    async def list_streams(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        project: str | None = None,
        org: str | None = None,
        device: str | None = None,
        block: str | None = None,
        variable: str | None = None,
        enabled: bool | None = None,
        virtual: int | None = None,
        all_: int | None = None,
    ) -> RawResponse[PaginatedStreamList, NoDeclaredHeaders]:
        """``GET /api/v1/stream/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_streams``."""

        return cast(
            "RawResponse[PaginatedStreamList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("streams.list_streams"),
                page=page,
                page_size=page_size,
                project=project,
                org=org,
                device=device,
                block=block,
                variable=variable,
                enabled=enabled,
                virtual=virtual,
                all_=all_,
            ),
        )

    async def list_variables(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        project: str | None = None,
        org: str | None = None,
        search: str | None = None,
        include_templates: bool | None = None,
    ) -> RawResponse[PaginatedVariableList, NoDeclaredHeaders]:
        """``GET /api/v1/variable/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_variables``."""

        return cast(
            "RawResponse[PaginatedVariableList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("variables.list_variables"),
                page=page,
                page_size=page_size,
                project=project,
                org=org,
                search=search,
                include_templates=include_templates,
            ),
        )

    async def list_vartypes(
        self, *, page: int | None = None, page_size: int | None = None, search: str | None = None
    ) -> RawResponse[PaginatedVarTypeList, NoDeclaredHeaders]:
        """``GET /api/v1/vartype/`` with its raw response; see ``GeneratedAsyncIOTileClient.list_vartypes``."""

        return cast(
            "RawResponse[PaginatedVarTypeList, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("variables.list_vartypes"), page=page, page_size=page_size, search=search
            ),
        )

    async def login(
        self, login_request: LoginRequest | Mapping[str, Any]
    ) -> RawResponse[LoginResponse, NoDeclaredHeaders]:
        """``POST /api/v1/auth/login/`` with its raw response; see ``GeneratedAsyncIOTileClient.login``."""

        return cast(
            "RawResponse[LoginResponse, NoDeclaredHeaders]",
            await self._client._call_raw(operation("auth.login"), login_request=login_request),
        )

    async def logout(self) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /api/v1/auth/logout/`` with its raw response; see ``GeneratedAsyncIOTileClient.logout``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]", await self._client._call_raw(operation("auth.logout"))
        )

    async def new_project(
        self, project_new: ProjectNew | Mapping[str, Any]
    ) -> RawResponse[ProjectId, NoDeclaredHeaders]:
        """``POST /api/v1/project/new/`` with its raw response; see ``GeneratedAsyncIOTileClient.new_project``."""

        return cast(
            "RawResponse[ProjectId, NoDeclaredHeaders]",
            await self._client._call_raw(operation("projects.new_project"), project_new=project_new),
        )

    async def new_project_property(
        self, property_new: PropertyNew | Mapping[str, Any], id: UUID
    ) -> RawResponse[Property, NoDeclaredHeaders]:
        """``POST /api/v1/project/{id}/new_property/`` with its raw response; see ``GeneratedAsyncIOTileClient.new_project_property``."""

        return cast(
            "RawResponse[Property, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("projects.new_project_property"), property_new=property_new, id=id
            ),
        )

    async def obtain_jwt(
        self, jwt_credentials: JWTCredentials | Mapping[str, Any]
    ) -> RawResponse[JWTToken, NoDeclaredHeaders]:
        """``POST /api/v1/auth/api-jwt-auth/`` with its raw response; see ``GeneratedAsyncIOTileClient.obtain_jwt``."""

        return cast(
            "RawResponse[JWTToken, NoDeclaredHeaders]",
            await self._client._call_raw(operation("auth.obtain_jwt"), jwt_credentials=jwt_credentials),
        )

    async def partial_update_account(
        self, account_update: AccountUpdate | Mapping[str, Any], slug: str
    ) -> RawResponse[Account, NoDeclaredHeaders]:
        """``PATCH /api/v1/account/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.partial_update_account``."""

        return cast(
            "RawResponse[Account, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("accounts.partial_update_account"), account_update=account_update, slug=slug
            ),
        )

    async def partial_update_datablock(
        self, data_block_patch: DataBlockPatch | Mapping[str, Any], slug: str
    ) -> RawResponse[DataBlock, NoDeclaredHeaders]:
        """``PATCH /api/v1/datablock/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.partial_update_datablock``."""

        return cast(
            "RawResponse[DataBlock, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("datablocks.partial_update_datablock"), data_block_patch=data_block_patch, slug=slug
            ),
        )

    async def partial_update_device(
        self, device_patch: DevicePatch | Mapping[str, Any], slug: str
    ) -> RawResponse[Device, NoDeclaredHeaders]:
        """``PATCH /api/v1/device/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.partial_update_device``."""

        return cast(
            "RawResponse[Device, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("devices.partial_update_device"), device_patch=device_patch, slug=slug
            ),
        )

    async def partial_update_device_health(
        self, action_request: ActionRequest | Mapping[str, Any], slug: str
    ) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``PATCH /api/v1/device/{slug}/health/`` with its raw response; see ``GeneratedAsyncIOTileClient.partial_update_device_health``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("devices.partial_update_device_health"), action_request=action_request, slug=slug
            ),
        )

    async def partial_update_event(
        self, event_patch: EventPatch | Mapping[str, Any], id: int
    ) -> RawResponse[Event, NoDeclaredHeaders]:
        """``PATCH /api/v1/event/{id}/`` with its raw response; see ``GeneratedAsyncIOTileClient.partial_update_event``."""

        return cast(
            "RawResponse[Event, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("events.partial_update_event"), event_patch=event_patch, id=id
            ),
        )

    async def partial_update_fleet(
        self, fleet_patch: FleetPatch | Mapping[str, Any], slug: str
    ) -> RawResponse[Fleet, NoDeclaredHeaders]:
        """``PATCH /api/v1/fleet/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.partial_update_fleet``."""

        return cast(
            "RawResponse[Fleet, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("fleets.partial_update_fleet"), fleet_patch=fleet_patch, slug=slug
            ),
        )

    async def partial_update_org(
        self, org_patch: OrgPatch | Mapping[str, Any], slug: str
    ) -> RawResponse[Org, NoDeclaredHeaders]:
        """``PATCH /api/v1/org/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.partial_update_org``."""

        return cast(
            "RawResponse[Org, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("orgs.partial_update_org"), org_patch=org_patch, slug=slug
            ),
        )

    async def partial_update_project(
        self, project_patch: ProjectPatch | Mapping[str, Any], id: UUID
    ) -> RawResponse[Project, NoDeclaredHeaders]:
        """``PATCH /api/v1/project/{id}/`` with its raw response; see ``GeneratedAsyncIOTileClient.partial_update_project``."""

        return cast(
            "RawResponse[Project, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("projects.partial_update_project"), project_patch=project_patch, id=id
            ),
        )

    async def partial_update_property(
        self, property_patch: PropertyPatch | Mapping[str, Any], id: int
    ) -> RawResponse[Property, NoDeclaredHeaders]:
        """``PATCH /api/v1/property/{id}/`` with its raw response; see ``GeneratedAsyncIOTileClient.partial_update_property``."""

        return cast(
            "RawResponse[Property, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("properties.partial_update_property"), property_patch=property_patch, id=id
            ),
        )

    async def partial_update_stream(
        self, stream_patch: StreamPatch | Mapping[str, Any], slug: str
    ) -> RawResponse[Stream, NoDeclaredHeaders]:
        """``PATCH /api/v1/stream/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.partial_update_stream``."""

        return cast(
            "RawResponse[Stream, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("streams.partial_update_stream"), stream_patch=stream_patch, slug=slug
            ),
        )

    async def partial_update_variable(
        self, variable_patch: VariablePatch | Mapping[str, Any], slug: str
    ) -> RawResponse[Variable, NoDeclaredHeaders]:
        """``PATCH /api/v1/variable/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.partial_update_variable``."""

        return cast(
            "RawResponse[Variable, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("variables.partial_update_variable"), variable_patch=variable_patch, slug=slug
            ),
        )

    async def refresh_jwt(
        self, jwt_token: JWTToken | Mapping[str, Any]
    ) -> RawResponse[JWTToken, NoDeclaredHeaders]:
        """``POST /api/v1/auth/api-jwt-refresh/`` with its raw response; see ``GeneratedAsyncIOTileClient.refresh_jwt``."""

        return cast(
            "RawResponse[JWTToken, NoDeclaredHeaders]",
            await self._client._call_raw(operation("auth.refresh_jwt"), jwt_token=jwt_token),
        )

    async def register_fleet_device(
        self, fleet_member: FleetMember | Mapping[str, Any], slug: str
    ) -> RawResponse[FleetMember, NoDeclaredHeaders]:
        """``POST /api/v1/fleet/{slug}/register/`` with its raw response; see ``GeneratedAsyncIOTileClient.register_fleet_device``."""

        return cast(
            "RawResponse[FleetMember, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("fleets.register_fleet_device"), fleet_member=fleet_member, slug=slug
            ),
        )

    async def register_org(
        self, action_request: ActionRequest | Mapping[str, Any], slug: str
    ) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``POST /api/v1/org/{slug}/register/`` with its raw response; see ``GeneratedAsyncIOTileClient.register_org``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("orgs.register_org"), action_request=action_request, slug=slug
            ),
        )

    async def request_password_reset(
        self, password_reset: PasswordReset | Mapping[str, Any]
    ) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``POST /api/v1/auth/password/reset/`` with its raw response; see ``GeneratedAsyncIOTileClient.request_password_reset``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("auth.request_password_reset"), password_reset=password_reset
            ),
        )

    async def reset_device(self, slug: str) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``POST /api/v1/device/{slug}/reset/`` with its raw response; see ``GeneratedAsyncIOTileClient.reset_device``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.reset_device"), slug=slug),
        )

    async def set_account_password(
        self, set_password: SetPassword | Mapping[str, Any], slug: str
    ) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``POST /api/v1/account/{slug}/set_password/`` with its raw response; see ``GeneratedAsyncIOTileClient.set_account_password``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("accounts.set_account_password"), set_password=set_password, slug=slug
            ),
        )

    async def set_device_mask(
        self, data_mask: DataMask | Mapping[str, Any], slug: str
    ) -> RawResponse[DataMask, NoDeclaredHeaders]:
        """``PATCH /api/v1/device/{slug}/mask/`` with its raw response; see ``GeneratedAsyncIOTileClient.set_device_mask``."""

        return cast(
            "RawResponse[DataMask, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("devices.set_device_mask"), data_mask=data_mask, slug=slug
            ),
        )

    async def sign_up(
        self, account_signup: AccountSignup | Mapping[str, Any]
    ) -> RawResponse[Account, NoDeclaredHeaders]:
        """``POST /api/v1/account/`` with its raw response; see ``GeneratedAsyncIOTileClient.sign_up``."""

        return cast(
            "RawResponse[Account, NoDeclaredHeaders]",
            await self._client._call_raw(operation("accounts.sign_up"), account_signup=account_signup),
        )

    async def trim_device(
        self, device_trim: DeviceTrim | Mapping[str, Any], slug: str
    ) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``POST /api/v1/device/{slug}/trim/`` with its raw response; see ``GeneratedAsyncIOTileClient.trim_device``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("devices.trim_device"), device_trim=device_trim, slug=slug
            ),
        )

    async def unclaim_device(self, slug: str) -> RawResponse[Device, NoDeclaredHeaders]:
        """``POST /api/v1/device/{slug}/unclaim/`` with its raw response; see ``GeneratedAsyncIOTileClient.unclaim_device``."""

        return cast(
            "RawResponse[Device, NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.unclaim_device"), slug=slug),
        )

    async def update_org(
        self, org_write: OrgWrite | Mapping[str, Any], slug: str
    ) -> RawResponse[Org, NoDeclaredHeaders]:
        """``PUT /api/v1/org/{slug}/`` with its raw response; see ``GeneratedAsyncIOTileClient.update_org``."""

        return cast(
            "RawResponse[Org, NoDeclaredHeaders]",
            await self._client._call_raw(operation("orgs.update_org"), org_write=org_write, slug=slug),
        )

    async def upgrade_device(
        self, device_upgrade: DeviceUpgrade | Mapping[str, Any], slug: str
    ) -> RawResponse[ActionResult, NoDeclaredHeaders]:
        """``POST /api/v1/device/{slug}/upgrade/`` with its raw response; see ``GeneratedAsyncIOTileClient.upgrade_device``."""

        return cast(
            "RawResponse[ActionResult, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("devices.upgrade_device"), device_upgrade=device_upgrade, slug=slug
            ),
        )

    async def upload_event(
        self, event_upload: EventUpload | Mapping[str, Any]
    ) -> RawResponse[EventUploadResult, NoDeclaredHeaders]:
        """``POST /api/v1/event/upload/`` with its raw response; see ``GeneratedAsyncIOTileClient.upload_event``."""

        return cast(
            "RawResponse[EventUploadResult, NoDeclaredHeaders]",
            await self._client._call_raw(operation("events.upload_event"), event_upload=event_upload),
        )

    async def upload_streamer_report(
        self, streamer_report_upload: StreamerReportUpload | Mapping[str, Any], timestamp: str
    ) -> RawResponse[StreamerReportUploadResult, NoDeclaredHeaders]:
        """``POST /api/v1/streamer/report/`` with its raw response; see ``GeneratedAsyncIOTileClient.upload_streamer_report``."""

        return cast(
            "RawResponse[StreamerReportUploadResult, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("streamers.upload_streamer_report"),
                streamer_report_upload=streamer_report_upload,
                timestamp=timestamp,
            ),
        )

    async def verify_jwt(
        self, jwt_token: JWTToken | Mapping[str, Any]
    ) -> RawResponse[JWTToken, NoDeclaredHeaders]:
        """``POST /api/v1/auth/api-jwt-verify/`` with its raw response; see ``GeneratedAsyncIOTileClient.verify_jwt``."""

        return cast(
            "RawResponse[JWTToken, NoDeclaredHeaders]",
            await self._client._call_raw(operation("auth.verify_jwt"), jwt_token=jwt_token),
        )
