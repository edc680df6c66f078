"""VariableWrite (specs/iotile.openapi.yaml: #/components/schemas/VariableWrite)."""

from __future__ import annotations

from typing import ClassVar
from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class VariableWrite(Model):
    """VariableWrite.

    Attributes:
        name (str)
        lid (int)
        project (UUID)
        var_type (str, optional)
        about (str, optional)
        input_unit (str, optional)
        output_unit (str, optional)
        multiplication_factor (int, optional)
        division_factor (int, optional)
        offset (float, optional)
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {"lid": {"ge": 1, "le": 65535, "type": "integer"}}

    name: str
    lid: int
    project: UUID
    var_type: str | Unset = UNSET
    about: str | Unset = UNSET
    input_unit: str | Unset = UNSET
    output_unit: str | Unset = UNSET
    multiplication_factor: int | Unset = UNSET
    division_factor: int | Unset = UNSET
    offset: float | Unset = UNSET
