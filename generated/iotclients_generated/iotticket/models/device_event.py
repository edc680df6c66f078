"""DeviceEvent (specs/iotticket.openapi.yaml: #/components/schemas/DeviceEvent)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DeviceEvent(Model):
    """DeviceEvent.

    Attributes:
        id (str)
        m (str)
        ts (int | str): An ISO-8601 timestamp (UTC when it has no offset) or an integer
            epoch in milliseconds, the two forms the SDK documents.
        gn (str, optional)
        type (EventType, optional)
        severity (Severity, optional)
        active (bool, optional)
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "gn": {"max_length": 255, "type": "string"},
        "id": {"max_length": 255, "min_length": 1, "type": "string"},
        "m": {"max_length": 255, "type": "string"},
    }

    id: str
    m: str
    ts: int | str
    gn: str | Unset = UNSET
    type: EventType | Unset = UNSET
    severity: Severity | Unset = UNSET
    active: bool | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .event_type import EventType  # noqa: E402
from .severity import Severity  # noqa: E402
