"""QualityTestRawData (specs/oden.openapi.yaml: #/components/schemas/QualityTestRawData)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import OpenModel, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class QualityTestRawData(OpenModel):
    """QualityTestRawData.

    The recorded results of a quality test, keyed as its quality schema says.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    """

    pass
