"""Every operation of specs/iotticket.openapi.yaml with its raw HTTP response, sync and async. Generated; do not edit.

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
    import datetime

    from iotclients.core.client import AsyncAPIClient, SyncAPIClient

    from .models import (
        ActiveAssetEvent,
        AnalyticsItem,
        Asset,
        AssetAttribute,
        AssetTemplate,
        AssetTemplateDetail,
        AttributeTimeseries,
        AttributeType,
        CalculatedValues,
        CommandAccepted,
        CommandRequest,
        ControlCommandRequest,
        Count,
        CreatedId,
        Credential,
        Device,
        EventPayload,
        EventType,
        HistoryAssetEvent,
        MLModelCreate,
        MLModelDetail,
        MLModelSummary,
        MLModelUpdate,
        MLServiceCreate,
        MLServiceDetail,
        MLServiceUpdate,
        OnnxModelDetail,
        OnnxModelPatch,
        OnnxModelUpload,
        Organization,
        OrganizationDetails,
        SimpleCommandLogData,
        SortOrder,
        StaticValue,
        StatisticsDimension,
        StatisticsPeriod,
        StatisticsValue,
        TelemetryPayload,
        TimeseriesQuery,
        Timesignal,
        TokenRequest,
        TokenResponse,
    )


class GeneratedIoTTicketClientRawResponses:
    """Every operation of ``GeneratedIoTTicketClient``, returning its raw response (``client.with_raw_response``)."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def count_active_events(self, org_id: str) -> RawResponse[Count, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/events/active/count`` with its raw response; see ``GeneratedIoTTicketClient.count_active_events``."""

        return cast(
            "RawResponse[Count, NoDeclaredHeaders]",
            self._client._call_raw(operation("events.count_active_events"), org_id=org_id),
        )

    def count_analytics_items(self, org_id: str) -> RawResponse[Count, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/analytics-items/count`` with its raw response; see ``GeneratedIoTTicketClient.count_analytics_items``."""

        return cast(
            "RawResponse[Count, NoDeclaredHeaders]",
            self._client._call_raw(operation("analytics.count_analytics_items"), org_id=org_id),
        )

    def create_calculated_values(
        self, calculated_values: CalculatedValues | Mapping[str, Any], org_id: str, attribute_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/attributes/{attributeId}/calculated`` with its raw response; see ``GeneratedIoTTicketClient.create_calculated_values``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("data.create_calculated_values"),
                calculated_values=calculated_values,
                org_id=org_id,
                attribute_id=attribute_id,
            ),
        )

    def create_command(
        self, command_request: CommandRequest | Mapping[str, Any], org_id: str, attribute_id: str
    ) -> RawResponse[CommandAccepted, NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/attributes/{attributeId}/commands`` with its raw response; see ``GeneratedIoTTicketClient.create_command``."""

        return cast(
            "RawResponse[CommandAccepted, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("commands.create_command"),
                command_request=command_request,
                org_id=org_id,
                attribute_id=attribute_id,
            ),
        )

    def create_control_command(
        self,
        control_command_request: ControlCommandRequest | Mapping[str, Any],
        org_id: str,
        attribute_id: str,
    ) -> RawResponse[CommandAccepted, NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/attributes/{attributeId}/control-commands`` with its raw response; see ``GeneratedIoTTicketClient.create_control_command``."""

        return cast(
            "RawResponse[CommandAccepted, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("commands.create_control_command"),
                control_command_request=control_command_request,
                org_id=org_id,
                attribute_id=attribute_id,
            ),
        )

    def create_ml_model(
        self, ml_model_create: MLModelCreate | Mapping[str, Any], org_id: str
    ) -> RawResponse[CreatedId, NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/ml-models`` with its raw response; see ``GeneratedIoTTicketClient.create_ml_model``."""

        return cast(
            "RawResponse[CreatedId, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("analytics.create_ml_model"), ml_model_create=ml_model_create, org_id=org_id
            ),
        )

    def create_ml_service(
        self, ml_service_create: MLServiceCreate | Mapping[str, Any], org_id: str
    ) -> RawResponse[CreatedId, NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/ml-services`` with its raw response; see ``GeneratedIoTTicketClient.create_ml_service``."""

        return cast(
            "RawResponse[CreatedId, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("analytics.create_ml_service"), ml_service_create=ml_service_create, org_id=org_id
            ),
        )

    def create_onnx_model(
        self, onnx_model_upload: OnnxModelUpload | Mapping[str, Any], org_id: str
    ) -> RawResponse[CreatedId, NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/onnx-models`` with its raw response; see ``GeneratedIoTTicketClient.create_onnx_model``."""

        return cast(
            "RawResponse[CreatedId, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("analytics.create_onnx_model"), onnx_model_upload=onnx_model_upload, org_id=org_id
            ),
        )

    def create_token(
        self, token_request: TokenRequest | Mapping[str, Any]
    ) -> RawResponse[TokenResponse, NoDeclaredHeaders]:
        """``POST /oauth2/token`` with its raw response; see ``GeneratedIoTTicketClient.create_token``."""

        return cast(
            "RawResponse[TokenResponse, NoDeclaredHeaders]",
            self._client._call_raw(operation("auth.create_token"), token_request=token_request),
        )

    def get_organizations(self) -> RawResponse[list[Organization], NoDeclaredHeaders]:
        """``GET /api/v1/organizations`` with its raw response; see ``GeneratedIoTTicketClient.get_organizations``."""

        return cast(
            "RawResponse[list[Organization], NoDeclaredHeaders]",
            self._client._call_raw(operation("organizations.get_organizations")),
        )

    def list_active_events(
        self,
        org_id: str,
        *,
        asset_ids: str | None = None,
        type_: EventType | None = None,
        start: datetime.datetime | None = None,
        acknowledged: bool | None = None,
        limit: int | None = None,
    ) -> RawResponse[list[ActiveAssetEvent], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/events/active`` with its raw response; see ``GeneratedIoTTicketClient.list_active_events``."""

        return cast(
            "RawResponse[list[ActiveAssetEvent], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("events.list_active_events"),
                org_id=org_id,
                asset_ids=asset_ids,
                type_=type_,
                start=start,
                acknowledged=acknowledged,
                limit=limit,
            ),
        )

    def list_analytics_items(self, org_id: str) -> RawResponse[list[AnalyticsItem], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/analytics-items`` with its raw response; see ``GeneratedIoTTicketClient.list_analytics_items``."""

        return cast(
            "RawResponse[list[AnalyticsItem], NoDeclaredHeaders]",
            self._client._call_raw(operation("analytics.list_analytics_items"), org_id=org_id),
        )

    def list_asset_attributes(
        self, org_id: str, asset_id: str, *, type_: AttributeType | None = None
    ) -> RawResponse[list[AssetAttribute], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/assets/{assetId}/attributes`` with its raw response; see ``GeneratedIoTTicketClient.list_asset_attributes``."""

        return cast(
            "RawResponse[list[AssetAttribute], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("assets.list_asset_attributes"), org_id=org_id, asset_id=asset_id, type_=type_
            ),
        )

    def list_asset_children(self, org_id: str, asset_id: str) -> RawResponse[list[Asset], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/assets/{assetId}/children`` with its raw response; see ``GeneratedIoTTicketClient.list_asset_children``."""

        return cast(
            "RawResponse[list[Asset], NoDeclaredHeaders]",
            self._client._call_raw(operation("assets.list_asset_children"), org_id=org_id, asset_id=asset_id),
        )

    def list_asset_templates(
        self, org_id: str, *, name: str | None = None
    ) -> RawResponse[list[AssetTemplate], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/asset-templates`` with its raw response; see ``GeneratedIoTTicketClient.list_asset_templates``."""

        return cast(
            "RawResponse[list[AssetTemplate], NoDeclaredHeaders]",
            self._client._call_raw(operation("assets.list_asset_templates"), org_id=org_id, name=name),
        )

    def list_assets(
        self,
        org_id: str,
        *,
        parent_id: str | None = None,
        root: bool | None = None,
        name: str | None = None,
        include_templates: bool | None = None,
        include_event_types: bool | None = None,
        limit: int | None = None,
    ) -> RawResponse[list[Asset], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/assets`` with its raw response; see ``GeneratedIoTTicketClient.list_assets``."""

        return cast(
            "RawResponse[list[Asset], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("assets.list_assets"),
                org_id=org_id,
                parent_id=parent_id,
                root=root,
                name=name,
                include_templates=include_templates,
                include_event_types=include_event_types,
                limit=limit,
            ),
        )

    def list_credentials(
        self,
        org_id: str,
        *,
        id: str | None = None,
        name: str | None = None,
        client_id: str | None = None,
        scope: str | None = None,
    ) -> RawResponse[list[Credential], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/credentials`` with its raw response; see ``GeneratedIoTTicketClient.list_credentials``."""

        return cast(
            "RawResponse[list[Credential], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("credentials.list_credentials"),
                org_id=org_id,
                id=id,
                name=name,
                client_id=client_id,
                scope=scope,
            ),
        )

    def list_devices(
        self, org_id: str, *, asset_id: str | None = None
    ) -> RawResponse[list[Device], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/devices`` with its raw response; see ``GeneratedIoTTicketClient.list_devices``."""

        return cast(
            "RawResponse[list[Device], NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.list_devices"), org_id=org_id, asset_id=asset_id),
        )

    def list_event_history(
        self,
        org_id: str,
        *,
        asset_ids: str | None = None,
        type_: EventType | None = None,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        acknowledged: bool | None = None,
        only_acknowledged: bool | None = None,
        limit: int | None = None,
    ) -> RawResponse[list[HistoryAssetEvent], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/events/history`` with its raw response; see ``GeneratedIoTTicketClient.list_event_history``."""

        return cast(
            "RawResponse[list[HistoryAssetEvent], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("events.list_event_history"),
                org_id=org_id,
                asset_ids=asset_ids,
                type_=type_,
                start=start,
                end=end,
                acknowledged=acknowledged,
                only_acknowledged=only_acknowledged,
                limit=limit,
            ),
        )

    def list_latest_commands(
        self, org_id: str, asset_id: str, *, identifier_name: str | None = None
    ) -> RawResponse[list[SimpleCommandLogData], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/assets/{assetId}/commands/latest`` with its raw response; see ``GeneratedIoTTicketClient.list_latest_commands``."""

        return cast(
            "RawResponse[list[SimpleCommandLogData], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("commands.list_latest_commands"),
                org_id=org_id,
                asset_id=asset_id,
                identifier_name=identifier_name,
            ),
        )

    def list_ml_models(self, org_id: str) -> RawResponse[list[MLModelSummary], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/ml-models`` with its raw response; see ``GeneratedIoTTicketClient.list_ml_models``."""

        return cast(
            "RawResponse[list[MLModelSummary], NoDeclaredHeaders]",
            self._client._call_raw(operation("analytics.list_ml_models"), org_id=org_id),
        )

    def list_ml_services(self, org_id: str) -> RawResponse[list[MLServiceDetail], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/ml-services`` with its raw response; see ``GeneratedIoTTicketClient.list_ml_services``."""

        return cast(
            "RawResponse[list[MLServiceDetail], NoDeclaredHeaders]",
            self._client._call_raw(operation("analytics.list_ml_services"), org_id=org_id),
        )

    def list_onnx_models(self, org_id: str) -> RawResponse[list[AnalyticsItem], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/onnx-models`` with its raw response; see ``GeneratedIoTTicketClient.list_onnx_models``."""

        return cast(
            "RawResponse[list[AnalyticsItem], NoDeclaredHeaders]",
            self._client._call_raw(operation("analytics.list_onnx_models"), org_id=org_id),
        )

    def patch_onnx_model(
        self, onnx_model_patch: OnnxModelPatch | Mapping[str, Any], org_id: str, model_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PATCH /api/v1/organizations/{orgId}/onnx-models/{modelId}`` with its raw response; see ``GeneratedIoTTicketClient.patch_onnx_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("analytics.patch_onnx_model"),
                onnx_model_patch=onnx_model_patch,
                org_id=org_id,
                model_id=model_id,
            ),
        )

    def put_device_events(
        self, event_payload: EventPayload | Mapping[str, Any], org_id: str, device_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PUT /http-adapter/event/{orgId}/{deviceId}`` with its raw response; see ``GeneratedIoTTicketClient.put_device_events``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("device_adapter.put_device_events"),
                event_payload=event_payload,
                org_id=org_id,
                device_id=device_id,
            ),
        )

    def put_device_telemetry(
        self, telemetry_payload: TelemetryPayload | Mapping[str, Any], org_id: str, device_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PUT /http-adapter/telemetry/{orgId}/{deviceId}`` with its raw response; see ``GeneratedIoTTicketClient.put_device_telemetry``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("device_adapter.put_device_telemetry"),
                telemetry_payload=telemetry_payload,
                org_id=org_id,
                device_id=device_id,
            ),
        )

    def _send_query_timeseries(
        self, timeseries_query: TimeseriesQuery | Mapping[str, Any], org_id: str
    ) -> RawResponse[list[AttributeTimeseries], NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/timeseries/query`` with its raw response; see ``GeneratedIoTTicketClient._send_query_timeseries``."""

        return cast(
            "RawResponse[list[AttributeTimeseries], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("data.query_timeseries"), timeseries_query=timeseries_query, org_id=org_id
            ),
        )

    def read_asset(self, org_id: str, asset_id: str) -> RawResponse[Asset, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/assets/{assetId}`` with its raw response; see ``GeneratedIoTTicketClient.read_asset``."""

        return cast(
            "RawResponse[Asset, NoDeclaredHeaders]",
            self._client._call_raw(operation("assets.read_asset"), org_id=org_id, asset_id=asset_id),
        )

    def read_asset_template(
        self, org_id: str, template_id: str
    ) -> RawResponse[AssetTemplateDetail, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/asset-templates/{templateId}`` with its raw response; see ``GeneratedIoTTicketClient.read_asset_template``."""

        return cast(
            "RawResponse[AssetTemplateDetail, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("assets.read_asset_template"), org_id=org_id, template_id=template_id
            ),
        )

    def read_device(self, org_id: str, device_id: str) -> RawResponse[Device, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/devices/{deviceId}`` with its raw response; see ``GeneratedIoTTicketClient.read_device``."""

        return cast(
            "RawResponse[Device, NoDeclaredHeaders]",
            self._client._call_raw(operation("devices.read_device"), org_id=org_id, device_id=device_id),
        )

    def read_ml_model(self, org_id: str, model_id: str) -> RawResponse[MLModelDetail, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/ml-models/{modelId}`` with its raw response; see ``GeneratedIoTTicketClient.read_ml_model``."""

        return cast(
            "RawResponse[MLModelDetail, NoDeclaredHeaders]",
            self._client._call_raw(operation("analytics.read_ml_model"), org_id=org_id, model_id=model_id),
        )

    def read_ml_service(
        self, org_id: str, service_id: str
    ) -> RawResponse[MLServiceDetail, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/ml-services/{serviceId}`` with its raw response; see ``GeneratedIoTTicketClient.read_ml_service``."""

        return cast(
            "RawResponse[MLServiceDetail, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("analytics.read_ml_service"), org_id=org_id, service_id=service_id
            ),
        )

    def read_onnx_model(self, org_id: str, model_id: str) -> RawResponse[OnnxModelDetail, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/onnx-models/{modelId}`` with its raw response; see ``GeneratedIoTTicketClient.read_onnx_model``."""

        return cast(
            "RawResponse[OnnxModelDetail, NoDeclaredHeaders]",
            self._client._call_raw(operation("analytics.read_onnx_model"), org_id=org_id, model_id=model_id),
        )

    def read_organization(self, org_id: str) -> RawResponse[OrganizationDetails, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}`` with its raw response; see ``GeneratedIoTTicketClient.read_organization``."""

        return cast(
            "RawResponse[OrganizationDetails, NoDeclaredHeaders]",
            self._client._call_raw(operation("organizations.read_organization"), org_id=org_id),
        )

    def read_statistics(
        self,
        org_id: str,
        attribute_id: str,
        period: StatisticsPeriod,
        dimension: StatisticsDimension,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        limit: int | None = None,
    ) -> RawResponse[list[StatisticsValue], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/attributes/{attributeId}/statistics`` with its raw response; see ``GeneratedIoTTicketClient.read_statistics``."""

        return cast(
            "RawResponse[list[StatisticsValue], NoDeclaredHeaders]",
            self._client._call_raw(
                operation("data.read_statistics"),
                org_id=org_id,
                attribute_id=attribute_id,
                period=period,
                dimension=dimension,
                start=start,
                end=end,
                limit=limit,
            ),
        )

    def read_timeseries(
        self,
        org_id: str,
        attribute_id: str,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        order: SortOrder | None = None,
        limit: int | None = None,
    ) -> RawResponse[AttributeTimeseries, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/attributes/{attributeId}/timeseries`` with its raw response; see ``GeneratedIoTTicketClient.read_timeseries``."""

        return cast(
            "RawResponse[AttributeTimeseries, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("data.read_timeseries"),
                org_id=org_id,
                attribute_id=attribute_id,
                start=start,
                end=end,
                order=order,
                limit=limit,
            ),
        )

    def read_timesignal(
        self, org_id: str, attribute_id: str, timesignal_id: str
    ) -> RawResponse[Timesignal, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/attributes/{attributeId}/timesignals/{timesignalId}`` with its raw response; see ``GeneratedIoTTicketClient.read_timesignal``."""

        return cast(
            "RawResponse[Timesignal, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("data.read_timesignal"),
                org_id=org_id,
                attribute_id=attribute_id,
                timesignal_id=timesignal_id,
            ),
        )

    def remove_ml_model(self, org_id: str, model_id: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/organizations/{orgId}/ml-models/{modelId}`` with its raw response; see ``GeneratedIoTTicketClient.remove_ml_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("analytics.remove_ml_model"), org_id=org_id, model_id=model_id),
        )

    def remove_ml_service(self, org_id: str, service_id: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/organizations/{orgId}/ml-services/{serviceId}`` with its raw response; see ``GeneratedIoTTicketClient.remove_ml_service``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("analytics.remove_ml_service"), org_id=org_id, service_id=service_id
            ),
        )

    def remove_onnx_model(self, org_id: str, model_id: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/organizations/{orgId}/onnx-models/{modelId}`` with its raw response; see ``GeneratedIoTTicketClient.remove_onnx_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("analytics.remove_onnx_model"), org_id=org_id, model_id=model_id
            ),
        )

    def replace_ml_model(
        self, ml_model_update: MLModelUpdate | Mapping[str, Any], org_id: str, model_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PUT /api/v1/organizations/{orgId}/ml-models/{modelId}`` with its raw response; see ``GeneratedIoTTicketClient.replace_ml_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("analytics.replace_ml_model"),
                ml_model_update=ml_model_update,
                org_id=org_id,
                model_id=model_id,
            ),
        )

    def replace_ml_service(
        self, ml_service_update: MLServiceUpdate | Mapping[str, Any], org_id: str, service_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PUT /api/v1/organizations/{orgId}/ml-services/{serviceId}`` with its raw response; see ``GeneratedIoTTicketClient.replace_ml_service``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("analytics.replace_ml_service"),
                ml_service_update=ml_service_update,
                org_id=org_id,
                service_id=service_id,
            ),
        )

    def replace_static_value(
        self, static_value: StaticValue | Mapping[str, Any], org_id: str, attribute_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PUT /api/v1/organizations/{orgId}/attributes/{attributeId}/value`` with its raw response; see ``GeneratedIoTTicketClient.replace_static_value``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("data.replace_static_value"),
                static_value=static_value,
                org_id=org_id,
                attribute_id=attribute_id,
            ),
        )


class GeneratedAsyncIoTTicketClientRawResponses:
    """Every operation of ``GeneratedAsyncIoTTicketClient``, returning its raw response (``client.with_raw_response``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def count_active_events(self, org_id: str) -> RawResponse[Count, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/events/active/count`` with its raw response; see ``GeneratedAsyncIoTTicketClient.count_active_events``."""

        return cast(
            "RawResponse[Count, NoDeclaredHeaders]",
            await self._client._call_raw(operation("events.count_active_events"), org_id=org_id),
        )

    async def count_analytics_items(self, org_id: str) -> RawResponse[Count, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/analytics-items/count`` with its raw response; see ``GeneratedAsyncIoTTicketClient.count_analytics_items``."""

        return cast(
            "RawResponse[Count, NoDeclaredHeaders]",
            await self._client._call_raw(operation("analytics.count_analytics_items"), org_id=org_id),
        )

    async def create_calculated_values(
        self, calculated_values: CalculatedValues | Mapping[str, Any], org_id: str, attribute_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/attributes/{attributeId}/calculated`` with its raw response; see ``GeneratedAsyncIoTTicketClient.create_calculated_values``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("data.create_calculated_values"),
                calculated_values=calculated_values,
                org_id=org_id,
                attribute_id=attribute_id,
            ),
        )

    async def create_command(
        self, command_request: CommandRequest | Mapping[str, Any], org_id: str, attribute_id: str
    ) -> RawResponse[CommandAccepted, NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/attributes/{attributeId}/commands`` with its raw response; see ``GeneratedAsyncIoTTicketClient.create_command``."""

        return cast(
            "RawResponse[CommandAccepted, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("commands.create_command"),
                command_request=command_request,
                org_id=org_id,
                attribute_id=attribute_id,
            ),
        )

    async def create_control_command(
        self,
        control_command_request: ControlCommandRequest | Mapping[str, Any],
        org_id: str,
        attribute_id: str,
    ) -> RawResponse[CommandAccepted, NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/attributes/{attributeId}/control-commands`` with its raw response; see ``GeneratedAsyncIoTTicketClient.create_control_command``."""

        return cast(
            "RawResponse[CommandAccepted, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("commands.create_control_command"),
                control_command_request=control_command_request,
                org_id=org_id,
                attribute_id=attribute_id,
            ),
        )

    async def create_ml_model(
        self, ml_model_create: MLModelCreate | Mapping[str, Any], org_id: str
    ) -> RawResponse[CreatedId, NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/ml-models`` with its raw response; see ``GeneratedAsyncIoTTicketClient.create_ml_model``."""

        return cast(
            "RawResponse[CreatedId, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("analytics.create_ml_model"), ml_model_create=ml_model_create, org_id=org_id
            ),
        )

    async def create_ml_service(
        self, ml_service_create: MLServiceCreate | Mapping[str, Any], org_id: str
    ) -> RawResponse[CreatedId, NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/ml-services`` with its raw response; see ``GeneratedAsyncIoTTicketClient.create_ml_service``."""

        return cast(
            "RawResponse[CreatedId, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("analytics.create_ml_service"), ml_service_create=ml_service_create, org_id=org_id
            ),
        )

    async def create_onnx_model(
        self, onnx_model_upload: OnnxModelUpload | Mapping[str, Any], org_id: str
    ) -> RawResponse[CreatedId, NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/onnx-models`` with its raw response; see ``GeneratedAsyncIoTTicketClient.create_onnx_model``."""

        return cast(
            "RawResponse[CreatedId, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("analytics.create_onnx_model"), onnx_model_upload=onnx_model_upload, org_id=org_id
            ),
        )

    async def create_token(
        self, token_request: TokenRequest | Mapping[str, Any]
    ) -> RawResponse[TokenResponse, NoDeclaredHeaders]:
        """``POST /oauth2/token`` with its raw response; see ``GeneratedAsyncIoTTicketClient.create_token``."""

        return cast(
            "RawResponse[TokenResponse, NoDeclaredHeaders]",
            await self._client._call_raw(operation("auth.create_token"), token_request=token_request),
        )

    async def get_organizations(self) -> RawResponse[list[Organization], NoDeclaredHeaders]:
        """``GET /api/v1/organizations`` with its raw response; see ``GeneratedAsyncIoTTicketClient.get_organizations``."""

        return cast(
            "RawResponse[list[Organization], NoDeclaredHeaders]",
            await self._client._call_raw(operation("organizations.get_organizations")),
        )

    async def list_active_events(
        self,
        org_id: str,
        *,
        asset_ids: str | None = None,
        type_: EventType | None = None,
        start: datetime.datetime | None = None,
        acknowledged: bool | None = None,
        limit: int | None = None,
    ) -> RawResponse[list[ActiveAssetEvent], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/events/active`` with its raw response; see ``GeneratedAsyncIoTTicketClient.list_active_events``."""

        return cast(
            "RawResponse[list[ActiveAssetEvent], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("events.list_active_events"),
                org_id=org_id,
                asset_ids=asset_ids,
                type_=type_,
                start=start,
                acknowledged=acknowledged,
                limit=limit,
            ),
        )

    async def list_analytics_items(self, org_id: str) -> RawResponse[list[AnalyticsItem], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/analytics-items`` with its raw response; see ``GeneratedAsyncIoTTicketClient.list_analytics_items``."""

        return cast(
            "RawResponse[list[AnalyticsItem], NoDeclaredHeaders]",
            await self._client._call_raw(operation("analytics.list_analytics_items"), org_id=org_id),
        )

    async def list_asset_attributes(
        self, org_id: str, asset_id: str, *, type_: AttributeType | None = None
    ) -> RawResponse[list[AssetAttribute], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/assets/{assetId}/attributes`` with its raw response; see ``GeneratedAsyncIoTTicketClient.list_asset_attributes``."""

        return cast(
            "RawResponse[list[AssetAttribute], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("assets.list_asset_attributes"), org_id=org_id, asset_id=asset_id, type_=type_
            ),
        )

    async def list_asset_children(
        self, org_id: str, asset_id: str
    ) -> RawResponse[list[Asset], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/assets/{assetId}/children`` with its raw response; see ``GeneratedAsyncIoTTicketClient.list_asset_children``."""

        return cast(
            "RawResponse[list[Asset], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("assets.list_asset_children"), org_id=org_id, asset_id=asset_id
            ),
        )

    async def list_asset_templates(
        self, org_id: str, *, name: str | None = None
    ) -> RawResponse[list[AssetTemplate], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/asset-templates`` with its raw response; see ``GeneratedAsyncIoTTicketClient.list_asset_templates``."""

        return cast(
            "RawResponse[list[AssetTemplate], NoDeclaredHeaders]",
            await self._client._call_raw(operation("assets.list_asset_templates"), org_id=org_id, name=name),
        )

    async def list_assets(
        self,
        org_id: str,
        *,
        parent_id: str | None = None,
        root: bool | None = None,
        name: str | None = None,
        include_templates: bool | None = None,
        include_event_types: bool | None = None,
        limit: int | None = None,
    ) -> RawResponse[list[Asset], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/assets`` with its raw response; see ``GeneratedAsyncIoTTicketClient.list_assets``."""

        return cast(
            "RawResponse[list[Asset], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("assets.list_assets"),
                org_id=org_id,
                parent_id=parent_id,
                root=root,
                name=name,
                include_templates=include_templates,
                include_event_types=include_event_types,
                limit=limit,
            ),
        )

    async def list_credentials(
        self,
        org_id: str,
        *,
        id: str | None = None,
        name: str | None = None,
        client_id: str | None = None,
        scope: str | None = None,
    ) -> RawResponse[list[Credential], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/credentials`` with its raw response; see ``GeneratedAsyncIoTTicketClient.list_credentials``."""

        return cast(
            "RawResponse[list[Credential], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("credentials.list_credentials"),
                org_id=org_id,
                id=id,
                name=name,
                client_id=client_id,
                scope=scope,
            ),
        )

    async def list_devices(
        self, org_id: str, *, asset_id: str | None = None
    ) -> RawResponse[list[Device], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/devices`` with its raw response; see ``GeneratedAsyncIoTTicketClient.list_devices``."""

        return cast(
            "RawResponse[list[Device], NoDeclaredHeaders]",
            await self._client._call_raw(operation("devices.list_devices"), org_id=org_id, asset_id=asset_id),
        )

    async def list_event_history(
        self,
        org_id: str,
        *,
        asset_ids: str | None = None,
        type_: EventType | None = None,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        acknowledged: bool | None = None,
        only_acknowledged: bool | None = None,
        limit: int | None = None,
    ) -> RawResponse[list[HistoryAssetEvent], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/events/history`` with its raw response; see ``GeneratedAsyncIoTTicketClient.list_event_history``."""

        return cast(
            "RawResponse[list[HistoryAssetEvent], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("events.list_event_history"),
                org_id=org_id,
                asset_ids=asset_ids,
                type_=type_,
                start=start,
                end=end,
                acknowledged=acknowledged,
                only_acknowledged=only_acknowledged,
                limit=limit,
            ),
        )

    async def list_latest_commands(
        self, org_id: str, asset_id: str, *, identifier_name: str | None = None
    ) -> RawResponse[list[SimpleCommandLogData], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/assets/{assetId}/commands/latest`` with its raw response; see ``GeneratedAsyncIoTTicketClient.list_latest_commands``."""

        return cast(
            "RawResponse[list[SimpleCommandLogData], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("commands.list_latest_commands"),
                org_id=org_id,
                asset_id=asset_id,
                identifier_name=identifier_name,
            ),
        )

    async def list_ml_models(self, org_id: str) -> RawResponse[list[MLModelSummary], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/ml-models`` with its raw response; see ``GeneratedAsyncIoTTicketClient.list_ml_models``."""

        return cast(
            "RawResponse[list[MLModelSummary], NoDeclaredHeaders]",
            await self._client._call_raw(operation("analytics.list_ml_models"), org_id=org_id),
        )

    async def list_ml_services(self, org_id: str) -> RawResponse[list[MLServiceDetail], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/ml-services`` with its raw response; see ``GeneratedAsyncIoTTicketClient.list_ml_services``."""

        return cast(
            "RawResponse[list[MLServiceDetail], NoDeclaredHeaders]",
            await self._client._call_raw(operation("analytics.list_ml_services"), org_id=org_id),
        )

    async def list_onnx_models(self, org_id: str) -> RawResponse[list[AnalyticsItem], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/onnx-models`` with its raw response; see ``GeneratedAsyncIoTTicketClient.list_onnx_models``."""

        return cast(
            "RawResponse[list[AnalyticsItem], NoDeclaredHeaders]",
            await self._client._call_raw(operation("analytics.list_onnx_models"), org_id=org_id),
        )

    async def patch_onnx_model(
        self, onnx_model_patch: OnnxModelPatch | Mapping[str, Any], org_id: str, model_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PATCH /api/v1/organizations/{orgId}/onnx-models/{modelId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.patch_onnx_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("analytics.patch_onnx_model"),
                onnx_model_patch=onnx_model_patch,
                org_id=org_id,
                model_id=model_id,
            ),
        )

    async def put_device_events(
        self, event_payload: EventPayload | Mapping[str, Any], org_id: str, device_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PUT /http-adapter/event/{orgId}/{deviceId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.put_device_events``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("device_adapter.put_device_events"),
                event_payload=event_payload,
                org_id=org_id,
                device_id=device_id,
            ),
        )

    async def put_device_telemetry(
        self, telemetry_payload: TelemetryPayload | Mapping[str, Any], org_id: str, device_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PUT /http-adapter/telemetry/{orgId}/{deviceId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.put_device_telemetry``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("device_adapter.put_device_telemetry"),
                telemetry_payload=telemetry_payload,
                org_id=org_id,
                device_id=device_id,
            ),
        )

    async def _send_query_timeseries(
        self, timeseries_query: TimeseriesQuery | Mapping[str, Any], org_id: str
    ) -> RawResponse[list[AttributeTimeseries], NoDeclaredHeaders]:
        """``POST /api/v1/organizations/{orgId}/timeseries/query`` with its raw response; see ``GeneratedAsyncIoTTicketClient._send_query_timeseries``."""

        return cast(
            "RawResponse[list[AttributeTimeseries], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("data.query_timeseries"), timeseries_query=timeseries_query, org_id=org_id
            ),
        )

    async def read_asset(self, org_id: str, asset_id: str) -> RawResponse[Asset, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/assets/{assetId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.read_asset``."""

        return cast(
            "RawResponse[Asset, NoDeclaredHeaders]",
            await self._client._call_raw(operation("assets.read_asset"), org_id=org_id, asset_id=asset_id),
        )

    async def read_asset_template(
        self, org_id: str, template_id: str
    ) -> RawResponse[AssetTemplateDetail, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/asset-templates/{templateId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.read_asset_template``."""

        return cast(
            "RawResponse[AssetTemplateDetail, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("assets.read_asset_template"), org_id=org_id, template_id=template_id
            ),
        )

    async def read_device(self, org_id: str, device_id: str) -> RawResponse[Device, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/devices/{deviceId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.read_device``."""

        return cast(
            "RawResponse[Device, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("devices.read_device"), org_id=org_id, device_id=device_id
            ),
        )

    async def read_ml_model(
        self, org_id: str, model_id: str
    ) -> RawResponse[MLModelDetail, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/ml-models/{modelId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.read_ml_model``."""

        return cast(
            "RawResponse[MLModelDetail, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("analytics.read_ml_model"), org_id=org_id, model_id=model_id
            ),
        )

    async def read_ml_service(
        self, org_id: str, service_id: str
    ) -> RawResponse[MLServiceDetail, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/ml-services/{serviceId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.read_ml_service``."""

        return cast(
            "RawResponse[MLServiceDetail, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("analytics.read_ml_service"), org_id=org_id, service_id=service_id
            ),
        )

    async def read_onnx_model(
        self, org_id: str, model_id: str
    ) -> RawResponse[OnnxModelDetail, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/onnx-models/{modelId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.read_onnx_model``."""

        return cast(
            "RawResponse[OnnxModelDetail, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("analytics.read_onnx_model"), org_id=org_id, model_id=model_id
            ),
        )

    async def read_organization(self, org_id: str) -> RawResponse[OrganizationDetails, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.read_organization``."""

        return cast(
            "RawResponse[OrganizationDetails, NoDeclaredHeaders]",
            await self._client._call_raw(operation("organizations.read_organization"), org_id=org_id),
        )

    async def read_statistics(
        self,
        org_id: str,
        attribute_id: str,
        period: StatisticsPeriod,
        dimension: StatisticsDimension,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        limit: int | None = None,
    ) -> RawResponse[list[StatisticsValue], NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/attributes/{attributeId}/statistics`` with its raw response; see ``GeneratedAsyncIoTTicketClient.read_statistics``."""

        return cast(
            "RawResponse[list[StatisticsValue], NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("data.read_statistics"),
                org_id=org_id,
                attribute_id=attribute_id,
                period=period,
                dimension=dimension,
                start=start,
                end=end,
                limit=limit,
            ),
        )

    async def read_timeseries(
        self,
        org_id: str,
        attribute_id: str,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        order: SortOrder | None = None,
        limit: int | None = None,
    ) -> RawResponse[AttributeTimeseries, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/attributes/{attributeId}/timeseries`` with its raw response; see ``GeneratedAsyncIoTTicketClient.read_timeseries``."""

        return cast(
            "RawResponse[AttributeTimeseries, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("data.read_timeseries"),
                org_id=org_id,
                attribute_id=attribute_id,
                start=start,
                end=end,
                order=order,
                limit=limit,
            ),
        )

    async def read_timesignal(
        self, org_id: str, attribute_id: str, timesignal_id: str
    ) -> RawResponse[Timesignal, NoDeclaredHeaders]:
        """``GET /api/v1/organizations/{orgId}/attributes/{attributeId}/timesignals/{timesignalId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.read_timesignal``."""

        return cast(
            "RawResponse[Timesignal, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("data.read_timesignal"),
                org_id=org_id,
                attribute_id=attribute_id,
                timesignal_id=timesignal_id,
            ),
        )

    async def remove_ml_model(self, org_id: str, model_id: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/organizations/{orgId}/ml-models/{modelId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.remove_ml_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("analytics.remove_ml_model"), org_id=org_id, model_id=model_id
            ),
        )

    async def remove_ml_service(self, org_id: str, service_id: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/organizations/{orgId}/ml-services/{serviceId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.remove_ml_service``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("analytics.remove_ml_service"), org_id=org_id, service_id=service_id
            ),
        )

    async def remove_onnx_model(self, org_id: str, model_id: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /api/v1/organizations/{orgId}/onnx-models/{modelId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.remove_onnx_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("analytics.remove_onnx_model"), org_id=org_id, model_id=model_id
            ),
        )

    async def replace_ml_model(
        self, ml_model_update: MLModelUpdate | Mapping[str, Any], org_id: str, model_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PUT /api/v1/organizations/{orgId}/ml-models/{modelId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.replace_ml_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("analytics.replace_ml_model"),
                ml_model_update=ml_model_update,
                org_id=org_id,
                model_id=model_id,
            ),
        )

    async def replace_ml_service(
        self, ml_service_update: MLServiceUpdate | Mapping[str, Any], org_id: str, service_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PUT /api/v1/organizations/{orgId}/ml-services/{serviceId}`` with its raw response; see ``GeneratedAsyncIoTTicketClient.replace_ml_service``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("analytics.replace_ml_service"),
                ml_service_update=ml_service_update,
                org_id=org_id,
                service_id=service_id,
            ),
        )

    async def replace_static_value(
        self, static_value: StaticValue | Mapping[str, Any], org_id: str, attribute_id: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PUT /api/v1/organizations/{orgId}/attributes/{attributeId}/value`` with its raw response; see ``GeneratedAsyncIoTTicketClient.replace_static_value``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("data.replace_static_value"),
                static_value=static_value,
                org_id=org_id,
                attribute_id=attribute_id,
            ),
        )
