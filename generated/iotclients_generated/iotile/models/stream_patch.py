"""StreamPatch (specs/iotile.openapi.yaml: #/components/schemas/StreamPatch)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class StreamPatch(Model):
    """StreamPatch.

    Attributes:
        data_label (str, optional)
        enabled (bool, optional)
        mdo_type (str, optional)
        multiplication_factor (int, optional)
        division_factor (int, optional)
        offset (float, optional)
    """

    data_label: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    mdo_type: str | Unset = UNSET
    multiplication_factor: int | Unset = UNSET
    division_factor: int | Unset = UNSET
    offset: float | Unset = UNSET
