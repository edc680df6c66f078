"""SearchMaintenanceWorkOrdersRequest (specs/oden.openapi.yaml: #/components/schemas/SearchMaintenanceWorkOrdersRequest)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class SearchMaintenanceWorkOrdersRequest(Model):
    """SearchMaintenanceWorkOrdersRequest.

    The body of maintenance_work_order/search: `id`, `external_id`, or
    `line` with both `start_time` and `end_time`.

    Attributes:
        id (UUID, optional)
        external_id (str, optional)
        line (Line, optional): A production line, named by `id`, or by `name` (or `secondary_name`)
            together with its `factory`.
        start_time (AwareDatetime, optional)
        end_time (AwareDatetime, optional)
        match (Match, optional): How many matching entities are acceptable. `unique` answers 409 when
            more than one entity matches, `all` returns every match, `first` and
            `last` pick the oldest or newest match where that applies. When
            omitted the server uses `unique`.
    """

    id: UUID | Unset = UNSET
    external_id: str | Unset = UNSET
    line: Line | Unset = UNSET
    start_time: AwareDatetime | Unset = UNSET
    end_time: AwareDatetime | Unset = UNSET
    match: Match | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .line import Line  # noqa: E402
from .match import Match  # noqa: E402
