"""ProjectId (specs/iotile.openapi.yaml: #/components/schemas/ProjectId)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ProjectId(Model):
    """ProjectId.

    Attributes:
        id (UUID)
    """

    id: UUID
