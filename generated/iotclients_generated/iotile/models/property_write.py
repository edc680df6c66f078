"""PropertyWrite (specs/iotile.openapi.yaml: #/components/schemas/PropertyWrite)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class PropertyWrite(Model):
    """PropertyWrite.

    Attributes:
        name (str)
        target (str)
        str_value (str, optional)
        int_value (int, optional)
        bool_value (bool, optional)
    """

    name: str
    target: str
    str_value: str | Unset = UNSET
    int_value: int | Unset = UNSET
    bool_value: bool | Unset = UNSET
