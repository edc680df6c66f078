# ruff: noqa: E501  (the seed's signature lines are quoted verbatim)
"""Every method of the IoT-TICKET seed document exists on both clients with the seed's parameter
names, order and defaults (as the seed document prints them), and both properties exist."""

from __future__ import annotations

import ast
import inspect
import re
from typing import Any

import pytest

from iotclients.iotticket import AsyncIoTTicketClient, IoTTicketClient

# The signature lines of the seed document (DAS-SDK 0.2.x ``das.iot_client.interfaces``), verbatim.
SEED = """
delete_model(model_name=None, model_id=None)
delete_onnx_model(model_name=None, model_id=None)
delete_service(service_name=None, service_id=None)
get_all_analytics_items()
get_all_assets(templates=None, event_types=None)
get_asset_event_history(asset_ids=None, asset_names=None, event_type=None, start_time=None, end_time=None, acknowledged=True, only_acknowledged=False, limit=10000)
get_asset_events_active(asset_ids=None, asset_names=None, event_type=None, start_time=None, acknowledged=True, limit=10000)
get_asset_template(template_id=None, template_name=None)
get_asset_templates()
get_assets(asset_id=None, asset_name=None, names_path=None)
get_attributes(asset_id=None, asset_name=None, names_path=None, attribute_type=None)
get_command_details(names_path=None, asset_name=None, asset_id=None, identifier_name=None, timestamp='datetime', tz=None)
get_credential_query(organization_id=None, credential_id=None, credential_name=None, client_id=None, scope=None)
get_credentials(organization_id=None)
get_device(device_id)
get_devices(asset_id=None, asset_name=None, names_path=None)
get_model_details(model_name=None, model_id=None)
get_model_list()
get_multiple_timeseries(names_path=None, asset_name=None, asset_id=None, attribute_ids=None, start_time=None, end_time=None, chronological_order=False, limit=10000, form='DataFrame', astype=<class 'str'>, timestamp='datetime', column_names=None, tz=None)
get_onnx_model_details(model_name=None, model_id=None)
get_onnx_model_list()
get_organization_details(organization_id=None)
get_organizations()
get_service_details(service_name=None, service_id=None)
get_service_list()
get_statistics(period, dimension, names_path=None, attribute_id=None, start_time=None, end_time=None, limit=None, timestamp='datetime', tz=None)
get_timeseries(names_path=None, attribute_id=None, start_time=None, end_time=None, chronological_order=False, limit=10000, form='DataFrame', astype=<class 'str'>, timestamp='datetime', tz=None)
get_timesignal(timesignal_id, attribute_id=None, names_path=None, timestamp='datetime', tz=None)
print_asset_tree(asset_id=None, asset_name=None, names_path=None)
register_model(model)
register_onnx_model(name, file_location, description=None, help_text=None)
register_service(service)
send_command(payload=None, template_variables=None, names_path=None, asset_name=None, asset_id=None, attribute_name=None, attribute_id=None, aggregated=False)
send_control_command(desired_value, names_path=None, asset_name=None, asset_id=None, attribute_name=None, attribute_id=None, skip_first_command=False)
update_model(model)
update_onnx_model(payload, model_id=None)
update_service(service, service_name=None, service_id=None)
write_calculated(data, names_path=None, attribute_ids=None, tz=None)
write_device_event(device_id, device_username, device_password, event_id, message, timestamp, event_group_name=None, event_type=None, severity=None, is_active=None, tz=None)
write_device_events(device_id, device_username, device_password, payload, tz=None)
write_static(data, attribute_ids=None, names_path=None, attribute_names=None)
write_telemetry(data, device_id, device_username, device_password, units=None, set_id=None, tz=None)
write_timesignal(device_id, device_username, device_password, attribute_name, timestamp, timesignal_id, value, tz=None)
write_timesignals(device_id, device_username, device_password, payload, tz=None)
"""
_SIGNATURE = re.compile(r"^([a-z_]+)\(((?:[a-z_]+(?:=[^,]+)?(?:, )?)*)\)$")


def _default(text: str) -> Any:
    if text == "<class 'str'>":
        return str
    return ast.literal_eval(text)


def seed_signatures() -> dict[str, list[tuple[str, Any]]]:
    found: dict[str, list[tuple[str, Any]]] = {}
    for line in SEED.splitlines():
        match = _SIGNATURE.match(line.strip())
        if match is None or "[" in line:
            continue
        params = []
        for part in filter(None, match.group(2).split(", ")):
            name, _, default = part.partition("=")
            params.append((name, _default(default) if default else inspect.Parameter.empty))
        found[match.group(1)] = params
    return found


SIGNATURES = seed_signatures()


def test_the_seed_was_read() -> None:
    assert len(SIGNATURES) == 44


@pytest.mark.parametrize("client_class", [IoTTicketClient, AsyncIoTTicketClient])
@pytest.mark.parametrize(("name", "params"), sorted(SIGNATURES.items()))
def test_seed_method_has_the_same_signature(
    client_class: type, name: str, params: list[tuple[str, Any]]
) -> None:
    method = getattr(client_class, name)
    parameters = list(inspect.signature(method).parameters.values())[1:]
    ours = [(p.name, p.default) for p in parameters if p.kind is not p.KEYWORD_ONLY]
    assert ours == params
    # Options added since (``check=``) are keyword-only with a default: every seed call still works.
    assert all(p.default is not p.empty for p in parameters if p.kind is p.KEYWORD_ONLY)
    assert inspect.iscoroutinefunction(method) is (client_class is AsyncIoTTicketClient)


@pytest.mark.parametrize("client_class", [IoTTicketClient, AsyncIoTTicketClient])
@pytest.mark.parametrize("name", ["asset_event_active_count", "analytics_items_count"])
def test_seed_properties(client_class: type, name: str) -> None:
    assert isinstance(inspect.getattr_static(client_class, name), property)
