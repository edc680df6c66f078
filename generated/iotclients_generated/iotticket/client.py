"""Typed methods for every operation of specs/iotticket.openapi.yaml, sync and async. Generated; do not edit.

The vendor facade subclasses these and adds what a spec cannot say (credentials, chunking, ...).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from iotclients.core.client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    import datetime

    from iotclients.core.operation import Operation

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


@cache
def operation(module: str) -> Operation:
    """The descriptor in ``api/<module>.py``, imported on first use to keep the package import cheap."""
    descriptor: Operation = importlib.import_module(f"{__package__}.api.{module}").OPERATION
    return descriptor


class GeneratedIoTTicketClient(SyncAPIClient):
    """Every operation of the spec as a typed method (blocking)."""

    def count_active_events(self, org_id: str) -> Count:
        """How many events are active

        ``GET /api/v1/organizations/{orgId}/events/active/count`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Count", self._call(operation("events.count_active_events"), org_id=org_id))

    def count_analytics_items(self, org_id: str) -> Count:
        """How many analytics items are registered

        ``GET /api/v1/organizations/{orgId}/analytics-items/count`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Count", self._call(operation("analytics.count_analytics_items"), org_id=org_id))

    def create_calculated_values(
        self, calculated_values: CalculatedValues | Mapping[str, Any], org_id: str, attribute_id: str
    ) -> None:
        """Write values to a Calculated attribute

        ``POST /api/v1/organizations/{orgId}/attributes/{attributeId}/calculated`` — safe to repeat: retried automatically on transient failures.

        Other attribute types answer 400. Idempotent: a value at an existing
        timestamp replaces the stored one.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(
            operation("data.create_calculated_values"),
            calculated_values=calculated_values,
            org_id=org_id,
            attribute_id=attribute_id,
        )

    def create_command(
        self, command_request: CommandRequest | Mapping[str, Any], org_id: str, attribute_id: str
    ) -> CommandAccepted:
        """Trigger a command on a Command attribute

        ``POST /api/v1/organizations/{orgId}/attributes/{attributeId}/commands`` — not safe to repeat: never retried once the request may have reached the server.

        Exactly one of `payload` (Dynamic payload type) and
        `templateVariables` (Templated payload type); otherwise 400. Not
        idempotent: every call sends a command.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "CommandAccepted",
            self._call(
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
    ) -> CommandAccepted:
        """Drive a Command attribute towards a desired value

        ``POST /api/v1/organizations/{orgId}/attributes/{attributeId}/control-commands`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent, every call starts a control loop.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "CommandAccepted",
            self._call(
                operation("commands.create_control_command"),
                control_command_request=control_command_request,
                org_id=org_id,
                attribute_id=attribute_id,
            ),
        )

    def create_ml_model(self, ml_model_create: MLModelCreate | Mapping[str, Any], org_id: str) -> CreatedId:
        """Register an ML model

        ``POST /api/v1/organizations/{orgId}/ml-models`` — not safe to repeat: never retried once the request may have reached the server.

        Either `clientId` with `scope`, or `headers`. A name already in use
        answers 409. Not idempotent: each call registers a model.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "CreatedId",
            self._call(
                operation("analytics.create_ml_model"), ml_model_create=ml_model_create, org_id=org_id
            ),
        )

    def create_ml_service(
        self, ml_service_create: MLServiceCreate | Mapping[str, Any], org_id: str
    ) -> CreatedId:
        """Register an ML service

        ``POST /api/v1/organizations/{orgId}/ml-services`` — not safe to repeat: never retried once the request may have reached the server.

        A name already in use answers 409. Not idempotent.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "CreatedId",
            self._call(
                operation("analytics.create_ml_service"), ml_service_create=ml_service_create, org_id=org_id
            ),
        )

    def create_onnx_model(
        self, onnx_model_upload: OnnxModelUpload | Mapping[str, Any], org_id: str
    ) -> CreatedId:
        """Upload and register an ONNX model

        ``POST /api/v1/organizations/{orgId}/onnx-models`` — not safe to repeat: never retried once the request may have reached the server.

        A name already in use answers 409. Not idempotent.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "CreatedId",
            self._call(
                operation("analytics.create_onnx_model"), onnx_model_upload=onnx_model_upload, org_id=org_id
            ),
        )

    def create_token(self, token_request: TokenRequest | Mapping[str, Any]) -> TokenResponse:
        """Get an access token (client credentials)

        ``POST /oauth2/token`` — safe to repeat: retried automatically on transient failures.

        Exchanges API client credentials for a Bearer access token
        (RFC 6749 section 4.4). Idempotent: each call issues a new token and
        changes nothing else.

        Raises:
            BadRequestError: 400 (``error`` holds a ``OAuthError``).
            AuthenticationError: 401 (``error`` holds a ``OAuthError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("TokenResponse", self._call(operation("auth.create_token"), token_request=token_request))

    def get_organizations(self) -> list[Organization]:
        """List the organizations the client may access

        ``GET /api/v1/organizations`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Organization]", self._call(operation("organizations.get_organizations")))

    def list_active_events(
        self,
        org_id: str,
        *,
        asset_ids: str | None = None,
        type_: EventType | None = None,
        start: datetime.datetime | None = None,
        acknowledged: bool | None = None,
        limit: int | None = None,
    ) -> list[ActiveAssetEvent]:
        """Active asset events

        ``GET /api/v1/organizations/{orgId}/events/active`` — safe to repeat: retried automatically on transient failures.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[ActiveAssetEvent]",
            self._call(
                operation("events.list_active_events"),
                org_id=org_id,
                asset_ids=asset_ids,
                type_=type_,
                start=start,
                acknowledged=acknowledged,
                limit=limit,
            ),
        )

    def list_analytics_items(self, org_id: str) -> list[AnalyticsItem]:
        """Every ML model, ML service and ONNX model

        ``GET /api/v1/organizations/{orgId}/analytics-items`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[AnalyticsItem]", self._call(operation("analytics.list_analytics_items"), org_id=org_id)
        )

    def list_asset_attributes(
        self, org_id: str, asset_id: str, *, type_: AttributeType | None = None
    ) -> list[AssetAttribute]:
        """The attributes of an asset, optionally of one type

        ``GET /api/v1/organizations/{orgId}/assets/{assetId}/attributes`` — safe to repeat: retried automatically on transient failures.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[AssetAttribute]",
            self._call(
                operation("assets.list_asset_attributes"), org_id=org_id, asset_id=asset_id, type_=type_
            ),
        )

    def list_asset_children(self, org_id: str, asset_id: str) -> list[Asset]:
        """The direct children of an asset

        ``GET /api/v1/organizations/{orgId}/assets/{assetId}/children`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Asset]",
            self._call(operation("assets.list_asset_children"), org_id=org_id, asset_id=asset_id),
        )

    def list_asset_templates(self, org_id: str, *, name: str | None = None) -> list[AssetTemplate]:
        """The asset templates

        ``GET /api/v1/organizations/{orgId}/asset-templates`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[AssetTemplate]",
            self._call(operation("assets.list_asset_templates"), org_id=org_id, name=name),
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
    ) -> list[Asset]:
        """List assets (flat), optionally the children of one parent or the roots

        ``GET /api/v1/organizations/{orgId}/assets`` — safe to repeat: retried automatically on transient failures.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Asset]",
            self._call(
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
    ) -> list[Credential]:
        """Credentials, optionally filtered (secrets are never returned)

        ``GET /api/v1/organizations/{orgId}/credentials`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Credential]",
            self._call(
                operation("credentials.list_credentials"),
                org_id=org_id,
                id=id,
                name=name,
                client_id=client_id,
                scope=scope,
            ),
        )

    def list_devices(self, org_id: str, *, asset_id: str | None = None) -> list[Device]:
        """The devices, optionally only those linked to one asset

        ``GET /api/v1/organizations/{orgId}/devices`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Device]", self._call(operation("devices.list_devices"), org_id=org_id, asset_id=asset_id)
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
    ) -> list[HistoryAssetEvent]:
        """Historical asset events

        ``GET /api/v1/organizations/{orgId}/events/history`` — safe to repeat: retried automatically on transient failures.

        start and end filter on the event's start time.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[HistoryAssetEvent]",
            self._call(
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
    ) -> list[SimpleCommandLogData]:
        """The latest command log entry of each Command attribute of an asset

        ``GET /api/v1/organizations/{orgId}/assets/{assetId}/commands/latest`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[SimpleCommandLogData]",
            self._call(
                operation("commands.list_latest_commands"),
                org_id=org_id,
                asset_id=asset_id,
                identifier_name=identifier_name,
            ),
        )

    def list_ml_models(self, org_id: str) -> list[MLModelSummary]:
        """Registered ML models

        ``GET /api/v1/organizations/{orgId}/ml-models`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[MLModelSummary]", self._call(operation("analytics.list_ml_models"), org_id=org_id))

    def list_ml_services(self, org_id: str) -> list[MLServiceDetail]:
        """Registered ML services (basic fields filled, the others null)

        ``GET /api/v1/organizations/{orgId}/ml-services`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[MLServiceDetail]", self._call(operation("analytics.list_ml_services"), org_id=org_id)
        )

    def list_onnx_models(self, org_id: str) -> list[AnalyticsItem]:
        """Registered ONNX models

        ``GET /api/v1/organizations/{orgId}/onnx-models`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[AnalyticsItem]", self._call(operation("analytics.list_onnx_models"), org_id=org_id))

    def patch_onnx_model(
        self, onnx_model_patch: OnnxModelPatch | Mapping[str, Any], org_id: str, model_id: str
    ) -> None:
        """Change the name, description or help text of an ONNX model

        ``PATCH /api/v1/organizations/{orgId}/onnx-models/{modelId}`` — safe to repeat: retried automatically on transient failures.

        Idempotent.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(
            operation("analytics.patch_onnx_model"),
            onnx_model_patch=onnx_model_patch,
            org_id=org_id,
            model_id=model_id,
        )

    def put_device_events(
        self, event_payload: EventPayload | Mapping[str, Any], org_id: str, device_id: str
    ) -> None:
        """Write device events (confirmed)

        ``PUT /http-adapter/event/{orgId}/{deviceId}`` — safe to repeat: retried automatically on transient failures.

        Bodies over 2,048 bytes answer 413. Idempotent: an event with the
        same id and timestamp replaces the stored one.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            PayloadTooLargeError: 413 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(
            operation("device_adapter.put_device_events"),
            event_payload=event_payload,
            org_id=org_id,
            device_id=device_id,
        )

    def put_device_telemetry(
        self, telemetry_payload: TelemetryPayload | Mapping[str, Any], org_id: str, device_id: str
    ) -> None:
        """Write telemetry data, a telemetry data set or timesignals (confirmed)

        ``PUT /http-adapter/telemetry/{orgId}/{deviceId}`` — safe to repeat: retried automatically on transient failures.

        Exactly one of `t`, `t_set` and `ts`. Bodies over 2,048 bytes answer
        413. The write is asynchronous: 202 means accepted, not stored.
        Idempotent: a point at an existing timestamp overwrites it.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            PayloadTooLargeError: 413 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(
            operation("device_adapter.put_device_telemetry"),
            telemetry_payload=telemetry_payload,
            org_id=org_id,
            device_id=device_id,
        )

    def _send_query_timeseries(
        self, timeseries_query: TimeseriesQuery | Mapping[str, Any], org_id: str
    ) -> list[AttributeTimeseries]:
        """Values of up to 50 attributes in one call

        ``POST /api/v1/organizations/{orgId}/timeseries/query`` — safe to repeat: retried automatically on transient failures.

        More than 50 attribute ids answer 413 (the per-call cap, declared
        in `x-iotclients-batch`); clients split the work.
        Idempotent: a read.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            PayloadTooLargeError: 413 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[AttributeTimeseries]",
            self._call(operation("data.query_timeseries"), timeseries_query=timeseries_query, org_id=org_id),
        )

    def read_asset(self, org_id: str, asset_id: str) -> Asset:
        """One asset

        ``GET /api/v1/organizations/{orgId}/assets/{assetId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Asset", self._call(operation("assets.read_asset"), org_id=org_id, asset_id=asset_id))

    def read_asset_template(self, org_id: str, template_id: str) -> AssetTemplateDetail:
        """One asset template with its attributes

        ``GET /api/v1/organizations/{orgId}/asset-templates/{templateId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "AssetTemplateDetail",
            self._call(operation("assets.read_asset_template"), org_id=org_id, template_id=template_id),
        )

    def read_device(self, org_id: str, device_id: str) -> Device:
        """One device

        ``GET /api/v1/organizations/{orgId}/devices/{deviceId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Device", self._call(operation("devices.read_device"), org_id=org_id, device_id=device_id)
        )

    def read_ml_model(self, org_id: str, model_id: str) -> MLModelDetail:
        """One ML model

        ``GET /api/v1/organizations/{orgId}/ml-models/{modelId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "MLModelDetail",
            self._call(operation("analytics.read_ml_model"), org_id=org_id, model_id=model_id),
        )

    def read_ml_service(self, org_id: str, service_id: str) -> MLServiceDetail:
        """One ML service

        ``GET /api/v1/organizations/{orgId}/ml-services/{serviceId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "MLServiceDetail",
            self._call(operation("analytics.read_ml_service"), org_id=org_id, service_id=service_id),
        )

    def read_onnx_model(self, org_id: str, model_id: str) -> OnnxModelDetail:
        """One ONNX model

        ``GET /api/v1/organizations/{orgId}/onnx-models/{modelId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "OnnxModelDetail",
            self._call(operation("analytics.read_onnx_model"), org_id=org_id, model_id=model_id),
        )

    def read_organization(self, org_id: str) -> OrganizationDetails:
        """Details of one organization (subscription owners)

        ``GET /api/v1/organizations/{orgId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "OrganizationDetails", self._call(operation("organizations.read_organization"), org_id=org_id)
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
    ) -> list[StatisticsValue]:
        """Statistics of one attribute by period and dimension

        ``GET /api/v1/organizations/{orgId}/attributes/{attributeId}/statistics`` — safe to repeat: retried automatically on transient failures.

        `start` and `end` are required when `period` is Custom (otherwise
        400) and ignored for the other periods.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[StatisticsValue]",
            self._call(
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
    ) -> AttributeTimeseries:
        """Values of one TelemetryData or Calculated attribute

        ``GET /api/v1/organizations/{orgId}/attributes/{attributeId}/timeseries`` — safe to repeat: retried automatically on transient failures.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "AttributeTimeseries",
            self._call(
                operation("data.read_timeseries"),
                org_id=org_id,
                attribute_id=attribute_id,
                start=start,
                end=end,
                order=order,
                limit=limit,
            ),
        )

    def read_timesignal(self, org_id: str, attribute_id: str, timesignal_id: str) -> Timesignal:
        """One timesignal of an attribute

        ``GET /api/v1/organizations/{orgId}/attributes/{attributeId}/timesignals/{timesignalId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Timesignal",
            self._call(
                operation("data.read_timesignal"),
                org_id=org_id,
                attribute_id=attribute_id,
                timesignal_id=timesignal_id,
            ),
        )

    def remove_ml_model(self, org_id: str, model_id: str) -> None:
        """Delete an ML model (409 while an asset uses it)

        ``DELETE /api/v1/organizations/{orgId}/ml-models/{modelId}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("analytics.remove_ml_model"), org_id=org_id, model_id=model_id)

    def remove_ml_service(self, org_id: str, service_id: str) -> None:
        """Delete an ML service (409 while an asset uses it)

        ``DELETE /api/v1/organizations/{orgId}/ml-services/{serviceId}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("analytics.remove_ml_service"), org_id=org_id, service_id=service_id)

    def remove_onnx_model(self, org_id: str, model_id: str) -> None:
        """Delete an ONNX model (409 while an asset uses it)

        ``DELETE /api/v1/organizations/{orgId}/onnx-models/{modelId}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("analytics.remove_onnx_model"), org_id=org_id, model_id=model_id)

    def replace_ml_model(
        self, ml_model_update: MLModelUpdate | Mapping[str, Any], org_id: str, model_id: str
    ) -> None:
        """Update an ML model

        ``PUT /api/v1/organizations/{orgId}/ml-models/{modelId}`` — safe to repeat: retried automatically on transient failures.

        `inputs` and `outputs` may change only while no asset uses the model
        (otherwise 409). Idempotent: the same update twice leaves the same
        state.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(
            operation("analytics.replace_ml_model"),
            ml_model_update=ml_model_update,
            org_id=org_id,
            model_id=model_id,
        )

    def replace_ml_service(
        self, ml_service_update: MLServiceUpdate | Mapping[str, Any], org_id: str, service_id: str
    ) -> None:
        """Update an ML service

        ``PUT /api/v1/organizations/{orgId}/ml-services/{serviceId}`` — safe to repeat: retried automatically on transient failures.

        `inputSchema` and `outputSchema` may change only while no asset uses
        the service (otherwise 409). Idempotent.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(
            operation("analytics.replace_ml_service"),
            ml_service_update=ml_service_update,
            org_id=org_id,
            service_id=service_id,
        )

    def replace_static_value(
        self, static_value: StaticValue | Mapping[str, Any], org_id: str, attribute_id: str
    ) -> None:
        """Set the value of a static Number or String attribute

        ``PUT /api/v1/organizations/{orgId}/attributes/{attributeId}/value`` — safe to repeat: retried automatically on transient failures.

        Other attribute types, or a value of the wrong kind, answer 400.
        Idempotent: the same value written twice leaves the same state.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(
            operation("data.replace_static_value"),
            static_value=static_value,
            org_id=org_id,
            attribute_id=attribute_id,
        )


class GeneratedAsyncIoTTicketClient(AsyncAPIClient):
    """Every operation of the spec as a typed coroutine method."""

    async def count_active_events(self, org_id: str) -> Count:
        """How many events are active

        ``GET /api/v1/organizations/{orgId}/events/active/count`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Count", await self._call(operation("events.count_active_events"), org_id=org_id))

    async def count_analytics_items(self, org_id: str) -> Count:
        """How many analytics items are registered

        ``GET /api/v1/organizations/{orgId}/analytics-items/count`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Count", await self._call(operation("analytics.count_analytics_items"), org_id=org_id))

    async def create_calculated_values(
        self, calculated_values: CalculatedValues | Mapping[str, Any], org_id: str, attribute_id: str
    ) -> None:
        """Write values to a Calculated attribute

        ``POST /api/v1/organizations/{orgId}/attributes/{attributeId}/calculated`` — safe to repeat: retried automatically on transient failures.

        Other attribute types answer 400. Idempotent: a value at an existing
        timestamp replaces the stored one.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(
            operation("data.create_calculated_values"),
            calculated_values=calculated_values,
            org_id=org_id,
            attribute_id=attribute_id,
        )

    async def create_command(
        self, command_request: CommandRequest | Mapping[str, Any], org_id: str, attribute_id: str
    ) -> CommandAccepted:
        """Trigger a command on a Command attribute

        ``POST /api/v1/organizations/{orgId}/attributes/{attributeId}/commands`` — not safe to repeat: never retried once the request may have reached the server.

        Exactly one of `payload` (Dynamic payload type) and
        `templateVariables` (Templated payload type); otherwise 400. Not
        idempotent: every call sends a command.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "CommandAccepted",
            await self._call(
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
    ) -> CommandAccepted:
        """Drive a Command attribute towards a desired value

        ``POST /api/v1/organizations/{orgId}/attributes/{attributeId}/control-commands`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent, every call starts a control loop.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "CommandAccepted",
            await self._call(
                operation("commands.create_control_command"),
                control_command_request=control_command_request,
                org_id=org_id,
                attribute_id=attribute_id,
            ),
        )

    async def create_ml_model(
        self, ml_model_create: MLModelCreate | Mapping[str, Any], org_id: str
    ) -> CreatedId:
        """Register an ML model

        ``POST /api/v1/organizations/{orgId}/ml-models`` — not safe to repeat: never retried once the request may have reached the server.

        Either `clientId` with `scope`, or `headers`. A name already in use
        answers 409. Not idempotent: each call registers a model.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "CreatedId",
            await self._call(
                operation("analytics.create_ml_model"), ml_model_create=ml_model_create, org_id=org_id
            ),
        )

    async def create_ml_service(
        self, ml_service_create: MLServiceCreate | Mapping[str, Any], org_id: str
    ) -> CreatedId:
        """Register an ML service

        ``POST /api/v1/organizations/{orgId}/ml-services`` — not safe to repeat: never retried once the request may have reached the server.

        A name already in use answers 409. Not idempotent.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "CreatedId",
            await self._call(
                operation("analytics.create_ml_service"), ml_service_create=ml_service_create, org_id=org_id
            ),
        )

    async def create_onnx_model(
        self, onnx_model_upload: OnnxModelUpload | Mapping[str, Any], org_id: str
    ) -> CreatedId:
        """Upload and register an ONNX model

        ``POST /api/v1/organizations/{orgId}/onnx-models`` — not safe to repeat: never retried once the request may have reached the server.

        A name already in use answers 409. Not idempotent.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "CreatedId",
            await self._call(
                operation("analytics.create_onnx_model"), onnx_model_upload=onnx_model_upload, org_id=org_id
            ),
        )

    async def create_token(self, token_request: TokenRequest | Mapping[str, Any]) -> TokenResponse:
        """Get an access token (client credentials)

        ``POST /oauth2/token`` — safe to repeat: retried automatically on transient failures.

        Exchanges API client credentials for a Bearer access token
        (RFC 6749 section 4.4). Idempotent: each call issues a new token and
        changes nothing else.

        Raises:
            BadRequestError: 400 (``error`` holds a ``OAuthError``).
            AuthenticationError: 401 (``error`` holds a ``OAuthError``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "TokenResponse", await self._call(operation("auth.create_token"), token_request=token_request)
        )

    async def get_organizations(self) -> list[Organization]:
        """List the organizations the client may access

        ``GET /api/v1/organizations`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Organization]", await self._call(operation("organizations.get_organizations")))

    async def list_active_events(
        self,
        org_id: str,
        *,
        asset_ids: str | None = None,
        type_: EventType | None = None,
        start: datetime.datetime | None = None,
        acknowledged: bool | None = None,
        limit: int | None = None,
    ) -> list[ActiveAssetEvent]:
        """Active asset events

        ``GET /api/v1/organizations/{orgId}/events/active`` — safe to repeat: retried automatically on transient failures.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[ActiveAssetEvent]",
            await self._call(
                operation("events.list_active_events"),
                org_id=org_id,
                asset_ids=asset_ids,
                type_=type_,
                start=start,
                acknowledged=acknowledged,
                limit=limit,
            ),
        )

    async def list_analytics_items(self, org_id: str) -> list[AnalyticsItem]:
        """Every ML model, ML service and ONNX model

        ``GET /api/v1/organizations/{orgId}/analytics-items`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[AnalyticsItem]",
            await self._call(operation("analytics.list_analytics_items"), org_id=org_id),
        )

    async def list_asset_attributes(
        self, org_id: str, asset_id: str, *, type_: AttributeType | None = None
    ) -> list[AssetAttribute]:
        """The attributes of an asset, optionally of one type

        ``GET /api/v1/organizations/{orgId}/assets/{assetId}/attributes`` — safe to repeat: retried automatically on transient failures.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[AssetAttribute]",
            await self._call(
                operation("assets.list_asset_attributes"), org_id=org_id, asset_id=asset_id, type_=type_
            ),
        )

    async def list_asset_children(self, org_id: str, asset_id: str) -> list[Asset]:
        """The direct children of an asset

        ``GET /api/v1/organizations/{orgId}/assets/{assetId}/children`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Asset]",
            await self._call(operation("assets.list_asset_children"), org_id=org_id, asset_id=asset_id),
        )

    async def list_asset_templates(self, org_id: str, *, name: str | None = None) -> list[AssetTemplate]:
        """The asset templates

        ``GET /api/v1/organizations/{orgId}/asset-templates`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[AssetTemplate]",
            await self._call(operation("assets.list_asset_templates"), org_id=org_id, name=name),
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
    ) -> list[Asset]:
        """List assets (flat), optionally the children of one parent or the roots

        ``GET /api/v1/organizations/{orgId}/assets`` — safe to repeat: retried automatically on transient failures.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Asset]",
            await self._call(
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
    ) -> list[Credential]:
        """Credentials, optionally filtered (secrets are never returned)

        ``GET /api/v1/organizations/{orgId}/credentials`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Credential]",
            await self._call(
                operation("credentials.list_credentials"),
                org_id=org_id,
                id=id,
                name=name,
                client_id=client_id,
                scope=scope,
            ),
        )

    async def list_devices(self, org_id: str, *, asset_id: str | None = None) -> list[Device]:
        """The devices, optionally only those linked to one asset

        ``GET /api/v1/organizations/{orgId}/devices`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Device]",
            await self._call(operation("devices.list_devices"), org_id=org_id, asset_id=asset_id),
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
    ) -> list[HistoryAssetEvent]:
        """Historical asset events

        ``GET /api/v1/organizations/{orgId}/events/history`` — safe to repeat: retried automatically on transient failures.

        start and end filter on the event's start time.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[HistoryAssetEvent]",
            await self._call(
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
    ) -> list[SimpleCommandLogData]:
        """The latest command log entry of each Command attribute of an asset

        ``GET /api/v1/organizations/{orgId}/assets/{assetId}/commands/latest`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[SimpleCommandLogData]",
            await self._call(
                operation("commands.list_latest_commands"),
                org_id=org_id,
                asset_id=asset_id,
                identifier_name=identifier_name,
            ),
        )

    async def list_ml_models(self, org_id: str) -> list[MLModelSummary]:
        """Registered ML models

        ``GET /api/v1/organizations/{orgId}/ml-models`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[MLModelSummary]", await self._call(operation("analytics.list_ml_models"), org_id=org_id)
        )

    async def list_ml_services(self, org_id: str) -> list[MLServiceDetail]:
        """Registered ML services (basic fields filled, the others null)

        ``GET /api/v1/organizations/{orgId}/ml-services`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[MLServiceDetail]", await self._call(operation("analytics.list_ml_services"), org_id=org_id)
        )

    async def list_onnx_models(self, org_id: str) -> list[AnalyticsItem]:
        """Registered ONNX models

        ``GET /api/v1/organizations/{orgId}/onnx-models`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[AnalyticsItem]", await self._call(operation("analytics.list_onnx_models"), org_id=org_id)
        )

    async def patch_onnx_model(
        self, onnx_model_patch: OnnxModelPatch | Mapping[str, Any], org_id: str, model_id: str
    ) -> None:
        """Change the name, description or help text of an ONNX model

        ``PATCH /api/v1/organizations/{orgId}/onnx-models/{modelId}`` — safe to repeat: retried automatically on transient failures.

        Idempotent.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(
            operation("analytics.patch_onnx_model"),
            onnx_model_patch=onnx_model_patch,
            org_id=org_id,
            model_id=model_id,
        )

    async def put_device_events(
        self, event_payload: EventPayload | Mapping[str, Any], org_id: str, device_id: str
    ) -> None:
        """Write device events (confirmed)

        ``PUT /http-adapter/event/{orgId}/{deviceId}`` — safe to repeat: retried automatically on transient failures.

        Bodies over 2,048 bytes answer 413. Idempotent: an event with the
        same id and timestamp replaces the stored one.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            PayloadTooLargeError: 413 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(
            operation("device_adapter.put_device_events"),
            event_payload=event_payload,
            org_id=org_id,
            device_id=device_id,
        )

    async def put_device_telemetry(
        self, telemetry_payload: TelemetryPayload | Mapping[str, Any], org_id: str, device_id: str
    ) -> None:
        """Write telemetry data, a telemetry data set or timesignals (confirmed)

        ``PUT /http-adapter/telemetry/{orgId}/{deviceId}`` — safe to repeat: retried automatically on transient failures.

        Exactly one of `t`, `t_set` and `ts`. Bodies over 2,048 bytes answer
        413. The write is asynchronous: 202 means accepted, not stored.
        Idempotent: a point at an existing timestamp overwrites it.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            PayloadTooLargeError: 413 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(
            operation("device_adapter.put_device_telemetry"),
            telemetry_payload=telemetry_payload,
            org_id=org_id,
            device_id=device_id,
        )

    async def _send_query_timeseries(
        self, timeseries_query: TimeseriesQuery | Mapping[str, Any], org_id: str
    ) -> list[AttributeTimeseries]:
        """Values of up to 50 attributes in one call

        ``POST /api/v1/organizations/{orgId}/timeseries/query`` — safe to repeat: retried automatically on transient failures.

        More than 50 attribute ids answer 413 (the per-call cap, declared
        in `x-iotclients-batch`); clients split the work.
        Idempotent: a read.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            PayloadTooLargeError: 413 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[AttributeTimeseries]",
            await self._call(
                operation("data.query_timeseries"), timeseries_query=timeseries_query, org_id=org_id
            ),
        )

    async def read_asset(self, org_id: str, asset_id: str) -> Asset:
        """One asset

        ``GET /api/v1/organizations/{orgId}/assets/{assetId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Asset", await self._call(operation("assets.read_asset"), org_id=org_id, asset_id=asset_id)
        )

    async def read_asset_template(self, org_id: str, template_id: str) -> AssetTemplateDetail:
        """One asset template with its attributes

        ``GET /api/v1/organizations/{orgId}/asset-templates/{templateId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "AssetTemplateDetail",
            await self._call(operation("assets.read_asset_template"), org_id=org_id, template_id=template_id),
        )

    async def read_device(self, org_id: str, device_id: str) -> Device:
        """One device

        ``GET /api/v1/organizations/{orgId}/devices/{deviceId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Device", await self._call(operation("devices.read_device"), org_id=org_id, device_id=device_id)
        )

    async def read_ml_model(self, org_id: str, model_id: str) -> MLModelDetail:
        """One ML model

        ``GET /api/v1/organizations/{orgId}/ml-models/{modelId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "MLModelDetail",
            await self._call(operation("analytics.read_ml_model"), org_id=org_id, model_id=model_id),
        )

    async def read_ml_service(self, org_id: str, service_id: str) -> MLServiceDetail:
        """One ML service

        ``GET /api/v1/organizations/{orgId}/ml-services/{serviceId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "MLServiceDetail",
            await self._call(operation("analytics.read_ml_service"), org_id=org_id, service_id=service_id),
        )

    async def read_onnx_model(self, org_id: str, model_id: str) -> OnnxModelDetail:
        """One ONNX model

        ``GET /api/v1/organizations/{orgId}/onnx-models/{modelId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "OnnxModelDetail",
            await self._call(operation("analytics.read_onnx_model"), org_id=org_id, model_id=model_id),
        )

    async def read_organization(self, org_id: str) -> OrganizationDetails:
        """Details of one organization (subscription owners)

        ``GET /api/v1/organizations/{orgId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "OrganizationDetails",
            await self._call(operation("organizations.read_organization"), org_id=org_id),
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
    ) -> list[StatisticsValue]:
        """Statistics of one attribute by period and dimension

        ``GET /api/v1/organizations/{orgId}/attributes/{attributeId}/statistics`` — safe to repeat: retried automatically on transient failures.

        `start` and `end` are required when `period` is Custom (otherwise
        400) and ignored for the other periods.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[StatisticsValue]",
            await self._call(
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
    ) -> AttributeTimeseries:
        """Values of one TelemetryData or Calculated attribute

        ``GET /api/v1/organizations/{orgId}/attributes/{attributeId}/timeseries`` — safe to repeat: retried automatically on transient failures.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "AttributeTimeseries",
            await self._call(
                operation("data.read_timeseries"),
                org_id=org_id,
                attribute_id=attribute_id,
                start=start,
                end=end,
                order=order,
                limit=limit,
            ),
        )

    async def read_timesignal(self, org_id: str, attribute_id: str, timesignal_id: str) -> Timesignal:
        """One timesignal of an attribute

        ``GET /api/v1/organizations/{orgId}/attributes/{attributeId}/timesignals/{timesignalId}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Timesignal",
            await self._call(
                operation("data.read_timesignal"),
                org_id=org_id,
                attribute_id=attribute_id,
                timesignal_id=timesignal_id,
            ),
        )

    async def remove_ml_model(self, org_id: str, model_id: str) -> None:
        """Delete an ML model (409 while an asset uses it)

        ``DELETE /api/v1/organizations/{orgId}/ml-models/{modelId}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("analytics.remove_ml_model"), org_id=org_id, model_id=model_id)

    async def remove_ml_service(self, org_id: str, service_id: str) -> None:
        """Delete an ML service (409 while an asset uses it)

        ``DELETE /api/v1/organizations/{orgId}/ml-services/{serviceId}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("analytics.remove_ml_service"), org_id=org_id, service_id=service_id)

    async def remove_onnx_model(self, org_id: str, model_id: str) -> None:
        """Delete an ONNX model (409 while an asset uses it)

        ``DELETE /api/v1/organizations/{orgId}/onnx-models/{modelId}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("analytics.remove_onnx_model"), org_id=org_id, model_id=model_id)

    async def replace_ml_model(
        self, ml_model_update: MLModelUpdate | Mapping[str, Any], org_id: str, model_id: str
    ) -> None:
        """Update an ML model

        ``PUT /api/v1/organizations/{orgId}/ml-models/{modelId}`` — safe to repeat: retried automatically on transient failures.

        `inputs` and `outputs` may change only while no asset uses the model
        (otherwise 409). Idempotent: the same update twice leaves the same
        state.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(
            operation("analytics.replace_ml_model"),
            ml_model_update=ml_model_update,
            org_id=org_id,
            model_id=model_id,
        )

    async def replace_ml_service(
        self, ml_service_update: MLServiceUpdate | Mapping[str, Any], org_id: str, service_id: str
    ) -> None:
        """Update an ML service

        ``PUT /api/v1/organizations/{orgId}/ml-services/{serviceId}`` — safe to repeat: retried automatically on transient failures.

        `inputSchema` and `outputSchema` may change only while no asset uses
        the service (otherwise 409). Idempotent.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            ConflictError: 409 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(
            operation("analytics.replace_ml_service"),
            ml_service_update=ml_service_update,
            org_id=org_id,
            service_id=service_id,
        )

    async def replace_static_value(
        self, static_value: StaticValue | Mapping[str, Any], org_id: str, attribute_id: str
    ) -> None:
        """Set the value of a static Number or String attribute

        ``PUT /api/v1/organizations/{orgId}/attributes/{attributeId}/value`` — safe to repeat: retried automatically on transient failures.

        Other attribute types, or a value of the wrong kind, answer 400.
        Idempotent: the same value written twice leaves the same state.

        Raises:
            BadRequestError: 400 (``error`` holds a ``Error``).
            AuthenticationError: 401 (``error`` holds a ``Error``).
            PermissionDeniedError: 403 (``error`` holds a ``Error``).
            NotFoundError: 404 (``error`` holds a ``Error``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(
            operation("data.replace_static_value"),
            static_value=static_value,
            org_id=org_id,
            attribute_id=attribute_id,
        )
