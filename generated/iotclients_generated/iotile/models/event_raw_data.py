"""EventRawData (specs/iotile.openapi.yaml: #/components/schemas/EventRawData)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import OpenModel, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class EventRawData(OpenModel):
    """EventRawData.

    The JSON an event's data file holds (any JSON value the uploader sent).

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    """

    pass
