"""DataTable (specs/iotile.openapi.yaml: #/components/schemas/DataTable)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DataTable(Model):
    """DataTable.

    Attributes:
        records_total (int, wire name recordsTotal)
        records_filtered (int, wire name recordsFiltered)
        data (list[ActionResult])
    """

    __wire_names__: ClassVar[dict[str, str]] = {
        "records_filtered": "recordsFiltered",
        "records_total": "recordsTotal",
    }

    records_total: int
    records_filtered: int
    data: list[ActionResult]


# Imported after the class so that models referring to each other resolve without cycles.
from .action_result import ActionResult  # noqa: E402
