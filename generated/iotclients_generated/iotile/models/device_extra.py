"""DeviceExtra (specs/iotile.openapi.yaml: #/components/schemas/DeviceExtra)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DeviceExtra(Model):
    """DeviceExtra.

    Attributes:
        id (int)
        slug (str)
        label (None | str, optional)
        project (None | UUID, optional)
        counts (DeviceCounts, optional)
    """

    id: int
    slug: str
    label: None | str | Unset = UNSET
    project: None | Unset | UUID = UNSET
    counts: DeviceCounts | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .device_counts import DeviceCounts  # noqa: E402
