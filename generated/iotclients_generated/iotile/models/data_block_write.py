"""DataBlockWrite (specs/iotile.openapi.yaml: #/components/schemas/DataBlockWrite)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DataBlockWrite(Model):
    """DataBlockWrite.

    Attributes:
        device (str)
        title (str)
        description (str, optional)
    """

    device: str
    title: str
    description: str | Unset = UNSET
