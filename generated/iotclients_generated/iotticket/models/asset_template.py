"""AssetTemplate (specs/iotticket.openapi.yaml: #/components/schemas/AssetTemplate)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class AssetTemplate(Model):
    """AssetTemplate.

    Attributes:
        id (str)
        name (str)
    """

    id: str
    name: str
