"""DeviceTemplateRef (specs/iotile.openapi.yaml: #/components/schemas/DeviceTemplateRef)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DeviceTemplateRef(Model):
    """DeviceTemplateRef.

    Attributes:
        slug (None | str)
    """

    slug: None | str
