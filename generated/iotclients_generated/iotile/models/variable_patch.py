"""VariablePatch (specs/iotile.openapi.yaml: #/components/schemas/VariablePatch)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class VariablePatch(Model):
    """VariablePatch.

    Attributes:
        name (str, optional)
        about (str, optional)
        multiplication_factor (int, optional)
        division_factor (int, optional)
        offset (float, optional)
    """

    name: str | Unset = UNSET
    about: str | Unset = UNSET
    multiplication_factor: int | Unset = UNSET
    division_factor: int | Unset = UNSET
    offset: float | Unset = UNSET
