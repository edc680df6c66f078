"""EventPatch (specs/iotile.openapi.yaml: #/components/schemas/EventPatch)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class EventPatch(Model):
    """EventPatch.

    Attributes:
        extra_data (EventExtraData, optional): Free-form data of an event.
    """

    extra_data: EventExtraData | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .event_extra_data import EventExtraData  # noqa: E402
