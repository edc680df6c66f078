"""Variable (specs/iotile.openapi.yaml: #/components/schemas/Variable)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Variable(Model):
    """Variable.

    Attributes:
        id (int)
        slug (str)
        name (str, optional)
        lid (int, optional): The local id (the last term of the v-- slug).
        var_type (None | str, optional)
        input_unit (None | str, optional)
        output_unit (None | str, optional)
        derived_variable (None | str, optional)
        project (None | UUID, optional)
        org (None | str, optional)
        about (None | str, optional)
        created_on (AwareDatetime | None, optional)
        raw_value_format (None | str, optional)
        units (None | str, optional)
        multiplication_factor (int | None, optional)
        division_factor (int | None, optional)
        offset (float | None, optional)
        decimal_places (int | None, optional)
        mdo_label (None | str, optional)
        web_only (bool, optional)
        app_only (bool, optional)
    """

    id: int
    slug: str
    name: str | Unset = UNSET
    lid: int | Unset = UNSET
    var_type: None | str | Unset = UNSET
    input_unit: None | str | Unset = UNSET
    output_unit: None | str | Unset = UNSET
    derived_variable: None | str | Unset = UNSET
    project: None | Unset | UUID = UNSET
    org: None | str | Unset = UNSET
    about: None | str | Unset = UNSET
    created_on: AwareDatetime | None | Unset = UNSET
    raw_value_format: None | str | Unset = UNSET
    units: None | str | Unset = UNSET
    multiplication_factor: int | None | Unset = UNSET
    division_factor: int | None | Unset = UNSET
    offset: float | None | Unset = UNSET
    decimal_places: int | None | Unset = UNSET
    mdo_label: None | str | Unset = UNSET
    web_only: bool | Unset = UNSET
    app_only: bool | Unset = UNSET
