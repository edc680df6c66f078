"""SensorGraphRef (specs/iotile.openapi.yaml: #/components/schemas/SensorGraphRef)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class SensorGraphRef(Model):
    """SensorGraphRef.

    Attributes:
        slug (None | str)
    """

    slug: None | str
