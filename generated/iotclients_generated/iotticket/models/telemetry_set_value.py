"""TelemetrySetValue (specs/iotticket.openapi.yaml: #/components/schemas/TelemetrySetValue)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class TelemetrySetValue(Model):
    """TelemetrySetValue.

    Attributes:
        n (str)
        dt (DataType)
        value (bool | float | str)
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {"n": {"min_length": 1, "type": "string"}}

    n: str
    dt: DataType
    value: bool | float | str


# Imported after the class so that models referring to each other resolve without cycles.
from .data_type import DataType  # noqa: E402
