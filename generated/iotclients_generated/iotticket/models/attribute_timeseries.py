"""AttributeTimeseries (specs/iotticket.openapi.yaml: #/components/schemas/AttributeTimeseries)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class AttributeTimeseries(Model):
    """AttributeTimeseries.

    Attributes:
        attribute_id (str, wire name attributeId)
        values (list[TimeseriesValue])
    """

    __wire_names__: ClassVar[dict[str, str]] = {"attribute_id": "attributeId"}

    attribute_id: str
    values: list[TimeseriesValue]


# Imported after the class so that models referring to each other resolve without cycles.
from .timeseries_value import TimeseriesValue  # noqa: E402
