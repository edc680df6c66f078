"""Sensor graphs (``/sg/``) and device templates (``/dt/``): what devices name in ``sg`` and ``template``.

The catalogue is fixed demo data: the sensor graph and template every seeded device runs, and one
alternative of each so that a device can be moved to another sensor graph. A device PATCH that
names a slug outside the catalogue is refused as DRF refuses an unknown slug-related object.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from iotclients_sandbox.iotile.calls import Call, IOTileError, Reply, paginate_list

__all__ = ["DEVICE_TEMPLATES", "SENSOR_GRAPHS", "Firmware", "check_firmware_fields"]

SENSOR_GRAPHS: Final[Mapping[str, Mapping[str, Any]]] = {
    "water-meter-v1-1-0": {
        "slug": "water-meter-v1-1-0",
        "name": "Water Meter",
        "app_tag": 1027,
        "app_major_version": 1,
        "app_minor_version": 1,
        "version": "v1.1.0",
    },
    "shipping-v1-0-0": {
        "slug": "shipping-v1-0-0",
        "name": "Shipping",
        "app_tag": 1024,
        "app_major_version": 1,
        "app_minor_version": 0,
        "version": "v1.0.0",
    },
}
DEVICE_TEMPLATES: Final[Mapping[str, Mapping[str, Any]]] = {
    "1027-water-meter-v1-0-0": {
        "slug": "1027-water-meter-v1-0-0",
        "external_sku": "Water Meter",
        "os_tag": 1027,
        "os_major_version": 1,
        "os_minor_version": 0,
        "version": "v1.0.0",
    },
    "internaltestingtemplate-v0-1-0": {
        "slug": "internaltestingtemplate-v0-1-0",
        "external_sku": "Internal Testing",
        "os_tag": 0,
        "os_major_version": 0,
        "os_minor_version": 1,
        "version": "v0.1.0",
    },
}
_CATALOGUES: Final = {"sg": SENSOR_GRAPHS, "template": DEVICE_TEMPLATES}


def check_firmware_fields(body: Mapping[str, Any]) -> dict[str, str]:
    """The ``sg``/``template`` a device PATCH sets (400 naming the field when the slug is unknown)."""
    found: dict[str, str] = {}
    for key, catalogue in _CATALOGUES.items():
        if key not in body:
            continue
        value = body[key]
        if not isinstance(value, str) or value not in catalogue:
            raise IOTileError(400, {key: [f"Object with slug={value} does not exist."]})
        found[key] = value
    return found


def _copy(record: Mapping[str, Any]) -> dict[str, Any]:
    return dict(record)


class Firmware:
    def list_sensor_graphs(self, call: Call) -> Reply:
        call.require_user()
        return Reply(200, paginate_list(call, list(SENSOR_GRAPHS.values()), _copy))

    def get_sensor_graph(self, call: Call) -> Reply:
        return Reply(200, _copy(self._one(call, SENSOR_GRAPHS)))

    def list_device_templates(self, call: Call) -> Reply:
        call.require_user()
        return Reply(200, paginate_list(call, list(DEVICE_TEMPLATES.values()), _copy))

    def get_template(self, call: Call) -> Reply:
        return Reply(200, _copy(self._one(call, DEVICE_TEMPLATES)))

    @staticmethod
    def _one(call: Call, catalogue: Mapping[str, Mapping[str, Any]]) -> Mapping[str, Any]:
        call.require_user()
        record = catalogue.get(call.path["slug"])
        if record is None:
            raise IOTileError.detail(404, "Not found.")
        return record
