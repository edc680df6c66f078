"""CalculatedValues (specs/iotticket.openapi.yaml: #/components/schemas/CalculatedValues)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class CalculatedValues(Model):
    """CalculatedValues.

    Attributes:
        values (list[TimeseriesValue])
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {"values": {"min_length": 1, "type": "array"}}

    values: list[TimeseriesValue]


# Imported after the class so that models referring to each other resolve without cycles.
from .timeseries_value import TimeseriesValue  # noqa: E402
