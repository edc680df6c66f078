"""Streamer (specs/iotile.openapi.yaml: #/components/schemas/Streamer)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Streamer(Model):
    """Streamer.

    Attributes:
        id (int)
        slug (str): The t-- slug.
        device (str, optional)
        process_engine_ver (int | None, optional)
        index (int, optional)
        last_id (int | None, optional)
        last_reboot_ts (AwareDatetime | None, optional)
        is_system (bool, optional)
        selector (int | None, optional)
    """

    id: int
    slug: str
    device: str | Unset = UNSET
    process_engine_ver: int | None | Unset = UNSET
    index: int | Unset = UNSET
    last_id: int | None | Unset = UNSET
    last_reboot_ts: AwareDatetime | None | Unset = UNSET
    is_system: bool | Unset = UNSET
    selector: int | None | Unset = UNSET
