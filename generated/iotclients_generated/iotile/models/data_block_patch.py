"""DataBlockPatch (specs/iotile.openapi.yaml: #/components/schemas/DataBlockPatch)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DataBlockPatch(Model):
    """DataBlockPatch.

    Attributes:
        title (str, optional)
        description (str, optional)
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
