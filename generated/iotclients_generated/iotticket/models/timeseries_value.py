"""TimeseriesValue (specs/iotticket.openapi.yaml: #/components/schemas/TimeseriesValue)."""

from __future__ import annotations

from typing import Any

from attrs import define
from iotclients.core.model import AwareDatetime, Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class TimeseriesValue(Model):
    """TimeseriesValue.

    Attributes:
        ts (AwareDatetime)
        v (Any): The value (number, string or boolean).
    """

    ts: AwareDatetime
    v: Any
