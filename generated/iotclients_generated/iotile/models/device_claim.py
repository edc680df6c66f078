"""DeviceClaim (specs/iotile.openapi.yaml: #/components/schemas/DeviceClaim)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DeviceClaim(Model):
    """DeviceClaim.

    Attributes:
        device (str): The d-- slug.
        project (UUID)
    """

    device: str
    project: UUID
