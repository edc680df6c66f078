"""JsonObject (specs/iotticket.openapi.yaml: #/components/schemas/JsonObject)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import OpenModel, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class JsonObject(OpenModel):
    """JsonObject.

    Any JSON object.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    """

    pass
