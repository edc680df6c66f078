"""TimesignalItem (specs/iotticket.openapi.yaml: #/components/schemas/TimesignalItem)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class TimesignalItem(Model):
    """TimesignalItem.

    Attributes:
        n (str)
        ts (str)
        id (str)
        value (JsonObject): Any JSON object.
    """

    n: str
    ts: str
    id: str
    value: JsonObject


# Imported after the class so that models referring to each other resolve without cycles.
from .json_object import JsonObject  # noqa: E402
