"""Count (specs/iotticket.openapi.yaml: #/components/schemas/Count)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Count(Model):
    """Count.

    Attributes:
        count (int)
    """

    count: int
