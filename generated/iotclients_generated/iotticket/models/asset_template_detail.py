"""AssetTemplateDetail (specs/iotticket.openapi.yaml: #/components/schemas/AssetTemplateDetail)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class AssetTemplateDetail(Model):
    """AssetTemplateDetail.

    Attributes:
        id (str)
        name (str)
        attributes (list[TemplateAttribute])
    """

    id: str
    name: str
    attributes: list[TemplateAttribute]


# Imported after the class so that models referring to each other resolve without cycles.
from .template_attribute import TemplateAttribute  # noqa: E402
