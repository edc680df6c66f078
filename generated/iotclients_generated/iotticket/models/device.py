"""Device (specs/iotticket.openapi.yaml: #/components/schemas/Device)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Device(Model):
    """Device.

    Attributes:
        id (str)
        name (str)
        description (None | str, optional)
        manufacturer (None | str, optional)
        type (None | str, optional)
        asset_ids (list[str], optional, wire name assetIds)
        created_at (AwareDatetime, optional, wire name createdAt)
    """

    __wire_names__: ClassVar[dict[str, str]] = {"asset_ids": "assetIds", "created_at": "createdAt"}

    id: str
    name: str
    description: None | str | Unset = UNSET
    manufacturer: None | str | Unset = UNSET
    type: None | str | Unset = UNSET
    asset_ids: list[str] | Unset = UNSET
    created_at: AwareDatetime | Unset = UNSET
