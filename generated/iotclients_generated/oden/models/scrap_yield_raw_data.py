"""ScrapYieldRawData (specs/oden.openapi.yaml: #/components/schemas/ScrapYieldRawData)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import OpenModel, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class ScrapYieldRawData(OpenModel):
    """ScrapYieldRawData.

    The recorded scrap and yield values, for example `{"scrap": 100, "yield": 50}`.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    """

    pass
