"""``AsyncIoTTicketClient``: the ``IoTTicketClient`` API as coroutines: every method of the
IoT-TICKET Python SDK (same names, parameters and defaults) on top of the generated operations.

Every locator rule, enum, limit and ``tz`` is checked before any request; errors name the
arguments and the rule. Locators by name use a cached snapshot of the asset tree.
"""

from __future__ import annotations

from collections.abc import Coroutine, Mapping
from typing import TYPE_CHECKING, Any

from iotclients.core.write_results import checked

from . import plans_activity as activity
from . import plans_analytics as analytics
from . import plans_catalog as catalog
from . import plans_data as data
from . import plans_writes as writes
from ._base import AsyncClientBase
from .results import CommandLogEntry, WriteResult

if TYPE_CHECKING:
    from iotclients_generated.iotticket.models import (
        ActiveAssetEvent,
        AnalyticsItem,
        Asset,
        AssetAttribute,
        AssetTemplate,
        AssetTemplateDetail,
        AttributeTimeseries,
        CommandAccepted,
        Credential,
        Device,
        HistoryAssetEvent,
        MLModelDetail,
        MLModelSummary,
        MLServiceDetail,
        OnnxModelDetail,
        OrganizationDetails,
        TimeseriesQuery,
    )


__all__ = ["AsyncIoTTicketClient"]


class AsyncIoTTicketClient(AsyncClientBase):
    """Async IoT-TICKET client (``async with AsyncIoTTicketClient() as client: ...``).

    ``client_id``/``client_secret`` (OAuth2 client credentials) default to
    ``$IOTTICKET_CLIENT_ID``/``$IOTTICKET_CLIENT_SECRET``, ``organization_id`` (the default
    organization) to ``$IOTTICKET_ORGANIZATION_ID`` and ``base_url`` to ``$IOTTICKET_BASE_URL`` or
    ``https://cloud.iot-ticket.com`` (point it at ``iotclients sandbox --vendor iotticket``).

    Two results differ from the seed's on purpose. Writes return a ``WriteResult`` where the seed
    returns ``True``: truthy exactly when every request was accepted, so ``if client.write_...``
    reads as before, and listing each request with the items it carried and its error.
    ``get_command_details`` returns ``CommandLogEntry`` objects (the fields of the seed's
    ``SimpleCommandLogData``) whose ``timestamp`` is a datetime in ``tz`` or, with
    ``timestamp='epoch'``, epoch milliseconds.
    """

    # -- assets ---------------------------------------------------------------------------------

    async def get_all_assets(
        self, templates: bool | None = None, event_types: bool | None = None
    ) -> list[Asset]:
        return await self._run(catalog.get_all_assets(self._session, templates, event_types))

    async def get_asset_template(
        self, template_id: str | None = None, template_name: str | None = None
    ) -> AssetTemplateDetail:
        return await self._run(catalog.get_asset_template(self._session, template_id, template_name))

    async def get_asset_templates(self) -> list[AssetTemplate]:
        return await self.list_asset_templates(self.organization_id)

    async def get_assets(
        self, asset_id: str | None = None, asset_name: str | None = None, names_path: list[str] | None = None
    ) -> list[Asset]:
        return await self._run(catalog.get_assets(self._session, asset_id, asset_name, names_path))

    async def get_attributes(
        self,
        asset_id: str | None = None,
        asset_name: str | None = None,
        names_path: list[str] | None = None,
        attribute_type: str | None = None,
    ) -> list[AssetAttribute]:
        return await self._run(
            catalog.get_attributes(self._session, asset_id, asset_name, names_path, attribute_type)
        )

    async def print_asset_tree(
        self, asset_id: str | None = None, asset_name: str | None = None, names_path: list[str] | None = None
    ) -> None:
        for line in await self._run(
            catalog.asset_tree_lines(self._session, asset_id, asset_name, names_path)
        ):
            print(line)

    # -- commands -------------------------------------------------------------------------------

    async def get_command_details(
        self,
        names_path: list[str] | None = None,
        asset_name: str | None = None,
        asset_id: str | None = None,
        identifier_name: str | None = None,
        timestamp: str = "datetime",
        tz: str | None = None,
    ) -> list[CommandLogEntry]:
        """The latest log entry of each Command attribute of the asset (only those whose identifier
        name is ``identifier_name``, when given). Each ``CommandLogEntry`` carries the fields of the
        seed's ``SimpleCommandLogData``, its ``timestamp`` in ``tz`` or, with ``timestamp='epoch'``,
        in epoch milliseconds (``to_dict()`` gives the wire's keys)."""
        return await self._run(activity.get_command_details(self._session, self._arguments(locals())))

    async def send_command(
        self,
        payload: Any = None,
        template_variables: dict[str, Any] | None = None,
        names_path: list[str] | None = None,
        asset_name: str | None = None,
        asset_id: str | None = None,
        attribute_name: str | None = None,
        attribute_id: str | None = None,
        aggregated: bool = False,
    ) -> CommandAccepted:
        return await self._run(activity.send(self._session, self._arguments(locals()), control=False))

    async def send_control_command(
        self,
        desired_value: Any,
        names_path: list[str] | None = None,
        asset_name: str | None = None,
        asset_id: str | None = None,
        attribute_name: str | None = None,
        attribute_id: str | None = None,
        skip_first_command: bool = False,
    ) -> CommandAccepted:
        return await self._run(activity.send(self._session, self._arguments(locals()), control=True))

    # -- credentials and organizations -----------------------------------------------------------

    async def get_credentials(self, organization_id: str | None = None) -> list[Credential]:
        return await self.list_credentials(organization_id or self.organization_id)

    async def get_credential_query(
        self,
        organization_id: str | None = None,
        credential_id: str | None = None,
        credential_name: str | None = None,
        client_id: str | None = None,
        scope: str | None = None,
    ) -> Credential:
        return await self._run(
            catalog.get_credential_query(
                self._session,
                organization_id,
                credential_id=credential_id,
                credential_name=credential_name,
                client_id=client_id,
                scope=scope,
            )
        )

    async def get_organization_details(self, organization_id: str | None = None) -> OrganizationDetails:
        return await self.read_organization(organization_id or self.organization_id)

    # -- data -----------------------------------------------------------------------------------

    async def get_multiple_timeseries(
        self,
        names_path: list[str] | None = None,
        asset_name: str | None = None,
        asset_id: str | None = None,
        attribute_ids: list[str] | None = None,
        start_time: Any = None,
        end_time: Any = None,
        chronological_order: bool = False,
        limit: int = 10000,
        form: str = "DataFrame",
        astype: type = str,
        timestamp: str = "datetime",
        column_names: list[str] | None = None,
        tz: str | None = None,
    ) -> Any:
        return await self._run(data.get_multiple_timeseries(self._session, self._arguments(locals())))

    async def query_timeseries(
        self, timeseries_query: TimeseriesQuery | Mapping[str, Any], org_id: str
    ) -> list[AttributeTimeseries]:
        """The spec's ``query_timeseries`` for any number of attribute ids: one entry per id, in
        order; the ids go out in requests of at most the spec's per-call cap
        (``x-iotclients-batch``), ``concurrency`` of them at a time."""
        return await self._run(
            data.query_timeseries(self._session, timeseries_query, org_id, self._concurrency)
        )

    async def get_statistics(
        self,
        period: str,
        dimension: str,
        names_path: list[str] | None = None,
        attribute_id: str | None = None,
        start_time: Any = None,
        end_time: Any = None,
        limit: int | None = None,
        timestamp: str = "datetime",
        tz: str | None = None,
    ) -> list[dict[str, Any]]:
        return await self._run(data.get_statistics(self._session, self._arguments(locals())))

    async def get_timeseries(
        self,
        names_path: list[str] | None = None,
        attribute_id: str | None = None,
        start_time: Any = None,
        end_time: Any = None,
        chronological_order: bool = False,
        limit: int = 10000,
        form: str = "DataFrame",
        astype: type = str,
        timestamp: str = "datetime",
        tz: str | None = None,
    ) -> Any:
        return await self._run(data.get_timeseries(self._session, self._arguments(locals())))

    async def get_timesignal(
        self,
        timesignal_id: str,
        attribute_id: str | None = None,
        names_path: list[str] | None = None,
        timestamp: str = "datetime",
        tz: str | None = None,
    ) -> dict[str, Any]:
        return await self._run(data.get_timesignal(self._session, self._arguments(locals())))

    async def write_calculated(
        self,
        data: Any,
        names_path: list[str] | None = None,
        attribute_ids: list[str] | None = None,
        tz: str | None = None,
        *,
        check: bool = False,
    ) -> WriteResult:
        """Calculated values, one request per column (and per 10,000 values); returns a
        ``WriteResult`` (truthy when every request was accepted: the seed's ``True``)."""
        result: WriteResult = await self._run(
            writes.write_calculated(self._session, self._arguments(locals()))
        )
        return checked(result, check)

    async def write_static(
        self,
        data: list[Any],
        attribute_ids: list[str] | None = None,
        names_path: list[str] | None = None,
        attribute_names: list[str] | None = None,
        *,
        check: bool = False,
    ) -> WriteResult:
        """One static value per attribute (Number or String), one request each; returns a
        ``WriteResult``, truthy when every request was accepted; ``list(result)`` is the seed's
        ``[bool]``, one flag per value."""
        plan = writes.write_static(self._session, self._arguments(locals()))
        result: WriteResult = await self._run(plan)
        return checked(result, check)

    async def write_telemetry(
        self,
        data: Any,
        device_id: str,
        device_username: str,
        device_password: str,
        units: list[str] | None = None,
        set_id: str | None = None,
        tz: str | None = None,
        *,
        check: bool = False,
    ) -> WriteResult:
        """Packed into as few bodies of at most 2,048 bytes as it can; NaN rows are dropped (and
        listed in ``dropped``) for telemetry data and refused for a data set. Returns a
        ``WriteResult``, truthy when every request was accepted (the seed's ``True``), listing each
        request with the rows it carried and its error if refused."""
        result: WriteResult = await self._run(
            writes.write_telemetry(self._session, self._arguments(locals()))
        )
        return checked(result, check)

    async def write_timesignal(
        self,
        device_id: str,
        device_username: str,
        device_password: str,
        attribute_name: str,
        timestamp: Any,
        timesignal_id: str,
        value: dict[str, Any],
        tz: str | None = None,
        *,
        check: bool = False,
    ) -> WriteResult:
        """One timesignal through the device's http-adapter; returns a ``WriteResult``
        (truthy when the request was accepted: the seed's ``True``)."""
        result: WriteResult = await self._run(
            writes.write_timesignal(self._session, self._arguments(locals()))
        )
        return checked(result, check)

    async def write_timesignals(
        self,
        device_id: str,
        device_username: str,
        device_password: str,
        payload: dict[str, Any],
        tz: str | None = None,
        *,
        check: bool = False,
    ) -> WriteResult:
        """Timesignals ``{'ts': [...]}`` packed into bodies of at most 2,048 bytes; returns a
        ``WriteResult`` (truthy when every request was accepted: the seed's ``True``)."""
        result: WriteResult = await self._run(
            writes.write_timesignals(self._session, self._arguments(locals()))
        )
        return checked(result, check)

    # -- devices --------------------------------------------------------------------------------

    async def get_device(self, device_id: str) -> Device:
        return await self.read_device(self.organization_id, device_id)

    async def get_devices(
        self, asset_id: str | None = None, asset_name: str | None = None, names_path: list[str] | None = None
    ) -> list[str]:
        return await self._run(catalog.get_devices(self._session, asset_id, asset_name, names_path))

    # -- events ---------------------------------------------------------------------------------

    @property
    def asset_event_active_count(self) -> Coroutine[Any, Any, int]:
        """How many events are active (``await client.asset_event_active_count``); raises above 10,000."""
        return self._run(activity.active_count(self._session))

    async def get_asset_event_history(
        self,
        asset_ids: list[str] | None = None,
        asset_names: list[str] | None = None,
        event_type: str | None = None,
        start_time: Any = None,
        end_time: Any = None,
        acknowledged: bool = True,
        only_acknowledged: bool = False,
        limit: int = 10000,
    ) -> list[HistoryAssetEvent]:
        return await self._run(activity.get_asset_event_history(self._session, self._arguments(locals())))

    async def get_asset_events_active(
        self,
        asset_ids: list[str] | None = None,
        asset_names: list[str] | None = None,
        event_type: str | None = None,
        start_time: Any = None,
        acknowledged: bool = True,
        limit: int = 10000,
    ) -> list[ActiveAssetEvent]:
        return await self._run(activity.get_asset_events_active(self._session, self._arguments(locals())))

    async def write_device_event(
        self,
        device_id: str,
        device_username: str,
        device_password: str,
        event_id: str,
        message: str,
        timestamp: Any,
        event_group_name: str | None = None,
        event_type: str | None = None,
        severity: str | None = None,
        is_active: bool | None = None,
        tz: str | None = None,
        *,
        check: bool = False,
    ) -> WriteResult:
        """One device event through the device's http-adapter; returns a ``WriteResult``
        (truthy when the request was accepted: the seed's ``True``)."""
        result: WriteResult = await self._run(
            writes.write_device_event(self._session, self._arguments(locals()))
        )
        return checked(result, check)

    async def write_device_events(
        self,
        device_id: str,
        device_username: str,
        device_password: str,
        payload: dict[str, Any],
        tz: str | None = None,
        *,
        check: bool = False,
    ) -> WriteResult:
        """Device events ``{'e': [...]}`` packed into bodies of at most 2,048 bytes; returns a
        ``WriteResult`` (truthy when every request was accepted: the seed's ``True``)."""
        result: WriteResult = await self._run(
            writes.write_device_events(self._session, self._arguments(locals()))
        )
        return checked(result, check)

    # -- ML models, services and ONNX models -----------------------------------------------------

    @property
    def analytics_items_count(self) -> Coroutine[Any, Any, int]:
        """How many ML models, ML services and ONNX models are registered
        (``await client.analytics_items_count``)."""
        return self._run(analytics.items_count(self._session))

    async def get_all_analytics_items(self) -> list[AnalyticsItem]:
        return await self.list_analytics_items(self.organization_id)

    async def get_model_list(self) -> list[MLModelSummary]:
        return await self.list_ml_models(self.organization_id)

    async def get_model_details(
        self, model_name: str | None = None, model_id: str | None = None
    ) -> MLModelDetail:
        return await self._run(analytics.model_details(self._session, model_name, model_id))

    async def register_model(self, model: dict[str, Any]) -> str:
        return await self._run(analytics.register(self._session, "model", model, "model"))

    async def update_model(self, model: dict[str, Any]) -> bool:
        return await self._run(analytics.update_item(self._session, "model", model, "model"))

    async def delete_model(self, model_name: str | None = None, model_id: str | None = None) -> bool:
        return await self._run(analytics.delete_item(self._session, "model", model_name, model_id))

    async def get_onnx_model_list(self) -> list[AnalyticsItem]:
        return await self.list_onnx_models(self.organization_id)

    async def get_onnx_model_details(
        self, model_name: str | None = None, model_id: str | None = None
    ) -> OnnxModelDetail:
        return await self._run(analytics.onnx_details(self._session, model_name, model_id))

    async def register_onnx_model(
        self, name: str, file_location: str, description: str | None = None, help_text: str | None = None
    ) -> str:
        return await self._run(
            analytics.register_onnx(self._session, name, file_location, description, help_text)
        )

    async def update_onnx_model(self, payload: dict[str, Any], model_id: str | None = None) -> bool:
        return await self._run(analytics.update_onnx(self._session, payload, model_id))

    async def delete_onnx_model(self, model_name: str | None = None, model_id: str | None = None) -> bool:
        return await self._run(analytics.delete_item(self._session, "onnx", model_name, model_id))

    async def get_service_list(self) -> list[MLServiceDetail]:
        return await self.list_ml_services(self.organization_id)

    async def get_service_details(
        self, service_name: str | None = None, service_id: str | None = None
    ) -> MLServiceDetail:
        return await self._run(analytics.service_details(self._session, service_name, service_id))

    async def register_service(self, service: dict[str, Any]) -> str:
        return await self._run(analytics.register(self._session, "service", service, "service"))

    async def update_service(
        self, service: dict[str, Any], service_name: str | None = None, service_id: str | None = None
    ) -> bool:
        return await self._run(
            analytics.update_item(
                self._session, "service", service, "service", name=service_name, item_id=service_id
            )
        )

    async def delete_service(self, service_name: str | None = None, service_id: str | None = None) -> bool:
        return await self._run(analytics.delete_item(self._session, "service", service_name, service_id))
