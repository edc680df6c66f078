"""ActionResult (specs/iotile.openapi.yaml: #/components/schemas/ActionResult)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import OpenModel, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class ActionResult(OpenModel):
    """ActionResult.

    An open object (the reply of an action whose fields are INFERRED).

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    """

    pass
