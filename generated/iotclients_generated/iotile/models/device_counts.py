"""DeviceCounts (specs/iotile.openapi.yaml: #/components/schemas/DeviceCounts)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DeviceCounts(Model):
    """DeviceCounts.

    Attributes:
        stream_counts (int, optional)
        data_counts (int, optional)
    """

    stream_counts: int | Unset = UNSET
    data_counts: int | Unset = UNSET
