"""Device (specs/iotile.openapi.yaml: #/components/schemas/Device)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Device(Model):
    """Device.

    Attributes:
        id (int)
        slug (str)
        gid (str, optional)
        label (None | str, optional)
        active (bool, optional)
        external_id (None | str, optional)
        sg (None | str, optional): Sensor graph slug.
        template (None | str, optional): Device template slug.
        org (None | str, optional)
        project (None | UUID, optional)
        lat (float | None, optional)
        lon (float | None, optional)
        state (None | str, optional)
        busy (bool, optional)
        created_on (AwareDatetime | None, optional)
        claimed_by (None | str, optional)
        claimed_on (AwareDatetime | None, optional)
    """

    id: int
    slug: str
    gid: str | Unset = UNSET
    label: None | str | Unset = UNSET
    active: bool | Unset = UNSET
    external_id: None | str | Unset = UNSET
    sg: None | str | Unset = UNSET
    template: None | str | Unset = UNSET
    org: None | str | Unset = UNSET
    project: None | Unset | UUID = UNSET
    lat: float | None | Unset = UNSET
    lon: float | None | Unset = UNSET
    state: None | str | Unset = UNSET
    busy: bool | Unset = UNSET
    created_on: AwareDatetime | None | Unset = UNSET
    claimed_by: None | str | Unset = UNSET
    claimed_on: AwareDatetime | None | Unset = UNSET
