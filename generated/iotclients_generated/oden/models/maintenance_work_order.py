"""MaintenanceWorkOrder (specs/oden.openapi.yaml: #/components/schemas/MaintenanceWorkOrder)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class MaintenanceWorkOrder(Model):
    """MaintenanceWorkOrder.

    A maintenance work order of a line. Creating one needs `name`,
    `line`, `external_id` and `started_at`; an update by `id` is partial.

    Attributes:
        id (UUID, optional)
        name (str, optional)
        description (str, optional)
        external_id (str, optional): The id of the work order in the maintenance system it comes from.
        line (Line, optional): A production line, named by `id`, or by `name` (or `secondary_name`)
            together with its `factory`.
        started_at (AwareDatetime, optional)
        completed_at (AwareDatetime, optional)
        metadata (MaintenanceWorkOrderMetadata, optional): Free-form metadata of a maintenance work order.
        match (Match, optional): How many matching entities are acceptable. `unique` answers 409 when
            more than one entity matches, `all` returns every match, `first` and
            `last` pick the oldest or newest match where that applies. When
            omitted the server uses `unique`.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    external_id: str | Unset = UNSET
    line: Line | Unset = UNSET
    started_at: AwareDatetime | Unset = UNSET
    completed_at: AwareDatetime | Unset = UNSET
    metadata: MaintenanceWorkOrderMetadata | Unset = UNSET
    match: Match | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .line import Line  # noqa: E402
from .maintenance_work_order_metadata import MaintenanceWorkOrderMetadata  # noqa: E402
from .match import Match  # noqa: E402
