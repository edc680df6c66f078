"""DataBlock (specs/iotile.openapi.yaml: #/components/schemas/DataBlock)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DataBlock(Model):
    """DataBlock.

    Attributes:
        id (int)
        slug (str): The b-- slug.
        title (str, optional)
        description (None | str, optional)
        device (str, optional): The d-- slug of the archived device.
        block (int, optional)
        org (None | str, optional)
        sg (None | str, optional)
        completed_on (AwareDatetime | None, optional)
        created_on (AwareDatetime | None, optional)
        created_by (None | str, optional)
    """

    id: int
    slug: str
    title: str | Unset = UNSET
    description: None | str | Unset = UNSET
    device: str | Unset = UNSET
    block: int | Unset = UNSET
    org: None | str | Unset = UNSET
    sg: None | str | Unset = UNSET
    completed_on: AwareDatetime | None | Unset = UNSET
    created_on: AwareDatetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
