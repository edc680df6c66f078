"""Typed methods for every operation of specs/iotile.openapi.yaml, sync and async. Generated; do not edit.

The vendor facade subclasses these and adds what a spec cannot say (credentials, chunking, ...).
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from iotclients.core.client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from uuid import UUID

    from iotclients.core.operation import Operation

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
        StreamIdData,
        StreamPatch,
        StreamWrite,
        TokenPair,
        Variable,
        VariablePatch,
        VariableWrite,
        VarType,
    )
    from .raw_responses import GeneratedAsyncIOTileClientRawResponses, GeneratedIOTileClientRawResponses


@cache
def operation(module: str) -> Operation:
    """The descriptor in ``api/<module>.py``, imported on first use to keep the package import cheap."""
    descriptor: Operation = importlib.import_module(f"{__package__}.api.{module}").OPERATION
    return descriptor


class GeneratedIOTileClient(SyncAPIClient):
    """Every operation of the spec as a typed method (blocking)."""

    @property
    def with_raw_response(self) -> GeneratedIOTileClientRawResponses:
        """Every operation again, returning the whole response: ``status_code``, ``headers``, ``request_id``,
        ``declared_headers`` (the spec's response headers, typed) and ``parsed`` (what the plain call returns)."""
        from .raw_responses import GeneratedIOTileClientRawResponses

        return GeneratedIOTileClientRawResponses(self)

    def check_device_claimable(
        self, device_claimable: DeviceClaimable | Mapping[str, Any]
    ) -> DeviceClaimableResult:
        """Whether a device can be claimed

        ``POST /api/v1/device/claimable/`` — safe to repeat: retried automatically on transient failures.

        Body and reply are INFERRED (see Spec decisions): `{device}` in,
        `{device, claimable}` out.

        Idempotent: a question; it changes nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "DeviceClaimableResult",
            self._call(operation("devices.check_device_claimable"), device_claimable=device_claimable),
        )

    def claim_device(self, device_claim: DeviceClaim | Mapping[str, Any]) -> Device:
        """Claim a device into a project

        ``POST /api/v1/device/claim/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: a claimed device cannot be claimed again (400).

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Device", self._call(operation("devices.claim_device"), device_claim=device_claim))

    def create_data(self, body: list[StreamDataWrite] | Mapping[str, Any]) -> list[StreamData]:
        """Add data points

        ``POST /api/v1/data/`` — not safe to repeat: never retried once the request may have reached the server.

        Each point gives `int_value` (type Num) or `value` (type ITR).

        Not idempotent: a repeat adds the points again.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[StreamData]", self._call(operation("data.create_data"), body=body))

    def create_datablock(self, data_block_write: DataBlockWrite | Mapping[str, Any]) -> DataBlock:
        """Archive a device's data into a new block

        ``POST /api/v1/datablock/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: each call creates another block.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "DataBlock",
            self._call(operation("datablocks.create_datablock"), data_block_write=data_block_write),
        )

    def create_event(self, event_write: EventWrite | Mapping[str, Any]) -> Event:
        """Add an event

        ``POST /api/v1/event/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: a repeat adds another event.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Event", self._call(operation("events.create_event"), event_write=event_write))

    def create_fleet(self, fleet_write: FleetWrite | Mapping[str, Any]) -> Fleet:
        """Create a fleet

        ``POST /api/v1/fleet/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: each call creates another fleet.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Fleet", self._call(operation("fleets.create_fleet"), fleet_write=fleet_write))

    def create_org(self, org_write: OrgWrite | Mapping[str, Any]) -> Org:
        """Create an organisation

        ``POST /api/v1/org/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: each call creates another organisation.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Org", self._call(operation("orgs.create_org"), org_write=org_write))

    def create_project(self, project_write: ProjectWrite | Mapping[str, Any]) -> Project:
        """Create a project

        ``POST /api/v1/project/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: each call creates another project.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Project", self._call(operation("projects.create_project"), project_write=project_write))

    def create_property(self, property_write: PropertyWrite | Mapping[str, Any]) -> Property:
        """Add a property to a target

        ``POST /api/v1/property/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: a repeat is refused (400) once the name is taken.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Property", self._call(operation("properties.create_property"), property_write=property_write)
        )

    def create_stream(self, stream_write: StreamWrite | Mapping[str, Any]) -> Stream:
        """Create a stream

        ``POST /api/v1/stream/`` — not safe to repeat: never retried once the request may have reached the server.

        Leaving out `device` makes a virtual stream.

        Not idempotent: a repeat is refused (400) once the stream exists.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Stream", self._call(operation("streams.create_stream"), stream_write=stream_write))

    def create_variable(self, variable_write: VariableWrite | Mapping[str, Any]) -> Variable:
        """Create a variable in a project

        ``POST /api/v1/variable/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: a repeat is refused (400) once the local id is taken.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Variable", self._call(operation("variables.create_variable"), variable_write=variable_write)
        )

    def delete_datablock(self, slug: str) -> None:
        """Delete a data block

        ``DELETE /api/v1/datablock/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: a repeat finds nothing left to delete (404).

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("datablocks.delete_datablock"), slug=slug)

    def delete_device_mask(self, slug: str) -> None:
        """Remove the data mask of a device

        ``DELETE /api/v1/device/{slug}/mask/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: removing it twice leaves the same state.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("devices.delete_device_mask"), slug=slug)

    def delete_fleet(self, slug: str) -> None:
        """Delete a fleet

        ``DELETE /api/v1/fleet/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: a repeat finds nothing left to delete (404).

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("fleets.delete_fleet"), slug=slug)

    def delete_org(self, slug: str) -> None:
        """Delete an organisation

        ``DELETE /api/v1/org/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: a repeat finds nothing left to delete (404).

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("orgs.delete_org"), slug=slug)

    def delete_property(self, id: int) -> None:
        """Delete a property

        ``DELETE /api/v1/property/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: a repeat finds nothing left to delete (404).

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("properties.delete_property"), id=id)

    def get_account(self, slug: str) -> Account:
        """Get an account

        ``GET /api/v1/account/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Account", self._call(operation("accounts.get_account"), slug=slug))

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
    ) -> DataFrameSplit | str:
        """The data of a filter as a table (CSV, JSON or text)

        ``GET /api/v1/df/`` — safe to repeat: retried automatically on transient failures.

        The server builds a pandas frame of the points `filter` names with
        `start` <= timestamp < `end`. `format` picks the reply: `csv` (the
        default) and `txt` are text, `json` a JSON object (its shape is
        INFERRED: `{columns, data}`, pandas' `split` orientation, without
        the index). `apply_mdo=1` writes output values, `mask=1` applies
        device data masks. The columns (`stream,timestamp,value`, or one
        column per stream with `pivot=1`) and the `extended` and `stats`
        flags' output are INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "DataFrameSplit | str",
            self._call(
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

    def get_data_point(self, id: int) -> StreamData:
        """One stored data point (staff only)

        ``GET /api/v1/data/{id}/`` — safe to repeat: retried automatically on transient failures.

        Other users get 403.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("StreamData", self._call(operation("data.get_data_point"), id=id))

    def get_datablock(self, slug: str) -> DataBlock:
        """Get a data block

        ``GET /api/v1/datablock/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DataBlock", self._call(operation("datablocks.get_datablock"), slug=slug))

    def get_device(self, slug: str) -> Device:
        """Get a device

        ``GET /api/v1/device/{slug}/`` — safe to repeat: retried automatically on transient failures.

        A 2-part d-- slug is accepted and normalised.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Device", self._call(operation("devices.get_device"), slug=slug))

    def get_device_extra(self, slug: str) -> DeviceExtra:
        """A device with counts of its streams and data

        ``GET /api/v1/device/{slug}/extra/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DeviceExtra", self._call(operation("devices.get_device_extra"), slug=slug))

    def get_device_health(self, slug: str) -> ActionResult:
        """The health-check settings of a device

        ``GET /api/v1/device/{slug}/health/`` — safe to repeat: retried automatically on transient failures.

        The shape is INFERRED (see Spec decisions): an open object.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("ActionResult", self._call(operation("devices.get_device_health"), slug=slug))

    def get_device_key(self, slug: str, *, type_: str | None = None) -> DeviceKey:
        """A key of a device

        ``GET /api/v1/device/{slug}/key/`` — safe to repeat: retried automatically on transient failures.

        `type` names the key; the reply shape is INFERRED (see Spec
        decisions). The key is a secret.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DeviceKey", self._call(operation("devices.get_device_key"), slug=slug, type_=type_))

    def get_device_mask(self, slug: str) -> DataMask:
        """The data mask of a device

        ``GET /api/v1/device/{slug}/mask/`` — safe to repeat: retried automatically on transient failures.

        Stream data reads keep only points with `start` <= timestamp <
        `end`. The shape `{start, end}` is INFERRED (see Spec decisions);
        null means unbounded.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DataMask", self._call(operation("devices.get_device_mask"), slug=slug))

    def get_device_sensor_graph(self, slug: str) -> SensorGraphRef:
        """The sensor graph of a device

        ``GET /api/v1/device/{slug}/sg/`` — safe to repeat: retried automatically on transient failures.

        The reply shape is INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("SensorGraphRef", self._call(operation("devices.get_device_sensor_graph"), slug=slug))

    def get_device_status(self, slug: str) -> DeviceStatus:
        """The connection status of a device

        ``GET /api/v1/device/{slug}/status/`` — safe to repeat: retried automatically on transient failures.

        The reply shape is INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DeviceStatus", self._call(operation("devices.get_device_status"), slug=slug))

    def get_device_template(self, slug: str) -> DeviceTemplateRef:
        """The device template of a device

        ``GET /api/v1/device/{slug}/template/`` — safe to repeat: retried automatically on transient failures.

        The reply shape is INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DeviceTemplateRef", self._call(operation("devices.get_device_template"), slug=slug))

    def get_event(self, id: int) -> Event:
        """Get an event

        ``GET /api/v1/event/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Event", self._call(operation("events.get_event"), id=id))

    def get_event_data(self, id: int) -> EventRawData:
        """The data file of an event, as uploaded (JSON)

        ``GET /api/v1/event/{id}/data/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("EventRawData", self._call(operation("events.get_event_data"), id=id))

    def get_event_url(self, id: int) -> EventUrl:
        """A temporary download URL of an event's data file

        ``GET /api/v1/event/{id}/url/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("EventUrl", self._call(operation("events.get_event_url"), id=id))

    def get_fleet(self, slug: str) -> Fleet:
        """Get a fleet

        ``GET /api/v1/fleet/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Fleet", self._call(operation("fleets.get_fleet"), slug=slug))

    def get_org(self, slug: str) -> Org:
        """Get an organisation

        ``GET /api/v1/org/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Org", self._call(operation("orgs.get_org"), slug=slug))

    def get_org_extra(self, slug: str) -> OrgExtra:
        """An organisation with counts of its projects, devices and members

        ``GET /api/v1/org/{slug}/extra/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("OrgExtra", self._call(operation("orgs.get_org_extra"), slug=slug))

    def get_org_membership(self, slug: str) -> Membership:
        """The logged-in user's membership of an organisation

        ``GET /api/v1/org/{slug}/membership/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Membership", self._call(operation("orgs.get_org_membership"), slug=slug))

    def get_project(self, id: UUID) -> Project:
        """Get a project by UUID

        ``GET /api/v1/project/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Project", self._call(operation("projects.get_project"), id=id))

    def get_project_extra(self, id: UUID) -> ProjectExtra:
        """A project with counts of its devices, variables and streams

        ``GET /api/v1/project/{id}/extra/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("ProjectExtra", self._call(operation("projects.get_project_extra"), id=id))

    def get_property(self, id: int) -> Property:
        """Get a property

        ``GET /api/v1/property/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Property", self._call(operation("properties.get_property"), id=id))

    def get_sensor_graph(self, slug: str) -> SensorGraph:
        """Get a sensor graph by slug

        ``GET /api/v1/sg/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("SensorGraph", self._call(operation("firmware.get_sensor_graph"), slug=slug))

    def get_stream(self, slug: str) -> Stream:
        """Get a stream

        ``GET /api/v1/stream/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Short 4-part slugs are normalised.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Stream", self._call(operation("streams.get_stream"), slug=slug))

    def get_stream_csv(self, slug: str, *, start: str | None = None, end: str | None = None) -> str:
        """The data points of a stream as CSV

        ``GET /api/v1/stream/{slug}/csv/`` — safe to repeat: retried automatically on transient failures.

        The columns (`timestamp,value,output_value`, one header row, oldest
        first) and the `start`/`end` window are INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", self._call(operation("streams.get_stream_csv"), slug=slug, start=start, end=end))

    def get_stream_datatable(self, slug: str) -> DataTable:
        """The data points of a stream for a table widget

        ``GET /api/v1/stream/{slug}/datatable/`` — safe to repeat: retried automatically on transient failures.

        The reply is INFERRED (see Spec decisions): DataTables' server-side
        shape, `{recordsTotal, recordsFiltered, data}`, each row a point.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DataTable", self._call(operation("streams.get_stream_datatable"), slug=slug))

    def get_stream_eventtable(self, slug: str) -> DataTable:
        """The events of a stream for a table widget

        ``GET /api/v1/stream/{slug}/eventtable/`` — safe to repeat: retried automatically on transient failures.

        The reply is INFERRED (see Spec decisions), as `datatable/`, each
        row an event.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DataTable", self._call(operation("streams.get_stream_eventtable"), slug=slug))

    def get_streamer(self, slug: str) -> Streamer:
        """Get a streamer

        ``GET /api/v1/streamer/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Streamer", self._call(operation("streamers.get_streamer"), slug=slug))

    def get_streamer_report(self, id: UUID) -> StreamerReport:
        """Get a streamer report

        ``GET /api/v1/streamer/report/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("StreamerReport", self._call(operation("streamers.get_streamer_report"), id=id))

    def get_template(self, slug: str) -> DeviceTemplate:
        """Get a device template by slug

        ``GET /api/v1/dt/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DeviceTemplate", self._call(operation("firmware.get_template"), slug=slug))

    def get_tokens(self) -> TokenPair:
        """The user's Django REST framework key and a fresh JSON Web Token

        ``GET /api/v1/auth/token/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only (the key stays the same; the JWT is new).

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("TokenPair", self._call(operation("auth.get_tokens")))

    def get_user_info(self) -> LoginResponse:
        """The logged-in account

        ``GET /api/v1/auth/user-info/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("LoginResponse", self._call(operation("auth.get_user_info")))

    def get_variable(self, slug: str) -> Variable:
        """Get a variable

        ``GET /api/v1/variable/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Variable", self._call(operation("variables.get_variable"), slug=slug))

    def get_variable_type(self, slug: str) -> VarType:
        """The type of a variable

        ``GET /api/v1/variable/{slug}/type/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("VarType", self._call(operation("variables.get_variable_type"), slug=slug))

    def get_vartype(self, slug: str) -> VarType:
        """Get a variable type

        ``GET /api/v1/vartype/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("VarType", self._call(operation("variables.get_vartype"), slug=slug))

    def invite_org_member(
        self, org_invitation: OrgInvitation | Mapping[str, Any], slug: str
    ) -> OrgInvitation:
        """Invite someone to an organisation

        ``POST /api/v1/org/{slug}/invite/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: every call sends another invitation.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "OrgInvitation",
            self._call(operation("orgs.invite_org_member"), org_invitation=org_invitation, slug=slug),
        )

    def list_accounts(self, *, page: int | None = None, page_size: int | None = None) -> PaginatedAccountList:
        """List accounts (only the user's own)

        ``GET /api/v1/account/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedAccountList",
            self._call(operation("accounts.list_accounts"), page=page, page_size=page_size),
        )

    def iter_list_accounts(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[Account]:
        """Every item of ``list_accounts``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_accounts``; each page is one ``GET /api/v1/account/`` request.
        """

        return cast(
            "Iterator[Account]",
            self._items(operation("accounts.list_accounts"), page=page, page_size=page_size),
        )

    def list_accounts_pages(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[PaginatedAccountList]:
        """Every page of ``list_accounts``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_accounts``; each page is one ``GET /api/v1/account/`` request.
        """

        return cast(
            "Iterator[PaginatedAccountList]",
            self._pages(operation("accounts.list_accounts"), page=page, page_size=page_size),
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
    ) -> PaginatedStreamDataList:
        """Data points of the streams a filter names

        ``GET /api/v1/data/`` — safe to repeat: retried automatically on transient failures.

        `filter` names a stream (s--), device (d--), block (b--) or project
        (p--); without it the page is empty. `lastn` must be 1..100,000
        (400 otherwise). A malformed stream filter answers 400; an unknown
        or forbidden one an empty page.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedStreamDataList",
            self._call(
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

    def iter_list_data(
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
    ) -> Iterator[StreamData]:
        """Every item of ``list_data``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_data``; each page is one ``GET /api/v1/data/`` request.
        """

        return cast(
            "Iterator[StreamData]",
            self._items(
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

    def list_data_pages(
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
    ) -> Iterator[PaginatedStreamDataList]:
        """Every page of ``list_data``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_data``; each page is one ``GET /api/v1/data/`` request.
        """

        return cast(
            "Iterator[PaginatedStreamDataList]",
            self._pages(
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
    ) -> PaginatedDataBlockList:
        """List data blocks

        ``GET /api/v1/datablock/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedDataBlockList",
            self._call(
                operation("datablocks.list_datablocks"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                q=q,
            ),
        )

    def iter_list_datablocks(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        q: str | None = None,
    ) -> Iterator[DataBlock]:
        """Every item of ``list_datablocks``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_datablocks``; each page is one ``GET /api/v1/datablock/`` request.
        """

        return cast(
            "Iterator[DataBlock]",
            self._items(
                operation("datablocks.list_datablocks"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                q=q,
            ),
        )

    def list_datablocks_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        q: str | None = None,
    ) -> Iterator[PaginatedDataBlockList]:
        """Every page of ``list_datablocks``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_datablocks``; each page is one ``GET /api/v1/datablock/`` request.
        """

        return cast(
            "Iterator[PaginatedDataBlockList]",
            self._pages(
                operation("datablocks.list_datablocks"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                q=q,
            ),
        )

    def list_device_filter_logs(self, slug: str) -> list[ActionResult]:
        """The filter log entries of a device

        ``GET /api/v1/device/{slug}/filterlog/`` — safe to repeat: retried automatically on transient failures.

        An unpaginated list of open objects (INFERRED, see Spec decisions).

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[ActionResult]", self._call(operation("devices.list_device_filter_logs"), slug=slug))

    def list_device_properties(self, slug: str) -> list[Property]:
        """The properties of a device (all of them, unpaginated)

        ``GET /api/v1/device/{slug}/properties/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Property]", self._call(operation("devices.list_device_properties"), slug=slug))

    def list_device_streamers(self, slug: str) -> list[Streamer]:
        """The streamers of a device (unpaginated)

        ``GET /api/v1/device/{slug}/streamers/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Streamer]", self._call(operation("devices.list_device_streamers"), slug=slug))

    def list_device_templates(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> PaginatedDeviceTemplateList:
        """List device templates

        ``GET /api/v1/dt/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedDeviceTemplateList",
            self._call(operation("firmware.list_device_templates"), page=page, page_size=page_size),
        )

    def iter_list_device_templates(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[DeviceTemplate]:
        """Every item of ``list_device_templates``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_device_templates``; each page is one ``GET /api/v1/dt/`` request.
        """

        return cast(
            "Iterator[DeviceTemplate]",
            self._items(operation("firmware.list_device_templates"), page=page, page_size=page_size),
        )

    def list_device_templates_pages(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[PaginatedDeviceTemplateList]:
        """Every page of ``list_device_templates``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_device_templates``; each page is one ``GET /api/v1/dt/`` request.
        """

        return cast(
            "Iterator[PaginatedDeviceTemplateList]",
            self._pages(operation("firmware.list_device_templates"), page=page, page_size=page_size),
        )

    def list_device_versions(self, slug: str) -> list[DeviceVersion]:
        """The firmware and software versions a device reported

        ``GET /api/v1/device/{slug}/versions/`` — safe to repeat: retried automatically on transient failures.

        An unpaginated list; the item shape is INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[DeviceVersion]", self._call(operation("devices.list_device_versions"), slug=slug))

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
    ) -> PaginatedDeviceList:
        """List devices

        ``GET /api/v1/device/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedDeviceList",
            self._call(
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

    def iter_list_devices(
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
    ) -> Iterator[Device]:
        """Every item of ``list_devices``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_devices``; each page is one ``GET /api/v1/device/`` request.
        """

        return cast(
            "Iterator[Device]",
            self._items(
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

    def list_devices_pages(
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
    ) -> Iterator[PaginatedDeviceList]:
        """Every page of ``list_devices``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_devices``; each page is one ``GET /api/v1/device/`` request.
        """

        return cast(
            "Iterator[PaginatedDeviceList]",
            self._pages(
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
    ) -> PaginatedEventList:
        """Events of the streams a filter names

        ``GET /api/v1/event/`` — safe to repeat: retried automatically on transient failures.

        Same filters as `data/`. Events whose extra data carries an `error`
        key are left out.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedEventList",
            self._call(
                operation("events.list_events"),
                page=page,
                page_size=page_size,
                filter_=filter_,
                start=start,
                end=end,
                lastn=lastn,
            ),
        )

    def iter_list_events(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        filter_: str | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
    ) -> Iterator[Event]:
        """Every item of ``list_events``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_events``; each page is one ``GET /api/v1/event/`` request.
        """

        return cast(
            "Iterator[Event]",
            self._items(
                operation("events.list_events"),
                page=page,
                page_size=page_size,
                filter_=filter_,
                start=start,
                end=end,
                lastn=lastn,
            ),
        )

    def list_events_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        filter_: str | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
    ) -> Iterator[PaginatedEventList]:
        """Every page of ``list_events``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_events``; each page is one ``GET /api/v1/event/`` request.
        """

        return cast(
            "Iterator[PaginatedEventList]",
            self._pages(
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
    ) -> PaginatedFleetMemberList:
        """The members of a fleet

        ``GET /api/v1/fleet/{slug}/devices/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedFleetMemberList",
            self._call(operation("fleets.list_fleet_devices"), slug=slug, page=page, page_size=page_size),
        )

    def iter_list_fleet_devices(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[FleetMember]:
        """Every item of ``list_fleet_devices``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_fleet_devices``; each page is one ``GET /api/v1/fleet/{slug}/devices/`` request.
        """

        return cast(
            "Iterator[FleetMember]",
            self._items(operation("fleets.list_fleet_devices"), slug=slug, page=page, page_size=page_size),
        )

    def list_fleet_devices_pages(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[PaginatedFleetMemberList]:
        """Every page of ``list_fleet_devices``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_fleet_devices``; each page is one ``GET /api/v1/fleet/{slug}/devices/`` request.
        """

        return cast(
            "Iterator[PaginatedFleetMemberList]",
            self._pages(operation("fleets.list_fleet_devices"), slug=slug, page=page, page_size=page_size),
        )

    def list_fleets(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        is_network: bool | None = None,
    ) -> PaginatedFleetList:
        """List fleets

        ``GET /api/v1/fleet/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedFleetList",
            self._call(
                operation("fleets.list_fleets"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                is_network=is_network,
            ),
        )

    def iter_list_fleets(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        is_network: bool | None = None,
    ) -> Iterator[Fleet]:
        """Every item of ``list_fleets``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_fleets``; each page is one ``GET /api/v1/fleet/`` request.
        """

        return cast(
            "Iterator[Fleet]",
            self._items(
                operation("fleets.list_fleets"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                is_network=is_network,
            ),
        )

    def list_fleets_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        is_network: bool | None = None,
    ) -> Iterator[PaginatedFleetList]:
        """Every page of ``list_fleets``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_fleets``; each page is one ``GET /api/v1/fleet/`` request.
        """

        return cast(
            "Iterator[PaginatedFleetList]",
            self._pages(
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
    ) -> PaginatedDataBlockList:
        """The data blocks (archives) of an organisation

        ``GET /api/v1/org/{slug}/archives/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedDataBlockList",
            self._call(operation("orgs.list_org_archives"), slug=slug, page=page, page_size=page_size),
        )

    def iter_list_org_archives(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[DataBlock]:
        """Every item of ``list_org_archives``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_archives``; each page is one ``GET /api/v1/org/{slug}/archives/`` request.
        """

        return cast(
            "Iterator[DataBlock]",
            self._items(operation("orgs.list_org_archives"), slug=slug, page=page, page_size=page_size),
        )

    def list_org_archives_pages(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[PaginatedDataBlockList]:
        """Every page of ``list_org_archives``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_archives``; each page is one ``GET /api/v1/org/{slug}/archives/`` request.
        """

        return cast(
            "Iterator[PaginatedDataBlockList]",
            self._pages(operation("orgs.list_org_archives"), slug=slug, page=page, page_size=page_size),
        )

    def list_org_devices(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> PaginatedDeviceList:
        """The devices of an organisation

        ``GET /api/v1/org/{slug}/devices/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedDeviceList",
            self._call(operation("orgs.list_org_devices"), slug=slug, page=page, page_size=page_size),
        )

    def iter_list_org_devices(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[Device]:
        """Every item of ``list_org_devices``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_devices``; each page is one ``GET /api/v1/org/{slug}/devices/`` request.
        """

        return cast(
            "Iterator[Device]",
            self._items(operation("orgs.list_org_devices"), slug=slug, page=page, page_size=page_size),
        )

    def list_org_devices_pages(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[PaginatedDeviceList]:
        """Every page of ``list_org_devices``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_devices``; each page is one ``GET /api/v1/org/{slug}/devices/`` request.
        """

        return cast(
            "Iterator[PaginatedDeviceList]",
            self._pages(operation("orgs.list_org_devices"), slug=slug, page=page, page_size=page_size),
        )

    def list_org_members(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> PaginatedMembershipList:
        """The members of an organisation

        ``GET /api/v1/org/{slug}/members/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedMembershipList",
            self._call(operation("orgs.list_org_members"), slug=slug, page=page, page_size=page_size),
        )

    def iter_list_org_members(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[Membership]:
        """Every item of ``list_org_members``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_members``; each page is one ``GET /api/v1/org/{slug}/members/`` request.
        """

        return cast(
            "Iterator[Membership]",
            self._items(operation("orgs.list_org_members"), slug=slug, page=page, page_size=page_size),
        )

    def list_org_members_pages(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[PaginatedMembershipList]:
        """Every page of ``list_org_members``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_members``; each page is one ``GET /api/v1/org/{slug}/members/`` request.
        """

        return cast(
            "Iterator[PaginatedMembershipList]",
            self._pages(operation("orgs.list_org_members"), slug=slug, page=page, page_size=page_size),
        )

    def list_org_pending(self, slug: str) -> list[OrgInvitation]:
        """The invitations of an organisation not yet accepted

        ``GET /api/v1/org/{slug}/pending/`` — safe to repeat: retried automatically on transient failures.

        An unpaginated list; the item shape is INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[OrgInvitation]", self._call(operation("orgs.list_org_pending"), slug=slug))

    def list_org_projects(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> PaginatedProjectList:
        """The projects of an organisation

        ``GET /api/v1/org/{slug}/projects/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedProjectList",
            self._call(operation("orgs.list_org_projects"), slug=slug, page=page, page_size=page_size),
        )

    def iter_list_org_projects(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[Project]:
        """Every item of ``list_org_projects``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_projects``; each page is one ``GET /api/v1/org/{slug}/projects/`` request.
        """

        return cast(
            "Iterator[Project]",
            self._items(operation("orgs.list_org_projects"), slug=slug, page=page, page_size=page_size),
        )

    def list_org_projects_pages(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[PaginatedProjectList]:
        """Every page of ``list_org_projects``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_projects``; each page is one ``GET /api/v1/org/{slug}/projects/`` request.
        """

        return cast(
            "Iterator[PaginatedProjectList]",
            self._pages(operation("orgs.list_org_projects"), slug=slug, page=page, page_size=page_size),
        )

    def list_orgs(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        created_by: str | None = None,
        search: str | None = None,
    ) -> PaginatedOrgList:
        """List the user's organisations

        ``GET /api/v1/org/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedOrgList",
            self._call(
                operation("orgs.list_orgs"),
                page=page,
                page_size=page_size,
                created_by=created_by,
                search=search,
            ),
        )

    def iter_list_orgs(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        created_by: str | None = None,
        search: str | None = None,
    ) -> Iterator[Org]:
        """Every item of ``list_orgs``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_orgs``; each page is one ``GET /api/v1/org/`` request.
        """

        return cast(
            "Iterator[Org]",
            self._items(
                operation("orgs.list_orgs"),
                page=page,
                page_size=page_size,
                created_by=created_by,
                search=search,
            ),
        )

    def list_orgs_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        created_by: str | None = None,
        search: str | None = None,
    ) -> Iterator[PaginatedOrgList]:
        """Every page of ``list_orgs``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_orgs``; each page is one ``GET /api/v1/org/`` request.
        """

        return cast(
            "Iterator[PaginatedOrgList]",
            self._pages(
                operation("orgs.list_orgs"),
                page=page,
                page_size=page_size,
                created_by=created_by,
                search=search,
            ),
        )

    def list_project_properties(self, id: UUID) -> list[Property]:
        """The properties of a project (all of them, unpaginated)

        ``GET /api/v1/project/{id}/properties/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Property]", self._call(operation("projects.list_project_properties"), id=id))

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
    ) -> PaginatedProjectList:
        """List projects

        ``GET /api/v1/project/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedProjectList",
            self._call(
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

    def iter_list_projects(
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
    ) -> Iterator[Project]:
        """Every item of ``list_projects``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_projects``; each page is one ``GET /api/v1/project/`` request.
        """

        return cast(
            "Iterator[Project]",
            self._items(
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

    def list_projects_pages(
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
    ) -> Iterator[PaginatedProjectList]:
        """Every page of ``list_projects``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_projects``; each page is one ``GET /api/v1/project/`` request.
        """

        return cast(
            "Iterator[PaginatedProjectList]",
            self._pages(
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
    ) -> PaginatedPropertyList:
        """The properties of one target

        ``GET /api/v1/property/`` — safe to repeat: retried automatically on transient failures.

        `target` (a project UUID or p-- slug, d-- or b-- slug) is required:
        406 without it.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIStatusError: 406 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedPropertyList",
            self._call(
                operation("properties.list_properties"), page=page, page_size=page_size, target=target
            ),
        )

    def iter_list_properties(
        self, target: str, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[Property]:
        """Every item of ``list_properties``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_properties``; each page is one ``GET /api/v1/property/`` request.
        """

        return cast(
            "Iterator[Property]",
            self._items(
                operation("properties.list_properties"), page=page, page_size=page_size, target=target
            ),
        )

    def list_properties_pages(
        self, target: str, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[PaginatedPropertyList]:
        """Every page of ``list_properties``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_properties``; each page is one ``GET /api/v1/property/`` request.
        """

        return cast(
            "Iterator[PaginatedPropertyList]",
            self._pages(
                operation("properties.list_properties"), page=page, page_size=page_size, target=target
            ),
        )

    def list_reports_of_streamer(self, slug: str) -> list[StreamerReport]:
        """Every report a streamer uploaded (unpaginated)

        ``GET /api/v1/streamer/{slug}/report/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[StreamerReport]", self._call(operation("streamers.list_reports_of_streamer"), slug=slug)
        )

    def list_sensor_graphs(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> PaginatedSensorGraphList:
        """List sensor graphs

        ``GET /api/v1/sg/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedSensorGraphList",
            self._call(operation("firmware.list_sensor_graphs"), page=page, page_size=page_size),
        )

    def iter_list_sensor_graphs(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[SensorGraph]:
        """Every item of ``list_sensor_graphs``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_sensor_graphs``; each page is one ``GET /api/v1/sg/`` request.
        """

        return cast(
            "Iterator[SensorGraph]",
            self._items(operation("firmware.list_sensor_graphs"), page=page, page_size=page_size),
        )

    def list_sensor_graphs_pages(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> Iterator[PaginatedSensorGraphList]:
        """Every page of ``list_sensor_graphs``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_sensor_graphs``; each page is one ``GET /api/v1/sg/`` request.
        """

        return cast(
            "Iterator[PaginatedSensorGraphList]",
            self._pages(operation("firmware.list_sensor_graphs"), page=page, page_size=page_size),
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
    ) -> PaginatedStreamIdDataList:
        """The data points of a stream

        ``GET /api/v1/stream/{slug}/data/`` — safe to repeat: retried automatically on transient failures.

        Points with `start` <= timestamp < `end`, oldest first. `lastn=N`
        keeps the newest N (still oldest first); N below 1 counts as 1 and
        N above 100,000 as 100,000, and this endpoint never answers 400 for
        it (a `start` or `end` that is not a time does). `output_value` has the stream's output unit
        applied (null when
        the value is not a number).

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedStreamIdDataList",
            self._call(
                operation("streams.list_stream_data"),
                slug=slug,
                page=page,
                page_size=page_size,
                start=start,
                end=end,
                lastn=lastn,
            ),
        )

    def iter_list_stream_data(
        self,
        slug: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
    ) -> Iterator[StreamIdData]:
        """Every item of ``list_stream_data``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_stream_data``; each page is one ``GET /api/v1/stream/{slug}/data/`` request.
        """

        return cast(
            "Iterator[StreamIdData]",
            self._items(
                operation("streams.list_stream_data"),
                slug=slug,
                page=page,
                page_size=page_size,
                start=start,
                end=end,
                lastn=lastn,
            ),
        )

    def list_stream_data_pages(
        self,
        slug: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
    ) -> Iterator[PaginatedStreamIdDataList]:
        """Every page of ``list_stream_data``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_stream_data``; each page is one ``GET /api/v1/stream/{slug}/data/`` request.
        """

        return cast(
            "Iterator[PaginatedStreamIdDataList]",
            self._pages(
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
    ) -> PaginatedStreamerReportList:
        """List streamer reports

        ``GET /api/v1/streamer/report/`` — safe to repeat: retried automatically on transient failures.

        `start` and `end` apply to `sent_timestamp`.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedStreamerReportList",
            self._call(
                operation("streamers.list_streamer_reports"),
                page=page,
                page_size=page_size,
                streamer_slug=streamer_slug,
                created_by_slug=created_by_slug,
                start=start,
                end=end,
            ),
        )

    def iter_list_streamer_reports(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        streamer_slug: str | None = None,
        created_by_slug: str | None = None,
        start: str | None = None,
        end: str | None = None,
    ) -> Iterator[StreamerReport]:
        """Every item of ``list_streamer_reports``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_streamer_reports``; each page is one ``GET /api/v1/streamer/report/`` request.
        """

        return cast(
            "Iterator[StreamerReport]",
            self._items(
                operation("streamers.list_streamer_reports"),
                page=page,
                page_size=page_size,
                streamer_slug=streamer_slug,
                created_by_slug=created_by_slug,
                start=start,
                end=end,
            ),
        )

    def list_streamer_reports_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        streamer_slug: str | None = None,
        created_by_slug: str | None = None,
        start: str | None = None,
        end: str | None = None,
    ) -> Iterator[PaginatedStreamerReportList]:
        """Every page of ``list_streamer_reports``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_streamer_reports``; each page is one ``GET /api/v1/streamer/report/`` request.
        """

        return cast(
            "Iterator[PaginatedStreamerReportList]",
            self._pages(
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
    ) -> PaginatedStreamerList:
        """List streamers

        ``GET /api/v1/streamer/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedStreamerList",
            self._call(
                operation("streamers.list_streamers"),
                page=page,
                page_size=page_size,
                device=device,
                selector=selector,
                slug=slug,
            ),
        )

    def iter_list_streamers(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        device: str | None = None,
        selector: int | None = None,
        slug: str | None = None,
    ) -> Iterator[Streamer]:
        """Every item of ``list_streamers``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_streamers``; each page is one ``GET /api/v1/streamer/`` request.
        """

        return cast(
            "Iterator[Streamer]",
            self._items(
                operation("streamers.list_streamers"),
                page=page,
                page_size=page_size,
                device=device,
                selector=selector,
                slug=slug,
            ),
        )

    def list_streamers_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        device: str | None = None,
        selector: int | None = None,
        slug: str | None = None,
    ) -> Iterator[PaginatedStreamerList]:
        """Every page of ``list_streamers``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_streamers``; each page is one ``GET /api/v1/streamer/`` request.
        """

        return cast(
            "Iterator[PaginatedStreamerList]",
            self._pages(
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
    ) -> PaginatedStreamList:
        """List streams

        ``GET /api/v1/stream/`` — safe to repeat: retried automatically on transient failures.

        By default only streams of active devices are listed.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedStreamList",
            self._call(
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

    def iter_list_streams(
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
    ) -> Iterator[Stream]:
        """Every item of ``list_streams``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_streams``; each page is one ``GET /api/v1/stream/`` request.
        """

        return cast(
            "Iterator[Stream]",
            self._items(
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

    def list_streams_pages(
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
    ) -> Iterator[PaginatedStreamList]:
        """Every page of ``list_streams``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_streams``; each page is one ``GET /api/v1/stream/`` request.
        """

        return cast(
            "Iterator[PaginatedStreamList]",
            self._pages(
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
    ) -> PaginatedVariableList:
        """List variables

        ``GET /api/v1/variable/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedVariableList",
            self._call(
                operation("variables.list_variables"),
                page=page,
                page_size=page_size,
                project=project,
                org=org,
                search=search,
                include_templates=include_templates,
            ),
        )

    def iter_list_variables(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        project: str | None = None,
        org: str | None = None,
        search: str | None = None,
        include_templates: bool | None = None,
    ) -> Iterator[Variable]:
        """Every item of ``list_variables``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_variables``; each page is one ``GET /api/v1/variable/`` request.
        """

        return cast(
            "Iterator[Variable]",
            self._items(
                operation("variables.list_variables"),
                page=page,
                page_size=page_size,
                project=project,
                org=org,
                search=search,
                include_templates=include_templates,
            ),
        )

    def list_variables_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        project: str | None = None,
        org: str | None = None,
        search: str | None = None,
        include_templates: bool | None = None,
    ) -> Iterator[PaginatedVariableList]:
        """Every page of ``list_variables``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_variables``; each page is one ``GET /api/v1/variable/`` request.
        """

        return cast(
            "Iterator[PaginatedVariableList]",
            self._pages(
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
    ) -> PaginatedVarTypeList:
        """List variable types

        ``GET /api/v1/vartype/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedVarTypeList",
            self._call(operation("variables.list_vartypes"), page=page, page_size=page_size, search=search),
        )

    def iter_list_vartypes(
        self, *, page: int | None = None, page_size: int | None = None, search: str | None = None
    ) -> Iterator[VarType]:
        """Every item of ``list_vartypes``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_vartypes``; each page is one ``GET /api/v1/vartype/`` request.
        """

        return cast(
            "Iterator[VarType]",
            self._items(operation("variables.list_vartypes"), page=page, page_size=page_size, search=search),
        )

    def list_vartypes_pages(
        self, *, page: int | None = None, page_size: int | None = None, search: str | None = None
    ) -> Iterator[PaginatedVarTypeList]:
        """Every page of ``list_vartypes``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_vartypes``; each page is one ``GET /api/v1/vartype/`` request.
        """

        return cast(
            "Iterator[PaginatedVarTypeList]",
            self._pages(operation("variables.list_vartypes"), page=page, page_size=page_size, search=search),
        )

    def login(self, login_request: LoginRequest | Mapping[str, Any]) -> LoginResponse:
        """Log in with email and password

        ``POST /api/v1/auth/login/`` — not safe to repeat: never retried once the request may have reached the server.

        Answers the account together with a JSON Web Token (`jwt`) and a
        Django REST framework key (`token`). Send the `jwt` as
        `Authorization: JWT <jwt>` afterwards.

        Not idempotent: every call issues a new token.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``str | dict[str, Any]``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("LoginResponse", self._call(operation("auth.login"), login_request=login_request))

    def logout(self) -> None:
        """Log out

        ``POST /api/v1/auth/logout/`` — safe to repeat: retried automatically on transient failures.

        Ends the server-side session. A JWT is not revoked: it stays valid
        until it expires.

        Idempotent: logging out twice leaves the same state.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("auth.logout"))

    def new_project(self, project_new: ProjectNew | Mapping[str, Any]) -> ProjectId:
        """Create a project the way the web app does, optionally claiming a device into it

        ``POST /api/v1/project/new/`` — not safe to repeat: never retried once the request may have reached the server.

        Answers only the new project's id (a UUID).

        Not idempotent: each call creates another project.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("ProjectId", self._call(operation("projects.new_project"), project_new=project_new))

    def new_project_property(self, property_new: PropertyNew | Mapping[str, Any], id: UUID) -> Property:
        """Add a property to a project

        ``POST /api/v1/project/{id}/new_property/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: a repeat is refused (400) once the name is taken.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Property",
            self._call(operation("projects.new_project_property"), property_new=property_new, id=id),
        )

    def obtain_jwt(self, jwt_credentials: JWTCredentials | Mapping[str, Any]) -> JWTToken:
        """Get a JSON Web Token

        ``POST /api/v1/auth/api-jwt-auth/`` — not safe to repeat: never retried once the request may have reached the server.

        `username` takes the email or the user name.

        Not idempotent: every call issues a new token.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("JWTToken", self._call(operation("auth.obtain_jwt"), jwt_credentials=jwt_credentials))

    def partial_update_account(self, account_update: AccountUpdate | Mapping[str, Any], slug: str) -> Account:
        """Change some fields of the user's account

        ``PATCH /api/v1/account/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: setting the same values again changes nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Account",
            self._call(
                operation("accounts.partial_update_account"), account_update=account_update, slug=slug
            ),
        )

    def partial_update_datablock(
        self, data_block_patch: DataBlockPatch | Mapping[str, Any], slug: str
    ) -> DataBlock:
        """Change the title or description of a data block

        ``PATCH /api/v1/datablock/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "DataBlock",
            self._call(
                operation("datablocks.partial_update_datablock"), data_block_patch=data_block_patch, slug=slug
            ),
        )

    def partial_update_device(self, device_patch: DevicePatch | Mapping[str, Any], slug: str) -> Device:
        """Change some fields of a device

        ``PATCH /api/v1/device/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Device",
            self._call(operation("devices.partial_update_device"), device_patch=device_patch, slug=slug),
        )

    def partial_update_device_health(
        self, action_request: ActionRequest | Mapping[str, Any], slug: str
    ) -> ActionResult:
        """Change the health-check settings of a device

        ``PATCH /api/v1/device/{slug}/health/`` — safe to repeat: retried automatically on transient failures.

        The given keys replace the stored ones; the shape is INFERRED (see
        Spec decisions).

        Idempotent: setting the same values again changes nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "ActionResult",
            self._call(
                operation("devices.partial_update_device_health"), action_request=action_request, slug=slug
            ),
        )

    def partial_update_event(self, event_patch: EventPatch | Mapping[str, Any], id: int) -> Event:
        """Change the extra data of an event

        ``PATCH /api/v1/event/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Event", self._call(operation("events.partial_update_event"), event_patch=event_patch, id=id)
        )

    def partial_update_fleet(self, fleet_patch: FleetPatch | Mapping[str, Any], slug: str) -> Fleet:
        """Change some fields of a fleet

        ``PATCH /api/v1/fleet/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Fleet", self._call(operation("fleets.partial_update_fleet"), fleet_patch=fleet_patch, slug=slug)
        )

    def partial_update_org(self, org_patch: OrgPatch | Mapping[str, Any], slug: str) -> Org:
        """Change some fields of an organisation

        ``PATCH /api/v1/org/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Org", self._call(operation("orgs.partial_update_org"), org_patch=org_patch, slug=slug))

    def partial_update_project(self, project_patch: ProjectPatch | Mapping[str, Any], id: UUID) -> Project:
        """Change some fields of a project

        ``PATCH /api/v1/project/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Project",
            self._call(operation("projects.partial_update_project"), project_patch=project_patch, id=id),
        )

    def partial_update_property(self, property_patch: PropertyPatch | Mapping[str, Any], id: int) -> Property:
        """Change the value of a property

        ``PATCH /api/v1/property/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Property",
            self._call(operation("properties.partial_update_property"), property_patch=property_patch, id=id),
        )

    def partial_update_stream(self, stream_patch: StreamPatch | Mapping[str, Any], slug: str) -> Stream:
        """Change some fields of a stream

        ``PATCH /api/v1/stream/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Stream",
            self._call(operation("streams.partial_update_stream"), stream_patch=stream_patch, slug=slug),
        )

    def partial_update_variable(
        self, variable_patch: VariablePatch | Mapping[str, Any], slug: str
    ) -> Variable:
        """Change some fields of a variable

        ``PATCH /api/v1/variable/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Variable",
            self._call(
                operation("variables.partial_update_variable"), variable_patch=variable_patch, slug=slug
            ),
        )

    def refresh_jwt(self, jwt_token: JWTToken | Mapping[str, Any]) -> JWTToken:
        """Refresh a JSON Web Token

        ``POST /api/v1/auth/api-jwt-refresh/`` — safe to repeat: retried automatically on transient failures.

        Trades a token that has not expired (and is within 180 days of its
        first issue) for a fresh one; 400 otherwise.

        Idempotent: refreshing the same token again gives an equally valid
        token and changes nothing on the server.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("JWTToken", self._call(operation("auth.refresh_jwt"), jwt_token=jwt_token))

    def register_fleet_device(self, fleet_member: FleetMember | Mapping[str, Any], slug: str) -> FleetMember:
        """Add a device to a fleet

        ``POST /api/v1/fleet/{slug}/register/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: registering a member again leaves one membership.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "FleetMember",
            self._call(operation("fleets.register_fleet_device"), fleet_member=fleet_member, slug=slug),
        )

    def register_org(self, action_request: ActionRequest | Mapping[str, Any], slug: str) -> ActionResult:
        """Register with an organisation

        ``POST /api/v1/org/{slug}/register/`` — not safe to repeat: never retried once the request may have reached the server.

        Body and reply are INFERRED (see Spec decisions): an open object in,
        an open object out.

        Not idempotent: an action.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "ActionResult",
            self._call(operation("orgs.register_org"), action_request=action_request, slug=slug),
        )

    def request_password_reset(self, password_reset: PasswordReset | Mapping[str, Any]) -> ActionResult:
        """Send a password-reset email

        ``POST /api/v1/auth/password/reset/`` — not safe to repeat: never retried once the request may have reached the server.

        Answers the same whether or not an account has that email (INFERRED
        reply, see Spec decisions).

        Not idempotent: every call sends another email.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "ActionResult",
            self._call(operation("auth.request_password_reset"), password_reset=password_reset),
        )

    def reset_device(self, slug: str) -> ActionResult:
        """Delete the stream data and events of a device

        ``POST /api/v1/device/{slug}/reset/`` — not safe to repeat: never retried once the request may have reached the server.

        The reply is INFERRED (see Spec decisions): `{count}`, the points and events deleted.

        Not idempotent: an action.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("ActionResult", self._call(operation("devices.reset_device"), slug=slug))

    def set_account_password(self, set_password: SetPassword | Mapping[str, Any], slug: str) -> ActionResult:
        """Change the user's own password

        ``POST /api/v1/account/{slug}/set_password/`` — safe to repeat: retried automatically on transient failures.

        The body is INFERRED (see Spec decisions). Tokens issued before stay
        valid until they expire.

        Idempotent: setting the same password again changes nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "ActionResult",
            self._call(operation("accounts.set_account_password"), set_password=set_password, slug=slug),
        )

    def set_device_mask(self, data_mask: DataMask | Mapping[str, Any], slug: str) -> DataMask:
        """Set the data mask of a device

        ``PATCH /api/v1/device/{slug}/mask/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: setting the same mask again changes nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "DataMask", self._call(operation("devices.set_device_mask"), data_mask=data_mask, slug=slug)
        )

    def sign_up(self, account_signup: AccountSignup | Mapping[str, Any]) -> Account:
        """Create an account (sign up)

        ``POST /api/v1/account/`` — not safe to repeat: never retried once the request may have reached the server.

        Open to anyone: no token is needed. `password` and
        `confirm_password` must be equal.

        Not idempotent: a second call with the same email answers 400.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Account", self._call(operation("accounts.sign_up"), account_signup=account_signup))

    def trim_device(self, device_trim: DeviceTrim | Mapping[str, Any], slug: str) -> ActionResult:
        """Delete the stream data of a device outside a time window

        ``POST /api/v1/device/{slug}/trim/`` — not safe to repeat: never retried once the request may have reached the server.

        The body `{start?, end?}` and the reply `{count}` are INFERRED (see Spec decisions): points
        before `start` or at or after `end` are deleted.

        Not idempotent: an action.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "ActionResult", self._call(operation("devices.trim_device"), device_trim=device_trim, slug=slug)
        )

    def unclaim_device(self, slug: str) -> Device:
        """Release a device from its project

        ``POST /api/v1/device/{slug}/unclaim/`` — not safe to repeat: never retried once the request may have reached the server.

        The device leaves its project and organisation; its data stays. The reply is INFERRED (the
        device, as `claim/` answers).

        Not idempotent: an action.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Device", self._call(operation("devices.unclaim_device"), slug=slug))

    def update_org(self, org_write: OrgWrite | Mapping[str, Any], slug: str) -> Org:
        """Replace an organisation's fields

        ``PUT /api/v1/org/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Org", self._call(operation("orgs.update_org"), org_write=org_write, slug=slug))

    def upgrade_device(self, device_upgrade: DeviceUpgrade | Mapping[str, Any], slug: str) -> ActionResult:
        """Schedule a firmware upgrade of a device

        ``POST /api/v1/device/{slug}/upgrade/`` — not safe to repeat: never retried once the request may have reached the server.

        The body `{firmware}` is documented; the reply is INFERRED (see Spec decisions).

        Not idempotent: an action.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "ActionResult",
            self._call(operation("devices.upgrade_device"), device_upgrade=device_upgrade, slug=slug),
        )

    def upload_event(self, event_upload: EventUpload | Mapping[str, Any]) -> EventUploadResult:
        """Upload an event with a data file

        ``POST /api/v1/event/upload/`` — not safe to repeat: never retried once the request may have reached the server.

        A multipart form: the file (JSON, or gzipped JSON) in the `file`
        part, the event's stream, timestamp and JSON-encoded extra data as
        fields.

        Not idempotent: a repeat adds another event.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "EventUploadResult", self._call(operation("events.upload_event"), event_upload=event_upload)
        )

    def upload_streamer_report(
        self, streamer_report_upload: StreamerReportUpload | Mapping[str, Any], timestamp: str
    ) -> StreamerReportUploadResult:
        """Upload a streamer report

        ``POST /api/v1/streamer/report/`` — not safe to repeat: never retried once the request may have reached the server.

        A multipart form with the report in the `file` part and the time it
        was sent in the `timestamp` query parameter. The parser is chosen by
        the file name's extension: `.bin` (or none) binary, `.json` or `.mp`
        the v2 JSON/msgpack format
        `{format, device, streamer_index, streamer_selector,
        device_sent_timestamp, incremental_id, lowest_id, highest_id, data,
        events}`. No file answers 400 `{"error": "missing
        request.data['file']"}`; no timestamp 400 `{"error": "missing
        timestamp argument"}`.

        Not idempotent: a repeat is stored as another report.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "StreamerReportUploadResult",
            self._call(
                operation("streamers.upload_streamer_report"),
                streamer_report_upload=streamer_report_upload,
                timestamp=timestamp,
            ),
        )

    def verify_jwt(self, jwt_token: JWTToken | Mapping[str, Any]) -> JWTToken:
        """Check a JSON Web Token

        ``POST /api/v1/auth/api-jwt-verify/`` — safe to repeat: retried automatically on transient failures.

        200 with the token when it is valid, 400 otherwise.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("JWTToken", self._call(operation("auth.verify_jwt"), jwt_token=jwt_token))


class GeneratedAsyncIOTileClient(AsyncAPIClient):
    """Every operation of the spec as a typed coroutine method."""

    @property
    def with_raw_response(self) -> GeneratedAsyncIOTileClientRawResponses:
        """Every operation again, returning the whole response (see ``GeneratedIOTileClient.with_raw_response``)."""
        from .raw_responses import GeneratedAsyncIOTileClientRawResponses

        return GeneratedAsyncIOTileClientRawResponses(self)

    async def check_device_claimable(
        self, device_claimable: DeviceClaimable | Mapping[str, Any]
    ) -> DeviceClaimableResult:
        """Whether a device can be claimed

        ``POST /api/v1/device/claimable/`` — safe to repeat: retried automatically on transient failures.

        Body and reply are INFERRED (see Spec decisions): `{device}` in,
        `{device, claimable}` out.

        Idempotent: a question; it changes nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "DeviceClaimableResult",
            await self._call(operation("devices.check_device_claimable"), device_claimable=device_claimable),
        )

    async def claim_device(self, device_claim: DeviceClaim | Mapping[str, Any]) -> Device:
        """Claim a device into a project

        ``POST /api/v1/device/claim/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: a claimed device cannot be claimed again (400).

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Device", await self._call(operation("devices.claim_device"), device_claim=device_claim))

    async def create_data(self, body: list[StreamDataWrite] | Mapping[str, Any]) -> list[StreamData]:
        """Add data points

        ``POST /api/v1/data/`` — not safe to repeat: never retried once the request may have reached the server.

        Each point gives `int_value` (type Num) or `value` (type ITR).

        Not idempotent: a repeat adds the points again.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[StreamData]", await self._call(operation("data.create_data"), body=body))

    async def create_datablock(self, data_block_write: DataBlockWrite | Mapping[str, Any]) -> DataBlock:
        """Archive a device's data into a new block

        ``POST /api/v1/datablock/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: each call creates another block.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "DataBlock",
            await self._call(operation("datablocks.create_datablock"), data_block_write=data_block_write),
        )

    async def create_event(self, event_write: EventWrite | Mapping[str, Any]) -> Event:
        """Add an event

        ``POST /api/v1/event/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: a repeat adds another event.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Event", await self._call(operation("events.create_event"), event_write=event_write))

    async def create_fleet(self, fleet_write: FleetWrite | Mapping[str, Any]) -> Fleet:
        """Create a fleet

        ``POST /api/v1/fleet/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: each call creates another fleet.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Fleet", await self._call(operation("fleets.create_fleet"), fleet_write=fleet_write))

    async def create_org(self, org_write: OrgWrite | Mapping[str, Any]) -> Org:
        """Create an organisation

        ``POST /api/v1/org/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: each call creates another organisation.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Org", await self._call(operation("orgs.create_org"), org_write=org_write))

    async def create_project(self, project_write: ProjectWrite | Mapping[str, Any]) -> Project:
        """Create a project

        ``POST /api/v1/project/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: each call creates another project.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Project", await self._call(operation("projects.create_project"), project_write=project_write)
        )

    async def create_property(self, property_write: PropertyWrite | Mapping[str, Any]) -> Property:
        """Add a property to a target

        ``POST /api/v1/property/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: a repeat is refused (400) once the name is taken.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Property",
            await self._call(operation("properties.create_property"), property_write=property_write),
        )

    async def create_stream(self, stream_write: StreamWrite | Mapping[str, Any]) -> Stream:
        """Create a stream

        ``POST /api/v1/stream/`` — not safe to repeat: never retried once the request may have reached the server.

        Leaving out `device` makes a virtual stream.

        Not idempotent: a repeat is refused (400) once the stream exists.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Stream", await self._call(operation("streams.create_stream"), stream_write=stream_write))

    async def create_variable(self, variable_write: VariableWrite | Mapping[str, Any]) -> Variable:
        """Create a variable in a project

        ``POST /api/v1/variable/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: a repeat is refused (400) once the local id is taken.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Variable",
            await self._call(operation("variables.create_variable"), variable_write=variable_write),
        )

    async def delete_datablock(self, slug: str) -> None:
        """Delete a data block

        ``DELETE /api/v1/datablock/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: a repeat finds nothing left to delete (404).

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("datablocks.delete_datablock"), slug=slug)

    async def delete_device_mask(self, slug: str) -> None:
        """Remove the data mask of a device

        ``DELETE /api/v1/device/{slug}/mask/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: removing it twice leaves the same state.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("devices.delete_device_mask"), slug=slug)

    async def delete_fleet(self, slug: str) -> None:
        """Delete a fleet

        ``DELETE /api/v1/fleet/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: a repeat finds nothing left to delete (404).

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("fleets.delete_fleet"), slug=slug)

    async def delete_org(self, slug: str) -> None:
        """Delete an organisation

        ``DELETE /api/v1/org/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: a repeat finds nothing left to delete (404).

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("orgs.delete_org"), slug=slug)

    async def delete_property(self, id: int) -> None:
        """Delete a property

        ``DELETE /api/v1/property/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: a repeat finds nothing left to delete (404).

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("properties.delete_property"), id=id)

    async def get_account(self, slug: str) -> Account:
        """Get an account

        ``GET /api/v1/account/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Account", await self._call(operation("accounts.get_account"), slug=slug))

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
    ) -> DataFrameSplit | str:
        """The data of a filter as a table (CSV, JSON or text)

        ``GET /api/v1/df/`` — safe to repeat: retried automatically on transient failures.

        The server builds a pandas frame of the points `filter` names with
        `start` <= timestamp < `end`. `format` picks the reply: `csv` (the
        default) and `txt` are text, `json` a JSON object (its shape is
        INFERRED: `{columns, data}`, pandas' `split` orientation, without
        the index). `apply_mdo=1` writes output values, `mask=1` applies
        device data masks. The columns (`stream,timestamp,value`, or one
        column per stream with `pivot=1`) and the `extended` and `stats`
        flags' output are INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "DataFrameSplit | str",
            await self._call(
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

    async def get_data_point(self, id: int) -> StreamData:
        """One stored data point (staff only)

        ``GET /api/v1/data/{id}/`` — safe to repeat: retried automatically on transient failures.

        Other users get 403.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("StreamData", await self._call(operation("data.get_data_point"), id=id))

    async def get_datablock(self, slug: str) -> DataBlock:
        """Get a data block

        ``GET /api/v1/datablock/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DataBlock", await self._call(operation("datablocks.get_datablock"), slug=slug))

    async def get_device(self, slug: str) -> Device:
        """Get a device

        ``GET /api/v1/device/{slug}/`` — safe to repeat: retried automatically on transient failures.

        A 2-part d-- slug is accepted and normalised.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Device", await self._call(operation("devices.get_device"), slug=slug))

    async def get_device_extra(self, slug: str) -> DeviceExtra:
        """A device with counts of its streams and data

        ``GET /api/v1/device/{slug}/extra/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DeviceExtra", await self._call(operation("devices.get_device_extra"), slug=slug))

    async def get_device_health(self, slug: str) -> ActionResult:
        """The health-check settings of a device

        ``GET /api/v1/device/{slug}/health/`` — safe to repeat: retried automatically on transient failures.

        The shape is INFERRED (see Spec decisions): an open object.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("ActionResult", await self._call(operation("devices.get_device_health"), slug=slug))

    async def get_device_key(self, slug: str, *, type_: str | None = None) -> DeviceKey:
        """A key of a device

        ``GET /api/v1/device/{slug}/key/`` — safe to repeat: retried automatically on transient failures.

        `type` names the key; the reply shape is INFERRED (see Spec
        decisions). The key is a secret.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "DeviceKey", await self._call(operation("devices.get_device_key"), slug=slug, type_=type_)
        )

    async def get_device_mask(self, slug: str) -> DataMask:
        """The data mask of a device

        ``GET /api/v1/device/{slug}/mask/`` — safe to repeat: retried automatically on transient failures.

        Stream data reads keep only points with `start` <= timestamp <
        `end`. The shape `{start, end}` is INFERRED (see Spec decisions);
        null means unbounded.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DataMask", await self._call(operation("devices.get_device_mask"), slug=slug))

    async def get_device_sensor_graph(self, slug: str) -> SensorGraphRef:
        """The sensor graph of a device

        ``GET /api/v1/device/{slug}/sg/`` — safe to repeat: retried automatically on transient failures.

        The reply shape is INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "SensorGraphRef", await self._call(operation("devices.get_device_sensor_graph"), slug=slug)
        )

    async def get_device_status(self, slug: str) -> DeviceStatus:
        """The connection status of a device

        ``GET /api/v1/device/{slug}/status/`` — safe to repeat: retried automatically on transient failures.

        The reply shape is INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DeviceStatus", await self._call(operation("devices.get_device_status"), slug=slug))

    async def get_device_template(self, slug: str) -> DeviceTemplateRef:
        """The device template of a device

        ``GET /api/v1/device/{slug}/template/`` — safe to repeat: retried automatically on transient failures.

        The reply shape is INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "DeviceTemplateRef", await self._call(operation("devices.get_device_template"), slug=slug)
        )

    async def get_event(self, id: int) -> Event:
        """Get an event

        ``GET /api/v1/event/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Event", await self._call(operation("events.get_event"), id=id))

    async def get_event_data(self, id: int) -> EventRawData:
        """The data file of an event, as uploaded (JSON)

        ``GET /api/v1/event/{id}/data/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("EventRawData", await self._call(operation("events.get_event_data"), id=id))

    async def get_event_url(self, id: int) -> EventUrl:
        """A temporary download URL of an event's data file

        ``GET /api/v1/event/{id}/url/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("EventUrl", await self._call(operation("events.get_event_url"), id=id))

    async def get_fleet(self, slug: str) -> Fleet:
        """Get a fleet

        ``GET /api/v1/fleet/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Fleet", await self._call(operation("fleets.get_fleet"), slug=slug))

    async def get_org(self, slug: str) -> Org:
        """Get an organisation

        ``GET /api/v1/org/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Org", await self._call(operation("orgs.get_org"), slug=slug))

    async def get_org_extra(self, slug: str) -> OrgExtra:
        """An organisation with counts of its projects, devices and members

        ``GET /api/v1/org/{slug}/extra/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("OrgExtra", await self._call(operation("orgs.get_org_extra"), slug=slug))

    async def get_org_membership(self, slug: str) -> Membership:
        """The logged-in user's membership of an organisation

        ``GET /api/v1/org/{slug}/membership/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Membership", await self._call(operation("orgs.get_org_membership"), slug=slug))

    async def get_project(self, id: UUID) -> Project:
        """Get a project by UUID

        ``GET /api/v1/project/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Project", await self._call(operation("projects.get_project"), id=id))

    async def get_project_extra(self, id: UUID) -> ProjectExtra:
        """A project with counts of its devices, variables and streams

        ``GET /api/v1/project/{id}/extra/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("ProjectExtra", await self._call(operation("projects.get_project_extra"), id=id))

    async def get_property(self, id: int) -> Property:
        """Get a property

        ``GET /api/v1/property/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Property", await self._call(operation("properties.get_property"), id=id))

    async def get_sensor_graph(self, slug: str) -> SensorGraph:
        """Get a sensor graph by slug

        ``GET /api/v1/sg/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("SensorGraph", await self._call(operation("firmware.get_sensor_graph"), slug=slug))

    async def get_stream(self, slug: str) -> Stream:
        """Get a stream

        ``GET /api/v1/stream/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Short 4-part slugs are normalised.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Stream", await self._call(operation("streams.get_stream"), slug=slug))

    async def get_stream_csv(self, slug: str, *, start: str | None = None, end: str | None = None) -> str:
        """The data points of a stream as CSV

        ``GET /api/v1/stream/{slug}/csv/`` — safe to repeat: retried automatically on transient failures.

        The columns (`timestamp,value,output_value`, one header row, oldest
        first) and the `start`/`end` window are INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "str", await self._call(operation("streams.get_stream_csv"), slug=slug, start=start, end=end)
        )

    async def get_stream_datatable(self, slug: str) -> DataTable:
        """The data points of a stream for a table widget

        ``GET /api/v1/stream/{slug}/datatable/`` — safe to repeat: retried automatically on transient failures.

        The reply is INFERRED (see Spec decisions): DataTables' server-side
        shape, `{recordsTotal, recordsFiltered, data}`, each row a point.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DataTable", await self._call(operation("streams.get_stream_datatable"), slug=slug))

    async def get_stream_eventtable(self, slug: str) -> DataTable:
        """The events of a stream for a table widget

        ``GET /api/v1/stream/{slug}/eventtable/`` — safe to repeat: retried automatically on transient failures.

        The reply is INFERRED (see Spec decisions), as `datatable/`, each
        row an event.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DataTable", await self._call(operation("streams.get_stream_eventtable"), slug=slug))

    async def get_streamer(self, slug: str) -> Streamer:
        """Get a streamer

        ``GET /api/v1/streamer/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Streamer", await self._call(operation("streamers.get_streamer"), slug=slug))

    async def get_streamer_report(self, id: UUID) -> StreamerReport:
        """Get a streamer report

        ``GET /api/v1/streamer/report/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("StreamerReport", await self._call(operation("streamers.get_streamer_report"), id=id))

    async def get_template(self, slug: str) -> DeviceTemplate:
        """Get a device template by slug

        ``GET /api/v1/dt/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("DeviceTemplate", await self._call(operation("firmware.get_template"), slug=slug))

    async def get_tokens(self) -> TokenPair:
        """The user's Django REST framework key and a fresh JSON Web Token

        ``GET /api/v1/auth/token/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only (the key stays the same; the JWT is new).

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("TokenPair", await self._call(operation("auth.get_tokens")))

    async def get_user_info(self) -> LoginResponse:
        """The logged-in account

        ``GET /api/v1/auth/user-info/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("LoginResponse", await self._call(operation("auth.get_user_info")))

    async def get_variable(self, slug: str) -> Variable:
        """Get a variable

        ``GET /api/v1/variable/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Variable", await self._call(operation("variables.get_variable"), slug=slug))

    async def get_variable_type(self, slug: str) -> VarType:
        """The type of a variable

        ``GET /api/v1/variable/{slug}/type/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("VarType", await self._call(operation("variables.get_variable_type"), slug=slug))

    async def get_vartype(self, slug: str) -> VarType:
        """Get a variable type

        ``GET /api/v1/vartype/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("VarType", await self._call(operation("variables.get_vartype"), slug=slug))

    async def invite_org_member(
        self, org_invitation: OrgInvitation | Mapping[str, Any], slug: str
    ) -> OrgInvitation:
        """Invite someone to an organisation

        ``POST /api/v1/org/{slug}/invite/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: every call sends another invitation.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "OrgInvitation",
            await self._call(operation("orgs.invite_org_member"), org_invitation=org_invitation, slug=slug),
        )

    async def list_accounts(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> PaginatedAccountList:
        """List accounts (only the user's own)

        ``GET /api/v1/account/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedAccountList",
            await self._call(operation("accounts.list_accounts"), page=page, page_size=page_size),
        )

    def iter_list_accounts(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Account]:
        """Every item of ``list_accounts``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_accounts``; each page is one ``GET /api/v1/account/`` request.
        """

        return cast(
            "AsyncIterator[Account]",
            self._items(operation("accounts.list_accounts"), page=page, page_size=page_size),
        )

    def list_accounts_pages(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[PaginatedAccountList]:
        """Every page of ``list_accounts``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_accounts``; each page is one ``GET /api/v1/account/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedAccountList]",
            self._pages(operation("accounts.list_accounts"), page=page, page_size=page_size),
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
    ) -> PaginatedStreamDataList:
        """Data points of the streams a filter names

        ``GET /api/v1/data/`` — safe to repeat: retried automatically on transient failures.

        `filter` names a stream (s--), device (d--), block (b--) or project
        (p--); without it the page is empty. `lastn` must be 1..100,000
        (400 otherwise). A malformed stream filter answers 400; an unknown
        or forbidden one an empty page.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedStreamDataList",
            await self._call(
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

    def iter_list_data(
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
    ) -> AsyncIterator[StreamData]:
        """Every item of ``list_data``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_data``; each page is one ``GET /api/v1/data/`` request.
        """

        return cast(
            "AsyncIterator[StreamData]",
            self._items(
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

    def list_data_pages(
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
    ) -> AsyncIterator[PaginatedStreamDataList]:
        """Every page of ``list_data``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_data``; each page is one ``GET /api/v1/data/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedStreamDataList]",
            self._pages(
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
    ) -> PaginatedDataBlockList:
        """List data blocks

        ``GET /api/v1/datablock/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedDataBlockList",
            await self._call(
                operation("datablocks.list_datablocks"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                q=q,
            ),
        )

    def iter_list_datablocks(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        q: str | None = None,
    ) -> AsyncIterator[DataBlock]:
        """Every item of ``list_datablocks``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_datablocks``; each page is one ``GET /api/v1/datablock/`` request.
        """

        return cast(
            "AsyncIterator[DataBlock]",
            self._items(
                operation("datablocks.list_datablocks"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                q=q,
            ),
        )

    def list_datablocks_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        q: str | None = None,
    ) -> AsyncIterator[PaginatedDataBlockList]:
        """Every page of ``list_datablocks``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_datablocks``; each page is one ``GET /api/v1/datablock/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedDataBlockList]",
            self._pages(
                operation("datablocks.list_datablocks"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                q=q,
            ),
        )

    async def list_device_filter_logs(self, slug: str) -> list[ActionResult]:
        """The filter log entries of a device

        ``GET /api/v1/device/{slug}/filterlog/`` — safe to repeat: retried automatically on transient failures.

        An unpaginated list of open objects (INFERRED, see Spec decisions).

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[ActionResult]", await self._call(operation("devices.list_device_filter_logs"), slug=slug)
        )

    async def list_device_properties(self, slug: str) -> list[Property]:
        """The properties of a device (all of them, unpaginated)

        ``GET /api/v1/device/{slug}/properties/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[Property]", await self._call(operation("devices.list_device_properties"), slug=slug)
        )

    async def list_device_streamers(self, slug: str) -> list[Streamer]:
        """The streamers of a device (unpaginated)

        ``GET /api/v1/device/{slug}/streamers/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Streamer]", await self._call(operation("devices.list_device_streamers"), slug=slug))

    async def list_device_templates(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> PaginatedDeviceTemplateList:
        """List device templates

        ``GET /api/v1/dt/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedDeviceTemplateList",
            await self._call(operation("firmware.list_device_templates"), page=page, page_size=page_size),
        )

    def iter_list_device_templates(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[DeviceTemplate]:
        """Every item of ``list_device_templates``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_device_templates``; each page is one ``GET /api/v1/dt/`` request.
        """

        return cast(
            "AsyncIterator[DeviceTemplate]",
            self._items(operation("firmware.list_device_templates"), page=page, page_size=page_size),
        )

    def list_device_templates_pages(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[PaginatedDeviceTemplateList]:
        """Every page of ``list_device_templates``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_device_templates``; each page is one ``GET /api/v1/dt/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedDeviceTemplateList]",
            self._pages(operation("firmware.list_device_templates"), page=page, page_size=page_size),
        )

    async def list_device_versions(self, slug: str) -> list[DeviceVersion]:
        """The firmware and software versions a device reported

        ``GET /api/v1/device/{slug}/versions/`` — safe to repeat: retried automatically on transient failures.

        An unpaginated list; the item shape is INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[DeviceVersion]", await self._call(operation("devices.list_device_versions"), slug=slug)
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
    ) -> PaginatedDeviceList:
        """List devices

        ``GET /api/v1/device/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedDeviceList",
            await self._call(
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

    def iter_list_devices(
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
    ) -> AsyncIterator[Device]:
        """Every item of ``list_devices``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_devices``; each page is one ``GET /api/v1/device/`` request.
        """

        return cast(
            "AsyncIterator[Device]",
            self._items(
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

    def list_devices_pages(
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
    ) -> AsyncIterator[PaginatedDeviceList]:
        """Every page of ``list_devices``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_devices``; each page is one ``GET /api/v1/device/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedDeviceList]",
            self._pages(
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
    ) -> PaginatedEventList:
        """Events of the streams a filter names

        ``GET /api/v1/event/`` — safe to repeat: retried automatically on transient failures.

        Same filters as `data/`. Events whose extra data carries an `error`
        key are left out.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedEventList",
            await self._call(
                operation("events.list_events"),
                page=page,
                page_size=page_size,
                filter_=filter_,
                start=start,
                end=end,
                lastn=lastn,
            ),
        )

    def iter_list_events(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        filter_: str | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
    ) -> AsyncIterator[Event]:
        """Every item of ``list_events``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_events``; each page is one ``GET /api/v1/event/`` request.
        """

        return cast(
            "AsyncIterator[Event]",
            self._items(
                operation("events.list_events"),
                page=page,
                page_size=page_size,
                filter_=filter_,
                start=start,
                end=end,
                lastn=lastn,
            ),
        )

    def list_events_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        filter_: str | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
    ) -> AsyncIterator[PaginatedEventList]:
        """Every page of ``list_events``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_events``; each page is one ``GET /api/v1/event/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedEventList]",
            self._pages(
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
    ) -> PaginatedFleetMemberList:
        """The members of a fleet

        ``GET /api/v1/fleet/{slug}/devices/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedFleetMemberList",
            await self._call(
                operation("fleets.list_fleet_devices"), slug=slug, page=page, page_size=page_size
            ),
        )

    def iter_list_fleet_devices(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[FleetMember]:
        """Every item of ``list_fleet_devices``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_fleet_devices``; each page is one ``GET /api/v1/fleet/{slug}/devices/`` request.
        """

        return cast(
            "AsyncIterator[FleetMember]",
            self._items(operation("fleets.list_fleet_devices"), slug=slug, page=page, page_size=page_size),
        )

    def list_fleet_devices_pages(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[PaginatedFleetMemberList]:
        """Every page of ``list_fleet_devices``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_fleet_devices``; each page is one ``GET /api/v1/fleet/{slug}/devices/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedFleetMemberList]",
            self._pages(operation("fleets.list_fleet_devices"), slug=slug, page=page, page_size=page_size),
        )

    async def list_fleets(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        is_network: bool | None = None,
    ) -> PaginatedFleetList:
        """List fleets

        ``GET /api/v1/fleet/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedFleetList",
            await self._call(
                operation("fleets.list_fleets"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                is_network=is_network,
            ),
        )

    def iter_list_fleets(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        is_network: bool | None = None,
    ) -> AsyncIterator[Fleet]:
        """Every item of ``list_fleets``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_fleets``; each page is one ``GET /api/v1/fleet/`` request.
        """

        return cast(
            "AsyncIterator[Fleet]",
            self._items(
                operation("fleets.list_fleets"),
                page=page,
                page_size=page_size,
                org=org,
                device=device,
                is_network=is_network,
            ),
        )

    def list_fleets_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        org: str | None = None,
        device: str | None = None,
        is_network: bool | None = None,
    ) -> AsyncIterator[PaginatedFleetList]:
        """Every page of ``list_fleets``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_fleets``; each page is one ``GET /api/v1/fleet/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedFleetList]",
            self._pages(
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
    ) -> PaginatedDataBlockList:
        """The data blocks (archives) of an organisation

        ``GET /api/v1/org/{slug}/archives/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedDataBlockList",
            await self._call(operation("orgs.list_org_archives"), slug=slug, page=page, page_size=page_size),
        )

    def iter_list_org_archives(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[DataBlock]:
        """Every item of ``list_org_archives``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_archives``; each page is one ``GET /api/v1/org/{slug}/archives/`` request.
        """

        return cast(
            "AsyncIterator[DataBlock]",
            self._items(operation("orgs.list_org_archives"), slug=slug, page=page, page_size=page_size),
        )

    def list_org_archives_pages(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[PaginatedDataBlockList]:
        """Every page of ``list_org_archives``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_archives``; each page is one ``GET /api/v1/org/{slug}/archives/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedDataBlockList]",
            self._pages(operation("orgs.list_org_archives"), slug=slug, page=page, page_size=page_size),
        )

    async def list_org_devices(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> PaginatedDeviceList:
        """The devices of an organisation

        ``GET /api/v1/org/{slug}/devices/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedDeviceList",
            await self._call(operation("orgs.list_org_devices"), slug=slug, page=page, page_size=page_size),
        )

    def iter_list_org_devices(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Device]:
        """Every item of ``list_org_devices``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_devices``; each page is one ``GET /api/v1/org/{slug}/devices/`` request.
        """

        return cast(
            "AsyncIterator[Device]",
            self._items(operation("orgs.list_org_devices"), slug=slug, page=page, page_size=page_size),
        )

    def list_org_devices_pages(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[PaginatedDeviceList]:
        """Every page of ``list_org_devices``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_devices``; each page is one ``GET /api/v1/org/{slug}/devices/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedDeviceList]",
            self._pages(operation("orgs.list_org_devices"), slug=slug, page=page, page_size=page_size),
        )

    async def list_org_members(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> PaginatedMembershipList:
        """The members of an organisation

        ``GET /api/v1/org/{slug}/members/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedMembershipList",
            await self._call(operation("orgs.list_org_members"), slug=slug, page=page, page_size=page_size),
        )

    def iter_list_org_members(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Membership]:
        """Every item of ``list_org_members``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_members``; each page is one ``GET /api/v1/org/{slug}/members/`` request.
        """

        return cast(
            "AsyncIterator[Membership]",
            self._items(operation("orgs.list_org_members"), slug=slug, page=page, page_size=page_size),
        )

    def list_org_members_pages(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[PaginatedMembershipList]:
        """Every page of ``list_org_members``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_members``; each page is one ``GET /api/v1/org/{slug}/members/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedMembershipList]",
            self._pages(operation("orgs.list_org_members"), slug=slug, page=page, page_size=page_size),
        )

    async def list_org_pending(self, slug: str) -> list[OrgInvitation]:
        """The invitations of an organisation not yet accepted

        ``GET /api/v1/org/{slug}/pending/`` — safe to repeat: retried automatically on transient failures.

        An unpaginated list; the item shape is INFERRED (see Spec decisions).

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[OrgInvitation]", await self._call(operation("orgs.list_org_pending"), slug=slug))

    async def list_org_projects(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> PaginatedProjectList:
        """The projects of an organisation

        ``GET /api/v1/org/{slug}/projects/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedProjectList",
            await self._call(operation("orgs.list_org_projects"), slug=slug, page=page, page_size=page_size),
        )

    def iter_list_org_projects(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Project]:
        """Every item of ``list_org_projects``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_projects``; each page is one ``GET /api/v1/org/{slug}/projects/`` request.
        """

        return cast(
            "AsyncIterator[Project]",
            self._items(operation("orgs.list_org_projects"), slug=slug, page=page, page_size=page_size),
        )

    def list_org_projects_pages(
        self, slug: str, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[PaginatedProjectList]:
        """Every page of ``list_org_projects``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_org_projects``; each page is one ``GET /api/v1/org/{slug}/projects/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedProjectList]",
            self._pages(operation("orgs.list_org_projects"), slug=slug, page=page, page_size=page_size),
        )

    async def list_orgs(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        created_by: str | None = None,
        search: str | None = None,
    ) -> PaginatedOrgList:
        """List the user's organisations

        ``GET /api/v1/org/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedOrgList",
            await self._call(
                operation("orgs.list_orgs"),
                page=page,
                page_size=page_size,
                created_by=created_by,
                search=search,
            ),
        )

    def iter_list_orgs(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        created_by: str | None = None,
        search: str | None = None,
    ) -> AsyncIterator[Org]:
        """Every item of ``list_orgs``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_orgs``; each page is one ``GET /api/v1/org/`` request.
        """

        return cast(
            "AsyncIterator[Org]",
            self._items(
                operation("orgs.list_orgs"),
                page=page,
                page_size=page_size,
                created_by=created_by,
                search=search,
            ),
        )

    def list_orgs_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        created_by: str | None = None,
        search: str | None = None,
    ) -> AsyncIterator[PaginatedOrgList]:
        """Every page of ``list_orgs``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_orgs``; each page is one ``GET /api/v1/org/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedOrgList]",
            self._pages(
                operation("orgs.list_orgs"),
                page=page,
                page_size=page_size,
                created_by=created_by,
                search=search,
            ),
        )

    async def list_project_properties(self, id: UUID) -> list[Property]:
        """The properties of a project (all of them, unpaginated)

        ``GET /api/v1/project/{id}/properties/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("list[Property]", await self._call(operation("projects.list_project_properties"), id=id))

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
    ) -> PaginatedProjectList:
        """List projects

        ``GET /api/v1/project/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedProjectList",
            await self._call(
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

    def iter_list_projects(
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
    ) -> AsyncIterator[Project]:
        """Every item of ``list_projects``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_projects``; each page is one ``GET /api/v1/project/`` request.
        """

        return cast(
            "AsyncIterator[Project]",
            self._items(
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

    def list_projects_pages(
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
    ) -> AsyncIterator[PaginatedProjectList]:
        """Every page of ``list_projects``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_projects``; each page is one ``GET /api/v1/project/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedProjectList]",
            self._pages(
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
    ) -> PaginatedPropertyList:
        """The properties of one target

        ``GET /api/v1/property/`` — safe to repeat: retried automatically on transient failures.

        `target` (a project UUID or p-- slug, d-- or b-- slug) is required:
        406 without it.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIStatusError: 406 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedPropertyList",
            await self._call(
                operation("properties.list_properties"), page=page, page_size=page_size, target=target
            ),
        )

    def iter_list_properties(
        self, target: str, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Property]:
        """Every item of ``list_properties``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_properties``; each page is one ``GET /api/v1/property/`` request.
        """

        return cast(
            "AsyncIterator[Property]",
            self._items(
                operation("properties.list_properties"), page=page, page_size=page_size, target=target
            ),
        )

    def list_properties_pages(
        self, target: str, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[PaginatedPropertyList]:
        """Every page of ``list_properties``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_properties``; each page is one ``GET /api/v1/property/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedPropertyList]",
            self._pages(
                operation("properties.list_properties"), page=page, page_size=page_size, target=target
            ),
        )

    async def list_reports_of_streamer(self, slug: str) -> list[StreamerReport]:
        """Every report a streamer uploaded (unpaginated)

        ``GET /api/v1/streamer/{slug}/report/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "list[StreamerReport]",
            await self._call(operation("streamers.list_reports_of_streamer"), slug=slug),
        )

    async def list_sensor_graphs(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> PaginatedSensorGraphList:
        """List sensor graphs

        ``GET /api/v1/sg/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedSensorGraphList",
            await self._call(operation("firmware.list_sensor_graphs"), page=page, page_size=page_size),
        )

    def iter_list_sensor_graphs(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SensorGraph]:
        """Every item of ``list_sensor_graphs``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_sensor_graphs``; each page is one ``GET /api/v1/sg/`` request.
        """

        return cast(
            "AsyncIterator[SensorGraph]",
            self._items(operation("firmware.list_sensor_graphs"), page=page, page_size=page_size),
        )

    def list_sensor_graphs_pages(
        self, *, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[PaginatedSensorGraphList]:
        """Every page of ``list_sensor_graphs``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_sensor_graphs``; each page is one ``GET /api/v1/sg/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedSensorGraphList]",
            self._pages(operation("firmware.list_sensor_graphs"), page=page, page_size=page_size),
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
    ) -> PaginatedStreamIdDataList:
        """The data points of a stream

        ``GET /api/v1/stream/{slug}/data/`` — safe to repeat: retried automatically on transient failures.

        Points with `start` <= timestamp < `end`, oldest first. `lastn=N`
        keeps the newest N (still oldest first); N below 1 counts as 1 and
        N above 100,000 as 100,000, and this endpoint never answers 400 for
        it (a `start` or `end` that is not a time does). `output_value` has the stream's output unit
        applied (null when
        the value is not a number).

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedStreamIdDataList",
            await self._call(
                operation("streams.list_stream_data"),
                slug=slug,
                page=page,
                page_size=page_size,
                start=start,
                end=end,
                lastn=lastn,
            ),
        )

    def iter_list_stream_data(
        self,
        slug: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
    ) -> AsyncIterator[StreamIdData]:
        """Every item of ``list_stream_data``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_stream_data``; each page is one ``GET /api/v1/stream/{slug}/data/`` request.
        """

        return cast(
            "AsyncIterator[StreamIdData]",
            self._items(
                operation("streams.list_stream_data"),
                slug=slug,
                page=page,
                page_size=page_size,
                start=start,
                end=end,
                lastn=lastn,
            ),
        )

    def list_stream_data_pages(
        self,
        slug: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        start: str | None = None,
        end: str | None = None,
        lastn: int | None = None,
    ) -> AsyncIterator[PaginatedStreamIdDataList]:
        """Every page of ``list_stream_data``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_stream_data``; each page is one ``GET /api/v1/stream/{slug}/data/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedStreamIdDataList]",
            self._pages(
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
    ) -> PaginatedStreamerReportList:
        """List streamer reports

        ``GET /api/v1/streamer/report/`` — safe to repeat: retried automatically on transient failures.

        `start` and `end` apply to `sent_timestamp`.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedStreamerReportList",
            await self._call(
                operation("streamers.list_streamer_reports"),
                page=page,
                page_size=page_size,
                streamer_slug=streamer_slug,
                created_by_slug=created_by_slug,
                start=start,
                end=end,
            ),
        )

    def iter_list_streamer_reports(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        streamer_slug: str | None = None,
        created_by_slug: str | None = None,
        start: str | None = None,
        end: str | None = None,
    ) -> AsyncIterator[StreamerReport]:
        """Every item of ``list_streamer_reports``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_streamer_reports``; each page is one ``GET /api/v1/streamer/report/`` request.
        """

        return cast(
            "AsyncIterator[StreamerReport]",
            self._items(
                operation("streamers.list_streamer_reports"),
                page=page,
                page_size=page_size,
                streamer_slug=streamer_slug,
                created_by_slug=created_by_slug,
                start=start,
                end=end,
            ),
        )

    def list_streamer_reports_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        streamer_slug: str | None = None,
        created_by_slug: str | None = None,
        start: str | None = None,
        end: str | None = None,
    ) -> AsyncIterator[PaginatedStreamerReportList]:
        """Every page of ``list_streamer_reports``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_streamer_reports``; each page is one ``GET /api/v1/streamer/report/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedStreamerReportList]",
            self._pages(
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
    ) -> PaginatedStreamerList:
        """List streamers

        ``GET /api/v1/streamer/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedStreamerList",
            await self._call(
                operation("streamers.list_streamers"),
                page=page,
                page_size=page_size,
                device=device,
                selector=selector,
                slug=slug,
            ),
        )

    def iter_list_streamers(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        device: str | None = None,
        selector: int | None = None,
        slug: str | None = None,
    ) -> AsyncIterator[Streamer]:
        """Every item of ``list_streamers``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_streamers``; each page is one ``GET /api/v1/streamer/`` request.
        """

        return cast(
            "AsyncIterator[Streamer]",
            self._items(
                operation("streamers.list_streamers"),
                page=page,
                page_size=page_size,
                device=device,
                selector=selector,
                slug=slug,
            ),
        )

    def list_streamers_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        device: str | None = None,
        selector: int | None = None,
        slug: str | None = None,
    ) -> AsyncIterator[PaginatedStreamerList]:
        """Every page of ``list_streamers``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_streamers``; each page is one ``GET /api/v1/streamer/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedStreamerList]",
            self._pages(
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
    ) -> PaginatedStreamList:
        """List streams

        ``GET /api/v1/stream/`` — safe to repeat: retried automatically on transient failures.

        By default only streams of active devices are listed.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedStreamList",
            await self._call(
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

    def iter_list_streams(
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
    ) -> AsyncIterator[Stream]:
        """Every item of ``list_streams``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_streams``; each page is one ``GET /api/v1/stream/`` request.
        """

        return cast(
            "AsyncIterator[Stream]",
            self._items(
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

    def list_streams_pages(
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
    ) -> AsyncIterator[PaginatedStreamList]:
        """Every page of ``list_streams``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_streams``; each page is one ``GET /api/v1/stream/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedStreamList]",
            self._pages(
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
    ) -> PaginatedVariableList:
        """List variables

        ``GET /api/v1/variable/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedVariableList",
            await self._call(
                operation("variables.list_variables"),
                page=page,
                page_size=page_size,
                project=project,
                org=org,
                search=search,
                include_templates=include_templates,
            ),
        )

    def iter_list_variables(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        project: str | None = None,
        org: str | None = None,
        search: str | None = None,
        include_templates: bool | None = None,
    ) -> AsyncIterator[Variable]:
        """Every item of ``list_variables``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_variables``; each page is one ``GET /api/v1/variable/`` request.
        """

        return cast(
            "AsyncIterator[Variable]",
            self._items(
                operation("variables.list_variables"),
                page=page,
                page_size=page_size,
                project=project,
                org=org,
                search=search,
                include_templates=include_templates,
            ),
        )

    def list_variables_pages(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        project: str | None = None,
        org: str | None = None,
        search: str | None = None,
        include_templates: bool | None = None,
    ) -> AsyncIterator[PaginatedVariableList]:
        """Every page of ``list_variables``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_variables``; each page is one ``GET /api/v1/variable/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedVariableList]",
            self._pages(
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
    ) -> PaginatedVarTypeList:
        """List variable types

        ``GET /api/v1/vartype/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: read-only.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "PaginatedVarTypeList",
            await self._call(
                operation("variables.list_vartypes"), page=page, page_size=page_size, search=search
            ),
        )

    def iter_list_vartypes(
        self, *, page: int | None = None, page_size: int | None = None, search: str | None = None
    ) -> AsyncIterator[VarType]:
        """Every item of ``list_vartypes``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_vartypes``; each page is one ``GET /api/v1/vartype/`` request.
        """

        return cast(
            "AsyncIterator[VarType]",
            self._items(operation("variables.list_vartypes"), page=page, page_size=page_size, search=search),
        )

    def list_vartypes_pages(
        self, *, page: int | None = None, page_size: int | None = None, search: str | None = None
    ) -> AsyncIterator[PaginatedVarTypeList]:
        """Every page of ``list_vartypes``, fetched page by page as you iterate (one page held at a time).

        Takes the arguments of ``list_vartypes``; each page is one ``GET /api/v1/vartype/`` request.
        """

        return cast(
            "AsyncIterator[PaginatedVarTypeList]",
            self._pages(operation("variables.list_vartypes"), page=page, page_size=page_size, search=search),
        )

    async def login(self, login_request: LoginRequest | Mapping[str, Any]) -> LoginResponse:
        """Log in with email and password

        ``POST /api/v1/auth/login/`` — not safe to repeat: never retried once the request may have reached the server.

        Answers the account together with a JSON Web Token (`jwt`) and a
        Django REST framework key (`token`). Send the `jwt` as
        `Authorization: JWT <jwt>` afterwards.

        Not idempotent: every call issues a new token.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``str | dict[str, Any]``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("LoginResponse", await self._call(operation("auth.login"), login_request=login_request))

    async def logout(self) -> None:
        """Log out

        ``POST /api/v1/auth/logout/`` — safe to repeat: retried automatically on transient failures.

        Ends the server-side session. A JWT is not revoked: it stays valid
        until it expires.

        Idempotent: logging out twice leaves the same state.

        Raises:
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("auth.logout"))

    async def new_project(self, project_new: ProjectNew | Mapping[str, Any]) -> ProjectId:
        """Create a project the way the web app does, optionally claiming a device into it

        ``POST /api/v1/project/new/`` — not safe to repeat: never retried once the request may have reached the server.

        Answers only the new project's id (a UUID).

        Not idempotent: each call creates another project.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("ProjectId", await self._call(operation("projects.new_project"), project_new=project_new))

    async def new_project_property(self, property_new: PropertyNew | Mapping[str, Any], id: UUID) -> Property:
        """Add a property to a project

        ``POST /api/v1/project/{id}/new_property/`` — not safe to repeat: never retried once the request may have reached the server.

        Not idempotent: a repeat is refused (400) once the name is taken.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Property",
            await self._call(operation("projects.new_project_property"), property_new=property_new, id=id),
        )

    async def obtain_jwt(self, jwt_credentials: JWTCredentials | Mapping[str, Any]) -> JWTToken:
        """Get a JSON Web Token

        ``POST /api/v1/auth/api-jwt-auth/`` — not safe to repeat: never retried once the request may have reached the server.

        `username` takes the email or the user name.

        Not idempotent: every call issues a new token.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "JWTToken", await self._call(operation("auth.obtain_jwt"), jwt_credentials=jwt_credentials)
        )

    async def partial_update_account(
        self, account_update: AccountUpdate | Mapping[str, Any], slug: str
    ) -> Account:
        """Change some fields of the user's account

        ``PATCH /api/v1/account/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: setting the same values again changes nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Account",
            await self._call(
                operation("accounts.partial_update_account"), account_update=account_update, slug=slug
            ),
        )

    async def partial_update_datablock(
        self, data_block_patch: DataBlockPatch | Mapping[str, Any], slug: str
    ) -> DataBlock:
        """Change the title or description of a data block

        ``PATCH /api/v1/datablock/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "DataBlock",
            await self._call(
                operation("datablocks.partial_update_datablock"), data_block_patch=data_block_patch, slug=slug
            ),
        )

    async def partial_update_device(self, device_patch: DevicePatch | Mapping[str, Any], slug: str) -> Device:
        """Change some fields of a device

        ``PATCH /api/v1/device/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Device",
            await self._call(
                operation("devices.partial_update_device"), device_patch=device_patch, slug=slug
            ),
        )

    async def partial_update_device_health(
        self, action_request: ActionRequest | Mapping[str, Any], slug: str
    ) -> ActionResult:
        """Change the health-check settings of a device

        ``PATCH /api/v1/device/{slug}/health/`` — safe to repeat: retried automatically on transient failures.

        The given keys replace the stored ones; the shape is INFERRED (see
        Spec decisions).

        Idempotent: setting the same values again changes nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "ActionResult",
            await self._call(
                operation("devices.partial_update_device_health"), action_request=action_request, slug=slug
            ),
        )

    async def partial_update_event(self, event_patch: EventPatch | Mapping[str, Any], id: int) -> Event:
        """Change the extra data of an event

        ``PATCH /api/v1/event/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Event",
            await self._call(operation("events.partial_update_event"), event_patch=event_patch, id=id),
        )

    async def partial_update_fleet(self, fleet_patch: FleetPatch | Mapping[str, Any], slug: str) -> Fleet:
        """Change some fields of a fleet

        ``PATCH /api/v1/fleet/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Fleet",
            await self._call(operation("fleets.partial_update_fleet"), fleet_patch=fleet_patch, slug=slug),
        )

    async def partial_update_org(self, org_patch: OrgPatch | Mapping[str, Any], slug: str) -> Org:
        """Change some fields of an organisation

        ``PATCH /api/v1/org/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Org", await self._call(operation("orgs.partial_update_org"), org_patch=org_patch, slug=slug)
        )

    async def partial_update_project(
        self, project_patch: ProjectPatch | Mapping[str, Any], id: UUID
    ) -> Project:
        """Change some fields of a project

        ``PATCH /api/v1/project/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Project",
            await self._call(
                operation("projects.partial_update_project"), project_patch=project_patch, id=id
            ),
        )

    async def partial_update_property(
        self, property_patch: PropertyPatch | Mapping[str, Any], id: int
    ) -> Property:
        """Change the value of a property

        ``PATCH /api/v1/property/{id}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Property",
            await self._call(
                operation("properties.partial_update_property"), property_patch=property_patch, id=id
            ),
        )

    async def partial_update_stream(self, stream_patch: StreamPatch | Mapping[str, Any], slug: str) -> Stream:
        """Change some fields of a stream

        ``PATCH /api/v1/stream/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Stream",
            await self._call(
                operation("streams.partial_update_stream"), stream_patch=stream_patch, slug=slug
            ),
        )

    async def partial_update_variable(
        self, variable_patch: VariablePatch | Mapping[str, Any], slug: str
    ) -> Variable:
        """Change some fields of a variable

        ``PATCH /api/v1/variable/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "Variable",
            await self._call(
                operation("variables.partial_update_variable"), variable_patch=variable_patch, slug=slug
            ),
        )

    async def refresh_jwt(self, jwt_token: JWTToken | Mapping[str, Any]) -> JWTToken:
        """Refresh a JSON Web Token

        ``POST /api/v1/auth/api-jwt-refresh/`` — safe to repeat: retried automatically on transient failures.

        Trades a token that has not expired (and is within 180 days of its
        first issue) for a fresh one; 400 otherwise.

        Idempotent: refreshing the same token again gives an equally valid
        token and changes nothing on the server.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("JWTToken", await self._call(operation("auth.refresh_jwt"), jwt_token=jwt_token))

    async def register_fleet_device(
        self, fleet_member: FleetMember | Mapping[str, Any], slug: str
    ) -> FleetMember:
        """Add a device to a fleet

        ``POST /api/v1/fleet/{slug}/register/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: registering a member again leaves one membership.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "FleetMember",
            await self._call(operation("fleets.register_fleet_device"), fleet_member=fleet_member, slug=slug),
        )

    async def register_org(
        self, action_request: ActionRequest | Mapping[str, Any], slug: str
    ) -> ActionResult:
        """Register with an organisation

        ``POST /api/v1/org/{slug}/register/`` — not safe to repeat: never retried once the request may have reached the server.

        Body and reply are INFERRED (see Spec decisions): an open object in,
        an open object out.

        Not idempotent: an action.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "ActionResult",
            await self._call(operation("orgs.register_org"), action_request=action_request, slug=slug),
        )

    async def request_password_reset(self, password_reset: PasswordReset | Mapping[str, Any]) -> ActionResult:
        """Send a password-reset email

        ``POST /api/v1/auth/password/reset/`` — not safe to repeat: never retried once the request may have reached the server.

        Answers the same whether or not an account has that email (INFERRED
        reply, see Spec decisions).

        Not idempotent: every call sends another email.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "ActionResult",
            await self._call(operation("auth.request_password_reset"), password_reset=password_reset),
        )

    async def reset_device(self, slug: str) -> ActionResult:
        """Delete the stream data and events of a device

        ``POST /api/v1/device/{slug}/reset/`` — not safe to repeat: never retried once the request may have reached the server.

        The reply is INFERRED (see Spec decisions): `{count}`, the points and events deleted.

        Not idempotent: an action.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("ActionResult", await self._call(operation("devices.reset_device"), slug=slug))

    async def set_account_password(
        self, set_password: SetPassword | Mapping[str, Any], slug: str
    ) -> ActionResult:
        """Change the user's own password

        ``POST /api/v1/account/{slug}/set_password/`` — safe to repeat: retried automatically on transient failures.

        The body is INFERRED (see Spec decisions). Tokens issued before stay
        valid until they expire.

        Idempotent: setting the same password again changes nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "ActionResult",
            await self._call(
                operation("accounts.set_account_password"), set_password=set_password, slug=slug
            ),
        )

    async def set_device_mask(self, data_mask: DataMask | Mapping[str, Any], slug: str) -> DataMask:
        """Set the data mask of a device

        ``PATCH /api/v1/device/{slug}/mask/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: setting the same mask again changes nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "DataMask", await self._call(operation("devices.set_device_mask"), data_mask=data_mask, slug=slug)
        )

    async def sign_up(self, account_signup: AccountSignup | Mapping[str, Any]) -> Account:
        """Create an account (sign up)

        ``POST /api/v1/account/`` — not safe to repeat: never retried once the request may have reached the server.

        Open to anyone: no token is needed. `password` and
        `confirm_password` must be equal.

        Not idempotent: a second call with the same email answers 400.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Account", await self._call(operation("accounts.sign_up"), account_signup=account_signup))

    async def trim_device(self, device_trim: DeviceTrim | Mapping[str, Any], slug: str) -> ActionResult:
        """Delete the stream data of a device outside a time window

        ``POST /api/v1/device/{slug}/trim/`` — not safe to repeat: never retried once the request may have reached the server.

        The body `{start?, end?}` and the reply `{count}` are INFERRED (see Spec decisions): points
        before `start` or at or after `end` are deleted.

        Not idempotent: an action.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "ActionResult",
            await self._call(operation("devices.trim_device"), device_trim=device_trim, slug=slug),
        )

    async def unclaim_device(self, slug: str) -> Device:
        """Release a device from its project

        ``POST /api/v1/device/{slug}/unclaim/`` — not safe to repeat: never retried once the request may have reached the server.

        The device leaves its project and organisation; its data stays. The reply is INFERRED (the
        device, as `claim/` answers).

        Not idempotent: an action.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Device", await self._call(operation("devices.unclaim_device"), slug=slug))

    async def update_org(self, org_write: OrgWrite | Mapping[str, Any], slug: str) -> Org:
        """Replace an organisation's fields

        ``PUT /api/v1/org/{slug}/`` — safe to repeat: retried automatically on transient failures.

        Idempotent: the same values again change nothing.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("Org", await self._call(operation("orgs.update_org"), org_write=org_write, slug=slug))

    async def upgrade_device(
        self, device_upgrade: DeviceUpgrade | Mapping[str, Any], slug: str
    ) -> ActionResult:
        """Schedule a firmware upgrade of a device

        ``POST /api/v1/device/{slug}/upgrade/`` — not safe to repeat: never retried once the request may have reached the server.

        The body `{firmware}` is documented; the reply is INFERRED (see Spec decisions).

        Not idempotent: an action.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            NotFoundError: 404 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "ActionResult",
            await self._call(operation("devices.upgrade_device"), device_upgrade=device_upgrade, slug=slug),
        )

    async def upload_event(self, event_upload: EventUpload | Mapping[str, Any]) -> EventUploadResult:
        """Upload an event with a data file

        ``POST /api/v1/event/upload/`` — not safe to repeat: never retried once the request may have reached the server.

        A multipart form: the file (JSON, or gzipped JSON) in the `file`
        part, the event's stream, timestamp and JSON-encoded extra data as
        fields.

        Not idempotent: a repeat adds another event.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "EventUploadResult", await self._call(operation("events.upload_event"), event_upload=event_upload)
        )

    async def upload_streamer_report(
        self, streamer_report_upload: StreamerReportUpload | Mapping[str, Any], timestamp: str
    ) -> StreamerReportUploadResult:
        """Upload a streamer report

        ``POST /api/v1/streamer/report/`` — not safe to repeat: never retried once the request may have reached the server.

        A multipart form with the report in the `file` part and the time it
        was sent in the `timestamp` query parameter. The parser is chosen by
        the file name's extension: `.bin` (or none) binary, `.json` or `.mp`
        the v2 JSON/msgpack format
        `{format, device, streamer_index, streamer_selector,
        device_sent_timestamp, incremental_id, lowest_id, highest_id, data,
        events}`. No file answers 400 `{"error": "missing
        request.data['file']"}`; no timestamp 400 `{"error": "missing
        timestamp argument"}`.

        Not idempotent: a repeat is stored as another report.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            AuthenticationError: 401 (``error`` holds a ``ErrorDetail``).
            PermissionDeniedError: 403 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "StreamerReportUploadResult",
            await self._call(
                operation("streamers.upload_streamer_report"),
                streamer_report_upload=streamer_report_upload,
                timestamp=timestamp,
            ),
        )

    async def verify_jwt(self, jwt_token: JWTToken | Mapping[str, Any]) -> JWTToken:
        """Check a JSON Web Token

        ``POST /api/v1/auth/api-jwt-verify/`` — safe to repeat: retried automatically on transient failures.

        200 with the token when it is valid, 400 otherwise.

        Idempotent: read-only.

        Raises:
            BadRequestError: 400 (``error`` holds a ``ErrorDetail``).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("JWTToken", await self._call(operation("auth.verify_jwt"), jwt_token=jwt_token))
