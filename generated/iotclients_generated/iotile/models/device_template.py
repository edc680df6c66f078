"""DeviceTemplate (specs/iotile.openapi.yaml: #/components/schemas/DeviceTemplate)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DeviceTemplate(Model):
    """DeviceTemplate.

    The hardware and OS template of a device; devices name it in `template`.

    Attributes:
        slug (str)
        external_sku (str, optional)
        os_tag (int, optional)
        os_major_version (int, optional)
        os_minor_version (int, optional)
        version (str, optional)
    """

    slug: str
    external_sku: str | Unset = UNSET
    os_tag: int | Unset = UNSET
    os_major_version: int | Unset = UNSET
    os_minor_version: int | Unset = UNSET
    version: str | Unset = UNSET
