"""OrgWrite (specs/iotile.openapi.yaml: #/components/schemas/OrgWrite)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class OrgWrite(Model):
    """OrgWrite.

    Attributes:
        name (str)
        about (str, optional)
        ot (str, optional)
    """

    name: str
    about: str | Unset = UNSET
    ot: str | Unset = UNSET
