"""PaginatedStreamerList (specs/iotile.openapi.yaml: #/components/schemas/PaginatedStreamerList)."""

from __future__ import annotations

from collections.abc import Iterator

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class PaginatedStreamerList(Model):
    """PaginatedStreamerList.

    Attributes:
        count (int)
        results (list[Streamer])
        next (None | str, optional)
        previous (None | str, optional)
    """

    count: int
    results: list[Streamer]
    next: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET

    def __iter__(self) -> Iterator[Streamer]:
        """The items on this page (``results``); the ``*_pages`` and iterating methods fetch the others."""
        items = self.results
        return iter(items if isinstance(items, list) else ())


# Imported after the class so that models referring to each other resolve without cycles.
from .streamer import Streamer  # noqa: E402
