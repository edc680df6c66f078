"""CreatedId (specs/iotticket.openapi.yaml: #/components/schemas/CreatedId)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class CreatedId(Model):
    """CreatedId.

    Attributes:
        id (str)
    """

    id: str
