"""Avatar (specs/iotile.openapi.yaml: #/components/schemas/Avatar)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Avatar(Model):
    """Avatar.

    Attributes:
        tiny (None | str, optional)
        thumbnail (None | str, optional)
        medium (None | str, optional)
    """

    tiny: None | str | Unset = UNSET
    thumbnail: None | str | Unset = UNSET
    medium: None | str | Unset = UNSET
