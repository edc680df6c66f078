"""DataFrameSplit (specs/iotile.openapi.yaml: #/components/schemas/DataFrameSplit)."""

from __future__ import annotations

from typing import Any

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DataFrameSplit(Model):
    """DataFrameSplit.

    Attributes:
        columns (list[str])
        data (list[list[Any]])
    """

    columns: list[str]
    data: list[list[Any]]
