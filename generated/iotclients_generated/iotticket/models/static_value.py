"""StaticValue (specs/iotticket.openapi.yaml: #/components/schemas/StaticValue)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class StaticValue(Model):
    """StaticValue.

    Attributes:
        value (float | str)
    """

    value: float | str
