"""DevicePatch (specs/iotile.openapi.yaml: #/components/schemas/DevicePatch)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DevicePatch(Model):
    """DevicePatch.

    Attributes:
        label (str, optional)
        lat (float, optional)
        lon (float, optional)
        external_id (str, optional)
        active (bool, optional)
        sg (str, optional): The slug of a known sensor graph.
        template (str, optional): The slug of a known device template.
    """

    label: str | Unset = UNSET
    lat: float | Unset = UNSET
    lon: float | Unset = UNSET
    external_id: str | Unset = UNSET
    active: bool | Unset = UNSET
    sg: str | Unset = UNSET
    template: str | Unset = UNSET
