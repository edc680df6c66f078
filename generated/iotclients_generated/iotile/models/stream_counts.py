"""StreamCounts (specs/iotile.openapi.yaml: #/components/schemas/StreamCounts)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import OpenModel, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class StreamCounts(OpenModel):
    """StreamCounts.

    Per stream slug, its data count; streams without data are left out.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    """

    pass


# Imported after the class so that models referring to each other resolve without cycles.
