"""StreamWrite (specs/iotile.openapi.yaml: #/components/schemas/StreamWrite)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class StreamWrite(Model):
    """StreamWrite.

    Attributes:
        variable (str)
        device (str, optional)
        data_label (str, optional)
        data_type (str, optional)
    """

    variable: str
    device: str | Unset = UNSET
    data_label: str | Unset = UNSET
    data_type: str | Unset = UNSET
