"""AnalyticsItem (specs/iotticket.openapi.yaml: #/components/schemas/AnalyticsItem)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class AnalyticsItem(Model):
    """AnalyticsItem.

    Attributes:
        id (str)
        name (str)
        level (AnalyticsItemLevel)
        type (AnalyticsItemType)
    """

    id: str
    name: str
    level: AnalyticsItemLevel
    type: AnalyticsItemType


# Imported after the class so that models referring to each other resolve without cycles.
from .analytics_item_level import AnalyticsItemLevel  # noqa: E402
from .analytics_item_type import AnalyticsItemType  # noqa: E402
