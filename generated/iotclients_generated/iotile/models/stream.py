"""Stream (specs/iotile.openapi.yaml: #/components/schemas/Stream)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Stream(Model):
    """Stream.

    Attributes:
        id (UUID)
        slug (str)
        project_id (None | UUID, optional)
        project (None | str, optional): The p-- slug.
        device (None | str, optional): The d-- slug (null for a virtual stream).
        block (None | str, optional): The b-- slug of an archived stream.
        data_label (None | str, optional)
        variable (None | str, optional): The v-- slug.
        var_type (None | str, optional)
        data_type (None | str, optional)
        var_name (None | str, optional)
        var_lid (int | None, optional)
        input_unit (None | Unit, optional)
        output_unit (None | OutputUnit, optional)
        derived_stream (None | str, optional)
        raw_value_format (None | str, optional)
        mdo_type (None | str, optional): S (the stream's own MDO) or V (the variable's).
        mdo_label (None | str, optional)
        multiplication_factor (int | None, optional)
        division_factor (int | None, optional)
        offset (float | None, optional)
        org (None | str, optional)
        created_on (AwareDatetime | None, optional)
        enabled (bool, optional)
    """

    id: UUID
    slug: str
    project_id: None | Unset | UUID = UNSET
    project: None | str | Unset = UNSET
    device: None | str | Unset = UNSET
    block: None | str | Unset = UNSET
    data_label: None | str | Unset = UNSET
    variable: None | str | Unset = UNSET
    var_type: None | str | Unset = UNSET
    data_type: None | str | Unset = UNSET
    var_name: None | str | Unset = UNSET
    var_lid: int | None | Unset = UNSET
    input_unit: None | Unit | Unset = UNSET
    output_unit: None | OutputUnit | Unset = UNSET
    derived_stream: None | str | Unset = UNSET
    raw_value_format: None | str | Unset = UNSET
    mdo_type: None | str | Unset = UNSET
    mdo_label: None | str | Unset = UNSET
    multiplication_factor: int | None | Unset = UNSET
    division_factor: int | None | Unset = UNSET
    offset: float | None | Unset = UNSET
    org: None | str | Unset = UNSET
    created_on: AwareDatetime | None | Unset = UNSET
    enabled: bool | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .output_unit import OutputUnit  # noqa: E402
from .unit import Unit  # noqa: E402
