"""CalculatedValues (specs/iotticket.openapi.yaml: #/components/schemas/CalculatedValues)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class CalculatedValues(Model):
    """CalculatedValues.

    Attributes:
        values (list[TimeseriesValue])
    """

    values: list[TimeseriesValue]


# Imported after the class so that models referring to each other resolve without cycles.
from .timeseries_value import TimeseriesValue  # noqa: E402
