"""ErrorDetail (specs/iotile.openapi.yaml: #/components/schemas/ErrorDetail)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, OpenModel, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class ErrorDetail(OpenModel):
    """ErrorDetail.

    An error: `detail` (most errors), `error` (uploads), or field names
    mapped to lists of messages (validation), kept as extra keys.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    Attributes:
        detail (str, optional)
        error (str, optional)
    """

    detail: str | Unset = UNSET
    error: str | Unset = UNSET
