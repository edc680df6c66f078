"""PaginatedSensorGraphList (specs/iotile.openapi.yaml: #/components/schemas/PaginatedSensorGraphList)."""

from __future__ import annotations

from collections.abc import Iterator

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class PaginatedSensorGraphList(Model):
    """PaginatedSensorGraphList.

    Attributes:
        count (int)
        results (list[SensorGraph])
        next (None | str, optional)
        previous (None | str, optional)
    """

    count: int
    results: list[SensorGraph]
    next: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET

    def __iter__(self) -> Iterator[SensorGraph]:
        """The items on this page (``results``); the ``*_pages`` and iterating methods fetch the others."""
        items = self.results
        return iter(items if isinstance(items, list) else ())


# Imported after the class so that models referring to each other resolve without cycles.
from .sensor_graph import SensorGraph  # noqa: E402
