"""TelemetryItem (specs/iotticket.openapi.yaml: #/components/schemas/TelemetryItem)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class TelemetryItem(Model):
    """TelemetryItem.

    Attributes:
        n (str): The measurement name; it becomes the attribute identifier.
        dt (DataType)
        data (list[TelemetryPoint])
        unit (str, optional)
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "data": {"min_length": 1, "type": "array"},
        "n": {"min_length": 1, "type": "string"},
        "unit": {"max_length": 255, "type": "string"},
    }

    n: str
    dt: DataType
    data: list[TelemetryPoint]
    unit: str | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .data_type import DataType  # noqa: E402
from .telemetry_point import TelemetryPoint  # noqa: E402
