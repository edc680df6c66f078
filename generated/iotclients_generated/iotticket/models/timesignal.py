"""Timesignal (specs/iotticket.openapi.yaml: #/components/schemas/Timesignal)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import AwareDatetime, Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Timesignal(Model):
    """Timesignal.

    Attributes:
        id (str)
        ts (AwareDatetime)
        value (JsonObject): Any JSON object.
    """

    id: str
    ts: AwareDatetime
    value: JsonObject


# Imported after the class so that models referring to each other resolve without cycles.
from .json_object import JsonObject  # noqa: E402
