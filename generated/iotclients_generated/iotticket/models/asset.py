"""Asset (specs/iotticket.openapi.yaml: #/components/schemas/Asset)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Asset(Model):
    """Asset.

    Attributes:
        id (str)
        name (str)
        parent_id (None | str, wire name parentId): null for a root asset.
        description (None | str, optional)
        template_id (None | str, optional, wire name templateId): Filled when includeTemplates=true.
        active_event_type (EventType, optional, wire name activeEventType)
    """

    __wire_names__: ClassVar[dict[str, str]] = {
        "active_event_type": "activeEventType",
        "parent_id": "parentId",
        "template_id": "templateId",
    }

    id: str
    name: str
    parent_id: None | str
    description: None | str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    active_event_type: EventType | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .event_type import EventType  # noqa: E402
