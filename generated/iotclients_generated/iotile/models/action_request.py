"""ActionRequest (specs/iotile.openapi.yaml: #/components/schemas/ActionRequest)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import OpenModel, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class ActionRequest(OpenModel):
    """ActionRequest.

    An open object (the body of an action whose fields are INFERRED).

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    """

    pass
