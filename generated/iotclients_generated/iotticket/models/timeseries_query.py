"""TimeseriesQuery (specs/iotticket.openapi.yaml: #/components/schemas/TimeseriesQuery)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class TimeseriesQuery(Model):
    """TimeseriesQuery.

    Attributes:
        attribute_ids (list[str], wire name attributeIds): At most 50 per call; more answer 413 (the per-call cap).
        start (AwareDatetime, optional)
        end (AwareDatetime, optional)
        order (SortOrder, optional)
        limit (int, optional): Per attribute.
    """

    __wire_names__: ClassVar[dict[str, str]] = {"attribute_ids": "attributeIds"}

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "attribute_ids": {"min_length": 1, "type": "array"},
        "limit": {"ge": 1, "le": 10000, "type": "integer"},
    }

    attribute_ids: list[str]
    start: AwareDatetime | Unset = UNSET
    end: AwareDatetime | Unset = UNSET
    order: SortOrder | Unset = UNSET
    limit: int | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .sort_order import SortOrder  # noqa: E402
