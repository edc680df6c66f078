"""Property (specs/iotile.openapi.yaml: #/components/schemas/Property)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Property(Model):
    """Property.

    Attributes:
        id (int)
        name (str)
        type (str, optional): str
        value (bool | int | None | str, optional)
        str_value (None | str, optional)
        int_value (int | None, optional)
        bool_value (bool | None, optional)
        target (str, optional)
        is_system (bool, optional)
        created_on (AwareDatetime | None, optional)
        created_by (None | str, optional)
    """

    id: int
    name: str
    type: str | Unset = UNSET
    value: bool | int | None | str | Unset = UNSET
    str_value: None | str | Unset = UNSET
    int_value: int | None | Unset = UNSET
    bool_value: bool | None | Unset = UNSET
    target: str | Unset = UNSET
    is_system: bool | Unset = UNSET
    created_on: AwareDatetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
